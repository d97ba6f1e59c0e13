package quatrain.core.corpus;

/**
 * The messages a text that cannot be a corpus gets, in one place: a file read here and a corpus Spark's executors
 * read from a URI are refused in the same words.
 */
public final class CorpusRefusals {
    private CorpusRefusals() {
    }

    /** Nothing at the path or URI. */
    public static CorpusException missing(String where) {
        return new CorpusException("No file at \"" + where + "\".");
    }

    public static CorpusException empty(String name) {
        return new CorpusException("\"" + name + "\" is empty. A corpus needs text: a few thousand words at least.");
    }

    public static CorpusException blank(String name) {
        return new CorpusException("\"" + name + "\" holds only white space. A corpus needs text.");
    }

    /** @param nul offset of the first NUL byte */
    public static CorpusException binary(String name, long nul) {
        return new CorpusException("\"" + name + "\" looks like a binary file (it contains NUL bytes, the first at byte "
                + nul + "). Choose a plain text file.");
    }
}
