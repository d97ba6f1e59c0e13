package quatrain.core.judge;

import java.util.ArrayList;
import java.util.List;

import quatrain.core.spec.TokenLevel;
import quatrain.core.text.DocumentPreparation;
import quatrain.core.text.Vocabulary;

/**
 * The text a judge reads, written the same way for both kinds: a corpus document is first cut into the model's
 * tokens, words it does not know become {@code <unk>} as they would in its own writing, and both are joined as
 * the model's tokens are (characters as they are; words with single spaces, line breaks as {@code "\n"}). So the
 * judge can only tell them apart by what the model chose to write, not by capitals the model never sees, the
 * formatter's line breaks or a word it cannot spell.
 */
public final class JudgeTexts {
    private JudgeTexts() {
    }

    /** A generated quatrain's raw tokens ({@code Quatrain.tokens()}) as the judge reads them. */
    public static String of(List<String> tokens, TokenLevel level) {
        if (level == TokenLevel.CHAR) {
            return String.join("", tokens);
        }
        StringBuilder out = new StringBuilder();
        for (String t : tokens) {
            if (Vocabulary.NEWLINE.equals(t)) {
                strip(out);
                out.append('\n');
            } else {
                out.append(t).append(' ');
            }
        }
        strip(out);
        return out.toString();
    }

    /** A corpus document in the model's own tokens, then as {@link #of(List, TokenLevel)} writes them. */
    public static String ofDocument(String document, DocumentPreparation preparation, Vocabulary vocabulary,
            TokenLevel level) {
        List<String> tokens = new ArrayList<>(preparation.tokens(document));
        tokens.replaceAll(t -> vocabulary.contains(t) ? t : Vocabulary.UNKNOWN);
        return of(tokens, level);
    }

    private static void strip(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
