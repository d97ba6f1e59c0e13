package quatrain.core.text;

/** Whether a model reads words (and punctuation) or single characters. */
public enum TokenLevel {
    WORD,
    CHAR;

    /** A tokenizer for this level. */
    public Tokenizer tokenizer(boolean lowercase) {
        return this == WORD ? new WordTokenizer(lowercase) : new CharTokenizer(lowercase);
    }

    public String unitName() {
        return this == WORD ? "word" : "character";
    }
}
