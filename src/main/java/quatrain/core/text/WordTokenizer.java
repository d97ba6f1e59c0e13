package quatrain.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import quatrain.core.spec.TokenLevel;

/**
 * Words and punctuation, like the seed: a word is a run of letters and digits, which may contain an
 * apostrophe or hyphen between two such characters ({@code o'er}, {@code well-born}); any other visible
 * character is a token of its own ({@code "nancy,"} → {@code nancy ,}); line breaks become
 * {@link Vocabulary#NEWLINE}. Lower-cased unless asked to keep case.
 */
public final class WordTokenizer implements Tokenizer {
    private final boolean lowercase;

    public WordTokenizer(boolean lowercase) {
        this.lowercase = lowercase;
    }

    @Override
    public List<String> tokenize(String document) {
        String text = lowercase ? document.toLowerCase(Locale.ROOT) : document;
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).equals(Vocabulary.NEWLINE)) {
                    tokens.add(Vocabulary.NEWLINE);
                }
                i++;
            } else if (isSkipped(c)) {
                i += Character.charCount(c);
            } else if (isWordChar(c)) {
                int end = wordEnd(text, i);
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                int len = Character.charCount(c);
                tokens.add(text.substring(i, i + len));
                i += len;
            }
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(Vocabulary.NEWLINE)) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    /** Any character that is not skipped makes a token; line breaks alone do not. */
    @Override
    public boolean hasTokens(String document) {
        return document.codePoints().anyMatch(c -> !isSkipped(c));
    }

    private static boolean isSkipped(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isWordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i += Character.charCount(c);
            } else if (isJoiner(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                i += Character.charCount(c);
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    @Override
    public TokenLevel level() {
        return TokenLevel.WORD;
    }
}
