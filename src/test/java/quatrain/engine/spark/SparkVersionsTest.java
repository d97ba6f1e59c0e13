package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SparkVersionsTest {
    private static final SparkBuild BUILT = new SparkBuild("3.5.9", "2.12.18", "1.0.0-M2.1", List.of(), "job.jar");

    @Test
    void acceptsAnotherPatchRelease() {
        assertThat(SparkVersions.mismatch(BUILT, "3.5.1", "2.12.17")).isEmpty();
    }

    @Test
    void namesBothVersionsInOneLineForAnotherMinorRelease() {
        assertThat(SparkVersions.mismatch(BUILT, "3.4.1", "2.12.17")).hasValueSatisfying(line -> assertThat(line)
                .contains("Spark 3.5 (3.5.9)", "3.4.1", "Spark 3.5.x").doesNotContain("\n"));
    }

    @Test
    void refusesASparkBuiltForAnotherScala() {
        assertThat(SparkVersions.mismatch(BUILT, "3.5.9", "2.13.8")).hasValueSatisfying(line -> assertThat(line)
                .contains("Scala 2.12", "Scala 2.13"));
    }

    @Test
    void theSparkOnTheTestClassPathIsTheOneTheBuildIsFor() {
        assertThat(SparkVersions.runningSpark()).isEqualTo(SparkBuild.current().spark());
        assertThat(SparkVersions.mismatch()).isEmpty();
    }
}
