package quatrain.core.corpus;

/** How a text is cut into documents (quatrains); {@link #AUTO} picks one of the others by looking. */
public enum DocumentFormat {
    /** Decide from the text: stanzas if blank lines separate blocks of several lines, else lines. */
    AUTO,
    /** One document per non-empty line (the seed's format: one quatrain per line). */
    LINES,
    /** Documents are blocks of lines separated by one or more blank lines. */
    STANZAS;

    public String describe() {
        return switch (this) {
            case AUTO -> "automatic";
            case LINES -> "one quatrain per line";
            case STANZAS -> "stanzas separated by blank lines";
        };
    }
}
