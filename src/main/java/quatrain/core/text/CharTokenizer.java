package quatrain.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import quatrain.core.spec.TokenLevel;

/** One token per character (code point), lower-cased unless asked to keep case; tabs become spaces. */
public final class CharTokenizer implements Tokenizer {
    private final boolean lowercase;

    public CharTokenizer(boolean lowercase) {
        this.lowercase = lowercase;
    }

    @Override
    public List<String> tokenize(String document) {
        String text = lowercase ? document.toLowerCase(Locale.ROOT) : document;
        List<String> tokens = new ArrayList<>(text.length());
        text.codePoints().forEach(c -> tokens.add(c == '\t' ? " " : new String(Character.toChars(c))));
        return tokens;
    }

    @Override
    public boolean hasTokens(String document) {
        return !document.isEmpty();
    }

    @Override
    public TokenLevel level() {
        return TokenLevel.CHAR;
    }
}
