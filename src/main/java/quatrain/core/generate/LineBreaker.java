package quatrain.core.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Arranges space-separated units (words with their punctuation) into a fixed number of lines. Breaks go
 * after a unit ending in {@code , ; : . ! ?} when one lies within {@link #REACH} units of the ideal place,
 * so lines tend to end where the sentence pauses.
 */
final class LineBreaker {
    static final int REACH = 2;

    private final int lineCount;

    LineBreaker(int lineCount) {
        this.lineCount = lineCount;
    }

    /**
     * @param lines     units per line as given by the text's own line breaks
     * @param hasBreaks whether the text had line breaks at all; without them the single line is cut into
     *                  lines of about equal length, with them too few lines are made up by halving the
     *                  longest and too many are joined into the last
     */
    List<List<String>> arrange(List<List<String>> lines, boolean hasBreaks) {
        if (lines.isEmpty()) {
            return List.of();
        }
        if (!hasBreaks && lines.size() == 1) {
            return balanced(lines.get(0));
        }
        List<List<String>> out = new ArrayList<>(lines);
        while (out.size() < lineCount && halveLongest(out)) {
            // keep halving
        }
        if (out.size() > lineCount) {
            List<String> last = new ArrayList<>();
            out.subList(lineCount - 1, out.size()).forEach(last::addAll);
            out.subList(lineCount - 1, out.size()).clear();
            out.add(last);
        }
        return out;
    }

    private List<List<String>> balanced(List<String> units) {
        int n = units.size();
        List<List<String>> out = new ArrayList<>();
        int start = 0;
        for (int line = 1; line < lineCount && start < n; line++) {
            int lo = start + 1;
            int hi = n - (lineCount - line);
            int share = (int) Math.round((n - start) / (double) (lineCount - line + 1));
            int ideal = Math.max(lo, Math.min(hi, start + share));
            int cut = lo > hi ? lo : bestBreak(units, ideal, lo, hi);
            out.add(units.subList(start, Math.min(cut, n)));
            start = cut;
        }
        if (start < n) {
            out.add(units.subList(start, n));
        }
        return out;
    }

    private static boolean halveLongest(List<List<String>> lines) {
        int longest = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).size() > lines.get(longest).size()) {
                longest = i;
            }
        }
        List<String> line = lines.get(longest);
        if (line.size() < 2) {
            return false;
        }
        int cut = bestBreak(line, (line.size() + 1) / 2, 1, line.size() - 1);
        lines.set(longest, line.subList(0, cut));
        lines.add(longest + 1, line.subList(cut, line.size()));
        return true;
    }

    /** A cut (index of the first unit of the next line) in [lo, hi], near {@code ideal}, after a pause. */
    static int bestBreak(List<String> units, int ideal, int lo, int hi) {
        for (int d = 0; d <= REACH; d++) {
            for (int cut : new int[] {ideal - d, ideal + d}) {
                if (cut >= lo && cut <= hi && endsWithPause(units.get(cut - 1))) {
                    return cut;
                }
            }
        }
        return ideal;
    }

    /** Whether a unit ends in a pause mark, possibly followed by closing quotes or brackets: {@code said,"}. */
    static boolean endsWithPause(String unit) {
        int i = unit.length() - 1;
        while (i > 0 && "\"'’”)]".indexOf(unit.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ",;:.!?".indexOf(unit.charAt(i)) >= 0;
    }
}
