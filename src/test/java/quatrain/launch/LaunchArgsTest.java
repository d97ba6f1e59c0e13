package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class LaunchArgsTest {
    private static final Path MODEL = Path.of("/home/ann/poems.quatrain");
    private static final Predicate<Path> ONLY_MODEL_EXISTS = Set.of(MODEL)::contains;

    private static LaunchArgs route(String... args) {
        return LaunchArgs.of(List.of(args), ONLY_MODEL_EXISTS);
    }

    @Test
    void noArgumentsOpenTheAppWithoutAModel() {
        LaunchArgs launch = route();
        assertThat(launch.app()).isTrue();
        assertThat(launch.model()).isEmpty();
        assertThat(launch.appArgs()).isEmpty();
    }

    @Test
    void oneExistingModelFileOpensTheAppWithThatModel() {
        LaunchArgs launch = route(MODEL.toString());
        assertThat(launch.app()).isTrue();
        assertThat(launch.model()).contains(MODEL);
        assertThat(launch.appArgs()).containsExactly(MODEL.toString());
    }

    @Test
    void theExtensionIsMatchedWithoutRegardToCase() {
        Path upper = Path.of("/tmp/OLD.QUATRAIN");
        assertThat(LaunchArgs.of(List.of(upper.toString()), p -> true).model()).contains(upper);
    }

    @Test
    void aRelativeModelPathBecomesAbsolute() {
        LaunchArgs launch = LaunchArgs.of(List.of("x.quatrain"), p -> true);
        assertThat(launch.model()).contains(Path.of("x.quatrain").toAbsolutePath());
    }

    @Test
    void aMissingModelFileIsLeftToTheCommandLine() {
        assertThat(route("/home/ann/gone.quatrain").app()).isFalse();
    }

    @Test
    void commandsStayOnTheCommandLine() {
        assertThat(route("train", "--preset", "markov").app()).isFalse();
        assertThat(route("--help").app()).isFalse();
        assertThat(route("presets").app()).isFalse();
    }

    @Test
    void aModelWithMoreArgumentsIsACommandLine() {
        assertThat(route(MODEL.toString(), "--seed", "7").app()).isFalse();
        assertThat(route("info", MODEL.toString()).app()).isFalse();
    }

    @Test
    void aTextFileIsNotOpenedInTheApp() {
        assertThat(LaunchArgs.of(List.of("poems.txt"), p -> true).app()).isFalse();
    }
}
