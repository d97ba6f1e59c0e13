package quatrain.engine.data;

import java.util.Random;

/** Seeded permutations of window indices (Fisher–Yates), so an epoch's order depends only on its seed. */
public final class Shuffle {
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
}
