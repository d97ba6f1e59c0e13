package quatrain.core.text;

import java.util.List;

import quatrain.core.spec.TokenLevel;

/**
 * Cuts one document into tokens. Line breaks inside a document become {@link Vocabulary#NEWLINE} (word
 * level) or the character {@code "\n"} (character level), so models learn where lines end. Start and end
 * markers are added by {@link Vocabulary#encodeDocument}, not here.
 */
public interface Tokenizer {
    /** The tokenizer of a model's level. */
    static Tokenizer of(TokenLevel level, boolean lowercase) {
        return level == TokenLevel.WORD ? new WordTokenizer(lowercase) : new CharTokenizer(lowercase);
    }

    List<String> tokenize(String document);

    /** Whether {@link #tokenize} gives at least one token, found without making the tokens. */
    default boolean hasTokens(String document) {
        return !tokenize(document).isEmpty();
    }

    TokenLevel level();
}
