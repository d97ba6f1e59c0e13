package quatrain.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RunNamesTest {

    @Test
    void runIdJoinsCorpusSlugPresetAndTime() {
        assertThat(RunNames.runId("Built-in sample (prophecies)", "quatrains-gru", LocalDateTime.of(2025, 3, 1, 9, 5, 7)))
                .isEqualTo("built-in-sample-prophecies-quatrains-gru-20250301-090507");
    }

    @Test
    void aNewRunsIdEndsWithItsStartAndATagOfItsOwn() {
        String id = RunNames.runId("Les Prophéties.txt", "quatrains-gru");
        assertThat(id).matches("les-propheties-quatrains-gru-\\d{8}-\\d{6}-[0-9a-z]{" + RunNames.TAG_LENGTH + "}");
    }

    @Test
    void runsStartedInTheSameSecondGetDifferentIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(RunNames.runId("tiny.txt", "quatrains-gru").replaceFirst("-\\d{8}-\\d{6}-", "-STAMP-"));
        }
        assertThat(ids).as("ids with the time stamp blanked").hasSize(1000);
    }

    @Test
    void tagsHaveAFixedLengthAndFollowEachOtherInAProcess() {
        String a = RunNames.nextTag();
        String b = RunNames.nextTag();
        assertThat(a).hasSize(RunNames.TAG_LENGTH).matches("[0-9a-z]+");
        assertThat(Long.parseLong(b, 36) - Long.parseLong(a, 36)).isIn(1L, 1L - 60_466_176L);
    }

    @Test
    void slugDropsTheExtensionAccentsAndUnsafeCharacters() {
        assertThat(RunNames.slug("Les Prophéties.txt")).isEqualTo("les-propheties");
        assertThat(RunNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(RunNames.slug("???")).isEqualTo("corpus");
        assertThat(RunNames.slug("a".repeat(80))).hasSize(RunNames.MAX_SLUG);
    }
}
