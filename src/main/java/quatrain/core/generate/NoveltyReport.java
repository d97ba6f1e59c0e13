package quatrain.core.generate;

import java.util.List;

/**
 * How much of a quatrain was copied word for word from the corpus. Words are word-level tokens, so a
 * comma counts as one.
 *
 * @param longestCopiedRun  length in tokens of the longest run found contiguously in the corpus (0 if none)
 * @param longestCopiedText that run as written in the quatrain ("" if none)
 * @param fourGramShare     share of the quatrain's 4-grams found in the corpus (0 under four tokens)
 * @param copiedSpans       character ranges of the quatrain covered by copied runs of at least four tokens,
 *                          overlapping runs merged, in order: for highlighting
 * @param flaggedLines      per line of the text, whether a copied run of at least the threshold touches it
 */
public record NoveltyReport(int longestCopiedRun, String longestCopiedText, double fourGramShare,
        List<Span> copiedSpans, List<Boolean> flaggedLines) {

    public NoveltyReport {
        copiedSpans = List.copyOf(copiedSpans);
        flaggedLines = List.copyOf(flaggedLines);
    }

    /** Whether any line holds a copy long enough to flag. */
    public boolean flagged() {
        return flaggedLines.contains(Boolean.TRUE);
    }

    /** Characters {@code [start, end)} of the quatrain text. */
    public record Span(int start, int end) {
    }
}
