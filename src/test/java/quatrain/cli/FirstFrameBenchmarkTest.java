package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.junit.jupiter.api.Test;

class FirstFrameBenchmarkTest {
    @Test
    void fromTheJarTheAppIsStartedAsAUserStartsItWithDashJar() {
        assertThat(FirstFrameBenchmark.command("java", "target/quatrain-studio.jar"))
                .containsExactly("java", "-Dquatrain.firstFrameProbe=true", "-jar", "target/quatrain-studio.jar");
    }

    @Test
    void fromAClassPathTheSameClassPathStartsMain() {
        String cp = "target/classes" + File.pathSeparator + "lib/a.jar";
        assertThat(FirstFrameBenchmark.command("java", cp))
                .containsExactly("java", "-Dquatrain.firstFrameProbe=true", "-cp", cp, "quatrain.Main");
    }
}
