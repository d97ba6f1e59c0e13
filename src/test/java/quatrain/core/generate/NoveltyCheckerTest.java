package quatrain.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.generate.NoveltyReport.Span;

class NoveltyCheckerTest {
    private static final NoveltyChecker CHECKER = NoveltyChecker.of(List.of(
            "The king of the east shall fall in fire,\nand the moon shall weep.",
            "Nancy walks by the silver sea\nwhere the old ships burn."));
    private static final String QUATRAIN = "The king of the east shall rise;\n"
            + "And the moon shall weep. Nancy walks\n"
            + "By the silver sea at dawn\n"
            + "No ship burns.";

    @Test
    void findsTheExactLongestCopiedRunIgnoringCase() {
        NoveltyReport report = CHECKER.check(QUATRAIN);
        assertThat(report.longestCopiedRun()).isEqualTo(6);
        assertThat(report.longestCopiedText()).isEqualTo("The king of the east shall");
    }

    @Test
    void longestRunIsExactNotChainedFourGrams() {
        NoveltyChecker checker = NoveltyChecker.of(List.of("one two three four five", "two three four five six seven"));
        NoveltyReport report = checker.check("one two three four five six seven");
        assertThat(report.fourGramShare()).isEqualTo(1.0);
        assertThat(report.longestCopiedRun()).isEqualTo(6);
        assertThat(report.longestCopiedText()).isEqualTo("two three four five six seven");
    }

    @Test
    void reportsCopiedSpansAsCharacterOffsets() {
        NoveltyReport report = CHECKER.check(QUATRAIN);
        assertThat(report.copiedSpans()).extracting(s -> QUATRAIN.substring(s.start(), s.end()))
                .containsExactly("The king of the east shall", "And the moon shall weep.",
                        "Nancy walks\nBy the silver sea");
        assertThat(report.copiedSpans().get(0)).isEqualTo(new Span(0, 26));
    }

    @Test
    void mergesOverlappingCopiedRunsIntoOneSpan() {
        NoveltyChecker checker = NoveltyChecker.of(List.of("a b c d e f", "d e f g h x"));
        String text = "a b c d e f g h x";
        NoveltyReport report = checker.check(text);
        assertThat(report.copiedSpans()).containsExactly(new Span(0, text.length()));
        assertThat(report.longestCopiedRun()).isEqualTo(6);
    }

    @Test
    void neverMatchesAcrossTwoCorpusDocuments() {
        NoveltyReport report = CHECKER.check("and the moon shall weep. Nancy walks by");
        assertThat(report.longestCopiedRun()).isEqualTo(6);
        assertThat(report.longestCopiedText()).isEqualTo("and the moon shall weep.");
    }

    @Test
    void countsTheShareOfCopiedFourGrams() {
        // 26 tokens, 23 four-grams; copied four-grams start at tokens 0-2, 8-10 and 14-16
        assertThat(CHECKER.check(QUATRAIN).fourGramShare()).isCloseTo(9 / 23.0, within(1e-12));
    }

    @Test
    void flagsEveryLineTouchedByALongCopyIncludingALineSpanningOne() {
        NoveltyReport report = CHECKER.check(QUATRAIN);
        assertThat(report.flaggedLines()).containsExactly(true, true, true, false);
        assertThat(report.flagged()).isTrue();
    }

    @Test
    void flagsOnlyFromTheGivenThreshold() {
        assertThat(CHECKER.check(QUATRAIN, 7).flaggedLines()).containsExactly(false, false, false, false);
        assertThat(CHECKER.check(QUATRAIN, 7).flagged()).isFalse();
        assertThat(CHECKER.check(QUATRAIN, 1).flaggedLines()).containsExactly(true, true, true, true);
    }

    @Test
    void reportsNothingForAQuatrainWithNothingCopied() {
        NoveltyReport report = CHECKER.check("Zebras quarrel\nbeneath violet\numbrellas tonight\nquietly");
        assertThat(report.longestCopiedRun()).isZero();
        assertThat(report.longestCopiedText()).isEmpty();
        assertThat(report.fourGramShare()).isZero();
        assertThat(report.copiedSpans()).isEmpty();
        assertThat(report.flaggedLines()).containsExactly(false, false, false, false);
        assertThat(report.flagged()).isFalse();
    }

    @Test
    void countsShortRunsExactly() {
        NoveltyReport report = CHECKER.check("zebras of the east quarrel");
        assertThat(report.longestCopiedRun()).isEqualTo(3);
        assertThat(report.longestCopiedText()).isEqualTo("of the east");
        assertThat(report.copiedSpans()).isEmpty();
    }

    @Test
    void givesZeroShareUnderFourTokens() {
        NoveltyReport report = CHECKER.check("the king of");
        assertThat(report.fourGramShare()).isZero();
        assertThat(report.longestCopiedRun()).isEqualTo(3);
    }

    @Test
    void handlesEmptyText() {
        NoveltyReport report = CHECKER.check("");
        assertThat(report.longestCopiedRun()).isZero();
        assertThat(report.flaggedLines()).isEmpty();
        assertThat(report.flagged()).isFalse();
    }

    @Test
    void countsPunctuationAsTokensLikeTheCorpus() {
        assertThat(CHECKER.check("fall in fire, and the").longestCopiedRun()).isEqualTo(6);
        assertThat(CHECKER.check("fall in fire and the").longestCopiedRun()).isEqualTo(3);
    }

    @Test
    void rejectsAThresholdBelowOne() {
        assertThatThrownBy(() -> CHECKER.check("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsCorpusTokensWithoutLineBreaks() {
        assertThat(CHECKER.corpusTokens()).isEqualTo(16 + 12);
    }
}
