package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkHomeTest {
    @TempDir
    Path dir;

    @Test
    void linksTheJarsOfEachFolderOnceAndWritesALoggingConfiguration() throws Exception {
        Path spark = Files.createDirectories(dir.resolve("spark"));
        Path logging = Files.createDirectories(dir.resolve("logging"));
        Files.writeString(spark.resolve("spark-core_2.12-3.5.9.jar"), "spark");
        Files.writeString(spark.resolve("notes.txt"), "not a jar");
        Files.writeString(logging.resolve("log4j-slf4j2-impl-2.20.0.jar"), "provider");
        Files.writeString(logging.resolve("spark-core_2.12-3.5.9.jar"), "second copy");

        SparkHome home = SparkHome.assemble(dir.resolve("home"), List.of(spark, logging));

        try (var jars = Files.list(home.jars())) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("spark-core_2.12-3.5.9.jar", "log4j-slf4j2-impl-2.20.0.jar");
        }
        assertThat(Files.readString(home.jars().resolve("spark-core_2.12-3.5.9.jar"))).isEqualTo("spark");
        assertThat(home.conf().resolve("log4j2.properties")).content().contains("org.apache.spark.deploy");
        assertThat(home.classPath()).containsExactly(home.conf() + "/", home.jars().resolve("*").toString());
        assertThat(home.work()).isDirectory();
    }

    @Test
    void assemblingAgainDropsJarsThatAreGone() throws Exception {
        Path spark = Files.createDirectories(dir.resolve("spark"));
        Files.writeString(spark.resolve("spark-core_2.12-3.5.9.jar"), "spark");
        Files.writeString(spark.resolve("old-1.0.jar"), "old");
        SparkHome.assemble(dir.resolve("home"), List.of(spark));
        Files.delete(spark.resolve("old-1.0.jar"));

        SparkHome home = SparkHome.assemble(dir.resolve("home"), List.of(spark));

        assertThat(home.jars().resolve("old-1.0.jar")).doesNotExist();
    }

    @Test
    void refusesFoldersWithoutSpark() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> SparkHome.assemble(dir.resolve("home"), List.of(dir.resolve("missing"))))
                .isInstanceOf(SparkSetupException.class).hasMessageContaining("mvn -B package");
        assertThatThrownBy(() -> SparkHome.assemble(dir.resolve("home"), List.of(empty)))
                .isInstanceOf(SparkSetupException.class).hasMessageContaining("no spark-core jar");
    }
}
