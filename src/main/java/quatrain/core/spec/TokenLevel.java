package quatrain.core.spec;

/** Whether a model reads words (and punctuation) or single characters. */
public enum TokenLevel {
    WORD,
    CHAR;

    public String unitName() {
        return this == WORD ? "word" : "character";
    }
}
