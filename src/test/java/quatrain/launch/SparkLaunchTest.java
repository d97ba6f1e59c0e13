package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.SerialFilter;

class SparkLaunchTest {
    @TempDir
    Path dir;

    private Path sparkJars(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("spark-core_2.12-3.5.9.jar"), "");
        return folder;
    }

    @Test
    void sparkHomeIsUsedWhenSetAndSaidWhenItHoldsNoSpark() throws IOException {
        Path home = dir.resolve("spark-3.5.9");
        sparkJars(home.resolve("jars"));
        Path built = sparkJars(dir.resolve("app/spark/jars"));
        assertThat(SparkLaunch.jars(Map.of("SPARK_HOME", home.toString()), Optional.of(dir.resolve("app"))).folder())
                .contains(home.resolve("jars"));
        assertThat(built).exists();
        SparkLaunch.Jars wrong = SparkLaunch.jars(Map.of("SPARK_HOME", dir.toString()), Optional.of(dir.resolve("app")));
        assertThat(wrong.folder()).isEmpty();
        assertThat(wrong.reason()).contains("SPARK_HOME is \"" + dir + "\", but \"" + dir.resolve("jars")
                + "\" holds no Spark (no spark-core jar): set SPARK_HOME to a Spark 3.5 installation.");
    }

    @Test
    void withoutSparkHomeTheBuildsJarsBesideTheAppsJarAreUsed() throws IOException {
        Path app = dir.resolve("target");
        sparkJars(app.resolve("spark/jars"));
        assertThat(SparkLaunch.jars(Map.of(), Optional.of(app)).folder()).contains(app.resolve("spark/jars"));
    }

    @Test
    void noSparkAnywhereIsOneLineSayingWhatToDo() {
        SparkLaunch.Jars none = SparkLaunch.jars(Map.of("HOME", "/home/x"), Optional.of(dir));
        assertThat(none.folder()).isEmpty();
        assertThat(none.reason()).contains("Spark was not found: set SPARK_HOME to a Spark 3.5 installation, or build"
                + " Quatrain Studio from source (mvn package puts Spark's jars in target/spark/jars).");
    }

    @Test
    void theCommandIsThisJavaWithSparksFlagsTheModuleThisClassPathAndSparksJars() {
        List<String> line = SparkLaunch.command("/jdk/bin/java", List.of("-Xmx6g", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-modules=jdk.incubator.vector", "-Djava.class.path=x"), "app.jar", Optional.of(Path.of("/spark/jars")),
                true, List.of("spark-train", "--master", "local[2]"));
        assertThat(line.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(line).containsSubsequence(SparkLaunch.java17Flags());
        assertThat(line).containsSubsequence("--add-modules=jdk.incubator.vector", "-Xmx6g", "-cp",
                "app.jar" + File.pathSeparator + Path.of("/spark/jars").resolve("*"), "quatrain.Main", "spark-train",
                "--master", "local[2]");
        assertThat(line).doesNotHaveDuplicates().doesNotContain("-Djava.class.path=x");
        assertThat(line).as("Spark's log4j provider beside our logback: SLF4J is told which")
                .contains("-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider");
        assertThat(SparkLaunch.command("java", List.of(), "app.jar", Optional.empty(), false, List.of("spark-train")))
                .containsSubsequence("-cp", "app.jar", "quatrain.Main").doesNotContain("--add-modules=jdk.incubator.vector");
    }

    @Test
    void theDriverGetsPassiveOpenMpThreadsAndMarkersAgainstASecondRestart() {
        assertThat(SparkLaunch.environment()).containsEntry(SparkLaunch.STARTED, "1").containsEntry(JvmTuning.APPLIED, "1");
    }

    /** pom.xml's spark.driver.jvmflags, through the build's properties: the test JVMs get the same list. */
    @Test
    void theFlagsAreThePoms() throws IOException {
        Matcher m = Pattern.compile("<spark.driver.jvmflags>([^<]*)</spark.driver.jvmflags>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(Arrays.asList(m.group(1).trim().split("\\s+"))).isEqualTo(SparkLaunch.java17Flags())
                .contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    }

    @Test
    void sparkRunsHereInTheTestsJvm() {
        assertThat(SparkLaunch.sparkLoadable()).isTrue();
        assertThat(SparkLaunch.flagsInEffect()).isTrue();
        assertThat(SparkLaunch.unavailable()).isEmpty();
        assertThat(SparkLaunch.command(List.of("--master", "local[2]"))).contains("quatrain.Main", "spark-train");
    }

    @Test
    void onlySparkTrainRunsSparkAndItsHelpNeedsNone() {
        assertThat(SparkLaunch.runsSpark(new String[] {"spark-train", "--master", "local[2]"})).isTrue();
        assertThat(SparkLaunch.runsSpark(new String[] {"train"})).isFalse();
        assertThat(SparkLaunch.needsSpark(new String[] {"spark-train", "--help"})).isFalse();
        assertThat(SparkLaunch.needsSpark(new String[] {"spark-train", "--corpus", "x"})).isTrue();
    }

    /** The filter cannot be taken back once set: a process that will run Spark must decide before. */
    @Test
    void theFilterCannotBeKeptOffOnceInstalled() {
        assertThat(SerialFilter.install()).isTrue();
        assertThatThrownBy(SerialFilter::keepOff).isInstanceOf(IllegalStateException.class);
        assertThat(SerialFilter.processFiltered()).isTrue();
    }
}
