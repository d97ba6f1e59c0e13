package quatrain.app.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import quatrain.core.QuatrainException;

class ExecutorMemoryTest {
    @ParameterizedTest
    @CsvSource({"2g, 2048", "2G, 2048", "1536m, 1536", "1536mb, 1536", "512, 512", "1t, 1048576", "524288k, 512"})
    void readsSparksNotationInMebibytes(String text, long mib) {
        assertThat(ExecutorMemory.mebibytes(text)).isEqualTo(mib);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5g", "two gigs", "2q", "", "-1g"})
    void refusesWhatSparkCannotRead(String text) {
        assertThatThrownBy(() -> ExecutorMemory.mebibytes(text)).isInstanceOf(QuatrainException.class)
                .hasMessageContaining("whole number with a unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256m", "400", "449m"})
    void refusesLessThanAnExecutorNeedsToStart(String text) {
        assertThatThrownBy(() -> ExecutorMemory.mebibytes(text)).hasMessageContaining("at least 450 MB");
    }
}
