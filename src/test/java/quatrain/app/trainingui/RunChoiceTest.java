package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import quatrain.engine.ui.RunInfo;

class RunChoiceTest {
    private static RunChoice choice(String id, long bytes) {
        return RunChoice.of(new RunInfo(id, Path.of(id + ".dl4j"), bytes, Instant.EPOCH));
    }

    @Test
    void labelShowsDateAndTimeCorpusPresetAndSize() {
        assertThat(choice("20261123-103000-prophecies-quatrains-gru", 1_234_567).label())
                .isEqualTo("2026-11-23 10:30:00 · prophecies · quatrains-gru · 1.2 MB");
    }

    @Test
    void aCorpusNameWithDashesKeepsThemAndThePresetIsFoundAtTheEnd() {
        assertThat(choice("20250102-030405-my-own-poems-chars-lstm", 2048).label())
                .isEqualTo("2025-01-02 03:04:05 · my-own-poems · chars-lstm · 2.0 KB");
    }

    @Test
    void theTimeStampMayAlsoComeLast() {
        assertThat(choice("built-in-sample-quatrains-gru-20261123-115426", 1_234_567).label())
                .isEqualTo("2026-11-23 11:54:26 · built-in-sample · quatrains-gru · 1.2 MB");
    }

    @Test
    void aResumedRunSaysSo() {
        assertThat(choice("20250102-030405-sample-resumed", 10).label())
                .isEqualTo("2025-01-02 03:04:05 · sample · resumed · 10 B");
    }

    @Test
    void anIdOfAnotherShapeIsShownAsItIs() {
        assertThat(choice("my-experiment", 10).label()).isEqualTo("my-experiment · 10 B");
        assertThat(choice("20251399-250000-x-markov", 10).label()).isEqualTo("20251399-250000-x-markov · 10 B");
        assertThat(choice("tiny-quatrains-gru-20250102-030405", 10).label())
                .isEqualTo("2025-01-02 03:04:05 · tiny · quatrains-gru · 10 B");
        assertThat(choice("20250102-030405-unknown-model", 10).label())
                .isEqualTo("2025-01-02 03:04:05 · unknown-model · 10 B");
    }

    @Test
    void theComboBoxShowsTheLabel() {
        assertThat(choice("20250102-030405-a-markov", 10)).hasToString("2025-01-02 03:04:05 · a · markov · 10 B");
    }
}
