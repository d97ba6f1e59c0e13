package quatrain.engine.spark;

import java.io.Serializable;
import java.util.BitSet;

import quatrain.core.corpus.Split;

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
