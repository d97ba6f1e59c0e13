package quatrain.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quatrain.core.text.Vocabulary;

/**
 * Glues word-level tokens back into written words: closing punctuation sticks to the word before, opening
 * brackets to the word after, straight double quotes open and close in turn. The result is, per line of
 * the token stream (split at {@code <nl>}), the list of space-separated "units" such as {@code nancy,}.
 */
final class WordJoiner {
    private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "’", "'",
            "”", "…");
    private static final Set<String> OPENING = Set.of("(", "[", "{", "“", "‘");
    private static final String QUOTE = "\"";

    private enum Glue { NONE, TO_PREVIOUS, TO_NEXT }

    private boolean quoteOpen;

    private WordJoiner() {
    }

    /** The units of each non-empty line of {@code tokens}. */
    static List<List<String>> lines(List<String> tokens) {
        WordJoiner joiner = new WordJoiner();
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals(Vocabulary.NEWLINE)) {
                addIfNotEmpty(lines, joiner.join(line));
                line = new ArrayList<>();
            } else {
                line.add(token);
            }
        }
        addIfNotEmpty(lines, joiner.join(line));
        return lines;
    }

    private static void addIfNotEmpty(List<List<String>> lines, List<String> units) {
        if (!units.isEmpty()) {
            lines.add(units);
        }
    }

    private List<String> join(List<String> tokens) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        boolean previousGluesForward = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Glue glue = glue(token, i == 0);
            if (unit.length() > 0 && (glue == Glue.TO_PREVIOUS || previousGluesForward)) {
                unit.append(token);
            } else {
                flush(unit, units);
                unit.append(token);
            }
            previousGluesForward = glue == Glue.TO_NEXT;
        }
        flush(unit, units);
        return units;
    }

    private Glue glue(String token, boolean lineStart) {
        if (token.equals(QUOTE)) {
            quoteOpen = !quoteOpen;
            return quoteOpen ? Glue.TO_NEXT : Glue.TO_PREVIOUS;
        }
        if (OPENING.contains(token) || lineStart && (token.equals("'") || token.equals("’"))) {
            return Glue.TO_NEXT; // a line-initial apostrophe elides the word after it: 'tis
        }
        return CLOSING.contains(token) ? Glue.TO_PREVIOUS : Glue.NONE;
    }

    private static void flush(StringBuilder unit, List<String> units) {
        if (unit.length() > 0) {
            units.add(unit.toString());
            unit.setLength(0);
        }
    }
}
