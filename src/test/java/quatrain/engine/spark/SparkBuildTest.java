package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SparkBuildTest {
    @Test
    void knowsTheVersionsThisBuildWasMadeWith() {
        SparkBuild build = SparkBuild.current();
        assertThat(build.spark()).isEqualTo(org.apache.spark.package$.MODULE$.SPARK_VERSION());
        assertThat(build.scalaBinary()).isEqualTo("2.12");
        assertThat(build.dl4j()).startsWith("1.0.0-M2");
        assertThat(build.jobJar()).isEqualTo("quatrain-studio-job.jar");
        assertThat(build.java17Flags()).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")
                .allMatch(f -> !f.isBlank());
    }

    @Test
    void refusesAFileTheBuildDidNotFilter() {
        String unfiltered = "spark.version=${spark.version}\nscala.version=2.12.18\ndl4j.version=x\n"
                + "java17.flags=-Da=b\njob.jar=j.jar\n";
        assertThatThrownBy(() -> SparkBuild.read(new ByteArrayInputStream(unfiltered.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("spark.version").hasMessageContaining("mvn");
    }

    @Test
    void majorMinorIsTheFirstTwoNumbers() {
        assertThat(SparkBuild.majorMinor("3.5.9")).isEqualTo("3.5");
        assertThat(SparkBuild.majorMinor("3.4")).isEqualTo("3.4");
        assertThat(SparkBuild.majorMinor("4.0.0-preview2")).isEqualTo("4.0");
    }
}
