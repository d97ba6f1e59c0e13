package quatrain.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TruecaserTest {
    private static final Truecaser CASER = Truecaser.of(List.of(
            "The king of Nancy falls,\nAnd Lyon burns near the Rhone.",
            "When Nancy weeps, the river Rhone\nShall carry the King's men.",
            "The Old man walks. Old age comes\nTo the old town of Lyon."));

    @Test
    void restoresNamesTheCorpusCapitalises() {
        assertThat(CASER.apply("The walls of nancy and lyon, by the rhone.")).isEqualTo(
                "The walls of Nancy and Lyon, by the Rhone.");
    }

    @Test
    void ignoresCapitalsAtLineAndSentenceStarts() {
        assertThat(CASER.apply("near the king and the river and when")).isEqualTo("near the king and the river and when");
    }

    @Test
    void usesTheMajorityFormOnly() {
        // "old" is written "Old" once mid-sentence and "old" once: no majority for the capital.
        assertThat(CASER.apply("an old man")).isEqualTo("an old man");
    }

    @Test
    void leavesWordsTheFormatterAlreadyCapitalised() {
        assertThat(CASER.apply("Nancy, Lyon")).isEqualTo("Nancy, Lyon");
    }
}
