package quatrain.engine.data;

import java.util.Random;

/**
 * Seeded permutations of window indices, so an epoch's order depends only on its seed and the window count:
 * Fisher–Yates in an array up to {@link #ARRAY_LIMIT} windows, and beyond that a {@link FeistelOrder}, which
 * needs no memory per window.
 */
public final class Shuffle {
    /** 4 M windows: 16 MB of order. */
    public static final int ARRAY_LIMIT = 1 << 22;

    private Shuffle() {
    }

    public static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rng = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** A seeded order of {@code n} windows. */
    public static WindowOrder order(int n, long seed) {
        return n <= ARRAY_LIMIT ? WindowOrder.of(permutation(n, seed)) : new FeistelOrder(n, seed);
    }
}
