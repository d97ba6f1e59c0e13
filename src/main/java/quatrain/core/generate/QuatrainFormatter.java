package quatrain.core.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import quatrain.core.spec.TokenLevel;
import quatrain.core.text.Vocabulary;

/**
 * Turns generated tokens into a quatrain that reads like the source: punctuation re-attached, four lines
 * (from the model's own line breaks when it makes them, else cut at pauses into lines of about equal
 * length), capitals at the start of every line and of every sentence, and the pronoun "I".
 */
public final class QuatrainFormatter {
    public static final int LINES = 4;
    /** The pronoun i alone or in a contraction (i'll, i’m), not inside a word. */
    private static final Pattern PRONOUN_I = Pattern.compile("(?<![\\p{L}\\p{N}'’-])i(?![\\p{L}\\p{N}-])");
    private static final LineBreaker BREAKER = new LineBreaker(LINES);

    private QuatrainFormatter() {
    }

    /** Formats tokens of either level: word tokens as they come, character tokens joined into text. */
    public static FormattedQuatrain format(List<String> tokens, TokenLevel level) {
        return level == TokenLevel.WORD ? formatWords(tokens) : formatCharacters(String.join("", tokens));
    }

    /** Formats word-level tokens, which may contain {@link Vocabulary#NEWLINE} but no other special. */
    public static FormattedQuatrain formatWords(List<String> tokens) {
        return render(WordJoiner.lines(tokens), tokens.contains(Vocabulary.NEWLINE));
    }

    /** Formats character-level text: its {@code "\n"} are line breaks, runs of spaces count as one. */
    public static FormattedQuatrain formatCharacters(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(Arrays.asList(trimmed.split("\\s+")));
            }
        }
        return render(lines, text.indexOf('\n') >= 0);
    }

    private static FormattedQuatrain render(List<List<String>> units, boolean hasBreaks) {
        List<String> lines = new ArrayList<>();
        for (List<String> line : BREAKER.arrange(units, hasBreaks)) {
            lines.add(capitalise(String.join(" ", line)));
        }
        return new FormattedQuatrain(lines);
    }

    /**
     * How a generated quatrain's last line closes, as the source's do: a trailing comma, semicolon, colon or dash becomes
     * a full stop, and a line ending in a word gets one; ! ? . and closing quotes stay.
     */
    static String endSentence(String line) {
        String trimmed = line.stripTrailing();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String open = trimmed.replaceFirst("[,;:\\-–—]+$", "").stripTrailing();
        int last = open.isEmpty() ? -1 : open.codePointBefore(open.length());
        if (last == -1 || Character.isLetterOrDigit(last)) {
            return open + ".";
        }
        return open;
    }

    /** Capitalises the first word of the line, every word after . ! ? and the pronoun i. */
    static String capitalise(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean sentenceStart = true;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(sentenceStart ? Character.toUpperCase(c) : c);
                sentenceStart = false;
            } else {
                out.appendCodePoint(c);
                sentenceStart |= c == '.' || c == '!' || c == '?';
            }
        }
        return PRONOUN_I.matcher(out).replaceAll("I");
    }
}
