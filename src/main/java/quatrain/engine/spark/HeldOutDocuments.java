package quatrain.engine.spark;

import java.io.Serializable;
import java.util.BitSet;
import java.util.List;

import quatrain.core.corpus.Split;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.spec.ValidationSplit;

/**
 * Which numbered documents are held out for validation, decided on the driver with core's {@link Split} and sent
 * to every executor: for a random split the same seeded choice local training makes (one bit per document), for a
 * split by the text's last share the first held-out document.
 */
final class HeldOutDocuments implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BitSet random;
    private final long firstOfLast;

    private HeldOutDocuments(BitSet random, long firstOfLast) {
        this.random = random;
        this.firstOfLast = firstOfLast;
    }

    /** Where the executors find the largest document from which the text's last share starts ({@link LastShare}). */
    @FunctionalInterface
    interface LastShareSearch {
        /** The largest over all partitions, given the characters after each partition and in all; -1 for none. */
        long largestReaching(long[] charsAfter, long totalChars, double fraction);
    }

    /**
     * The split of the numbered documents, as {@code TokenizedCorpus} decides it for a whole text: random, or the
     * last share of the text's characters.
     */
    static HeldOutDocuments decide(List<BlockFacts> facts, TrainingSpec training, LastShareSearch search) {
        long n = facts.stream().mapToLong(BlockFacts::kept).sum();
        if (training.validationSplit() == ValidationSplit.RANDOM) {
            return random(n, training.validationFraction(), training.seed());
        }
        if (!Split.holdsOutLast(n, training.validationFraction())) {
            return fromIndex(Long.MAX_VALUE);
        }
        long total = facts.stream().mapToLong(BlockFacts::keptChars).sum();
        long[] after = new long[facts.size()];
        for (int p = facts.size() - 2; p >= 0; p--) {
            after[p] = after[p + 1] + facts.get(p + 1).keptChars();
        }
        return fromIndex(Split.firstOfLast(search.largestReaching(after, total, training.validationFraction())));
    }

    /** The number of each partition's first document that takes part. */
    static long[] firstIndex(List<BlockFacts> facts) {
        long[] first = new long[facts.size()];
        long n = 0;
        for (int p = 0; p < facts.size(); p++) {
            first[p] = n;
            n += facts.get(p).kept();
        }
        return first;
    }

    /** {@link Split#heldOut} of {@code n} documents. */
    static HeldOutDocuments random(long n, double fraction, long seed) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("more documents than a split can number: " + n);
        }
        return new HeldOutDocuments(Split.heldOut((int) n, fraction, seed), Long.MAX_VALUE);
    }

    /** Documents from {@code first} on, as {@link Split#lastHeldOut} decides ({@code Long.MAX_VALUE}: none). */
    static HeldOutDocuments fromIndex(long first) {
        return new HeldOutDocuments(null, first);
    }

    boolean held(long index) {
        return random != null ? random.get((int) index) : index >= firstOfLast;
    }

    /** How many of {@code n} documents are held out. */
    long count(long n) {
        return random != null ? random.cardinality() : Math.max(0, n - Math.min(n, firstOfLast));
    }
}
