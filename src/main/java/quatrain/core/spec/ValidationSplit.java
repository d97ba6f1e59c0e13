package quatrain.core.spec;

/** Which whole documents are held out for validation. */
public enum ValidationSplit {
    /** A seeded random choice of documents (the default). */
    RANDOM,
    /**
     * The documents at the end of the text that hold its last share of characters, as held-out benchmarks do
     * ("the last 10% as validation"), cut at a document boundary.
     */
    LAST
}
