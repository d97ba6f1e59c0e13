package quatrain.core.spec;

/** Which whole documents are held out for validation. */
public enum ValidationSplit {
    /** A seeded random choice of documents (the default). */
    RANDOM,
    /** The last documents of the text, as held-out benchmarks do ("the last 10% as validation"). */
    LAST
}
