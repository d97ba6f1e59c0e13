package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import quatrain.core.bundle.BundleException;
import quatrain.engine.TrainedModel;
import quatrain.testing.HostileModels.Hostile;
import quatrain.testing.HostileModels;
import quatrain.testing.SerialCanary;

/**
 * A model file is data, never code, and it is read within bounds: each hostile file is refused with one line that
 * names the file and what is wrong, within the 5 seconds, with no payload class initialised. (The same files
 * in a child JVM with a 256 MB heap: {@link HostileModelProcessTest}.)
 */
class HostileModelTest {
    /** What info checks without loading the network: entry names and sizes, the JSON entries, the configuration. */
    static final Set<String> SEEN_BY_INFO = Set.of("preprocessor-canary", "preprocessor-first",
            "nested-sets", "normalizer", "foreign-inner", "foreign-outer", "configuration-bomb", "history-bomb",
            "network-declares-3gb", "jdk-class");

    @TempDir
    static Path dir;
    static Map<String, Hostile> hostile;

    @BeforeAll
    static void makeTheFiles() {
        hostile = HostileModels.all(dir);
    }

    /** Called after {@link #makeTheFiles}: JUnit asks for a template's arguments when the class is set up. */
    static Stream<String> names() {
        return hostile.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    @Timeout(5)
    void isRefusedWithOneLine(String name) {
        Hostile h = hostile.get(name);
        assertThatThrownBy(() -> TrainedModel.open(h.file())).isInstanceOf(BundleException.class)
                .hasMessageStartingWith("\"" + h.file().getFileName() + "\"").hasMessageContaining(h.refusal())
                .hasMessageNotContaining("\n").hasMessageNotContaining("legacy");
        assertThat(System.getProperty(SerialCanary.PROPERTY)).as("the canary's static initializer ran").isNull();
    }

    @ParameterizedTest
    @MethodSource("names")
    void infoRefusesWhatItCanSeeWithoutLoadingTheNetwork(String name) {
        Hostile h = hostile.get(name);
        if (SEEN_BY_INFO.contains(name)) {
            assertThatThrownBy(() -> BundleIO.readInfo(h.file())).isInstanceOf(BundleException.class)
                    .hasMessageContaining(h.refusal()).hasMessageNotContaining("\n");
        } else {
            assertThat(BundleIO.readInfo(h.file()).model().kind().isNeural()).isTrue();
        }
    }

    @Test
    void theBaseFileItselfOpens() {
        TrainedModel opened = TrainedModel.open(HostileModels.base(dir));
        assertThat(opened.info().model().kind().isNeural()).isTrue();
        assertThat(opened.model()).isNotNull();
    }

    @Test
    void aRefusedFileLeavesNothingAllocatedBehindThatTheNextOpenTrips() {
        for (Hostile h : hostile.values()) {
            assertThatThrownBy(() -> BundleIO.read(h.file())).isInstanceOf(BundleException.class);
        }
        assertThat(BundleIO.read(HostileModels.base(dir)).network().numParams()).isPositive();
    }
}
