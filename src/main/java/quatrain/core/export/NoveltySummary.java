package quatrain.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import quatrain.core.generate.NoveltyReport;

/** The novelty figures of a quatrain in words, as exports and the app show them. */
public final class NoveltySummary {
    private NoveltySummary() {
    }

    /** E.g. "longest copied run 5 words · 38% of 4-grams in the corpus · line 2 flagged". */
    public static String describe(NoveltyReport report) {
        if (report == null) {
            return "not checked (the model file carries no corpus)";
        }
        String run = report.longestCopiedRun() == 1 ? "1 word" : report.longestCopiedRun() + " words";
        return String.format(Locale.ROOT, "longest copied run %s · %.0f%% of 4-grams in the corpus · %s", run,
                report.fourGramShare() * 100, flagged(report.flaggedLines()));
    }

    /** 1-based numbers of the flagged lines. */
    public static List<Integer> flaggedLineNumbers(NoveltyReport report) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < report.flaggedLines().size(); i++) {
            if (report.flaggedLines().get(i)) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static String flagged(List<Boolean> flags) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            if (flags.get(i)) {
                numbers.add(Integer.toString(i + 1));
            }
        }
        if (numbers.isEmpty()) {
            return "no line flagged";
        }
        return (numbers.size() == 1 ? "line " : "lines ") + String.join(", ", numbers) + " flagged";
    }
}
