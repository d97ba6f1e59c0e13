package quatrain.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import quatrain.core.text.Vocabulary;

/**
 * Glues word-level tokens back into written words: closing punctuation sticks to the word before, opening
 * brackets to the word after, straight double quotes open and close in turn. The result is, per line of
 * the token stream (split at {@code <nl>}), the list of space-separated "units" such as {@code nancy,}.
 *
 * <p>A model writes what a typesetter never would, so marks are tidied as they are glued: of a run of marks
 * after a word only the strongest stays ({@code siena , ; ,} is "siena;", {@code fell , .} is "fell."), except
 * that dots may run to an ellipsis; a mark with no word before it (a line's start, after an opening bracket or
 * quote) is dropped; an apostrophe after a mark or at a line's start opens the next word ({@code o , ' tis} is
 * "o, 'tis") and after a word closes it ({@code kings '} is "kings'").
 */
final class WordJoiner {
    /** Marks that end a clause or a sentence, by strength: the stronger of two in a row stays. */
    private static final Map<String, Integer> MARKS = Map.of(",", 1, ":", 2, ";", 2, ".", 3, "!", 3, "?", 3, "…", 3);
    private static final Set<String> CLOSING = Set.of(")", "]", "}", "’", "'", "”");
    private static final Set<String> OPENING = Set.of("(", "[", "{", "“", "‘");
    private static final Set<String> APOSTROPHES = Set.of("'", "’");
    private static final String QUOTE = "\"";
    private static final int MAX_DOTS = 3;

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

    /** One line: units, and the run of marks at the end of the unit being built. */
    private List<String> join(List<String> tokens) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        boolean previousGluesForward = true; // a line's start: nothing for a mark to stick to
        int marksFrom = -1; // where the current run of marks starts in unit, -1 when the unit ends in no mark
        String lastMark = null;
        for (String token : tokens) {
            Integer strength = MARKS.get(token);
            if (strength != null) {
                if (previousGluesForward || unit.length() == 0) {
                    continue; // a mark with no word before it
                }
                if (lastMark == null) {
                    marksFrom = unit.length();
                    unit.append(token);
                } else if (token.equals(".") && unit.length() - marksFrom < MAX_DOTS && onlyDots(unit, marksFrom)) {
                    unit.append(token); // an ellipsis written as dots
                } else if (strength > MARKS.get(lastMark)) {
                    unit.setLength(marksFrom);
                    unit.append(token);
                } else {
                    continue; // the weaker or equal mark goes
                }
                lastMark = token;
                previousGluesForward = false;
                continue;
            }
            Glue glue = glue(token, previousGluesForward || lastMark != null);
            if (unit.length() > 0 && (glue == Glue.TO_PREVIOUS || previousGluesForward)) {
                unit.append(token);
            } else {
                flush(unit, units);
                unit.append(token);
            }
            lastMark = null;
            previousGluesForward = glue == Glue.TO_NEXT;
        }
        flush(unit, units);
        return units;
    }

    private static boolean onlyDots(StringBuilder unit, int from) {
        for (int i = from; i < unit.length(); i++) {
            if (unit.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param afterNoWord the token follows a line's start, a mark or an opener: an apostrophe there opens the word
     *                    after it ('tis), it cannot close a word
     */
    private Glue glue(String token, boolean afterNoWord) {
        if (token.equals(QUOTE)) {
            quoteOpen = !quoteOpen;
            return quoteOpen ? Glue.TO_NEXT : Glue.TO_PREVIOUS;
        }
        if (OPENING.contains(token) || afterNoWord && APOSTROPHES.contains(token)) {
            return Glue.TO_NEXT;
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
