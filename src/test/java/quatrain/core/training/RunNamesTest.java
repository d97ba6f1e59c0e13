package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class RunNamesTest {

    @Test
    void runIdJoinsCorpusSlugPresetAndTime() {
        assertThat(RunNames.runId("Built-in sample (prophecies)", "quatrains-gru", LocalDateTime.of(2025, 3, 1, 9, 5, 7)))
                .isEqualTo("built-in-sample-prophecies-quatrains-gru-20250301-090507");
    }

    @Test
    void slugDropsTheExtensionAccentsAndUnsafeCharacters() {
        assertThat(RunNames.slug("Les Prophéties.txt")).isEqualTo("les-propheties");
        assertThat(RunNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(RunNames.slug("???")).isEqualTo("corpus");
        assertThat(RunNames.slug("a".repeat(80))).hasSize(RunNames.MAX_SLUG);
    }
}
