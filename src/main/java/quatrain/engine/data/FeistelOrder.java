package quatrain.engine.data;

/**
 * A seeded pseudo-random permutation of {@code 0 .. n-1} computed on demand: a four-round Feistel network on
 * the smallest even power of two of at least {@code n}, walked until it lands below {@code n} (fewer than four
 * steps on average). A bijection by construction, so every window is visited exactly once per epoch, with no
 * array of {@code n} indices.
 */
final class FeistelOrder implements WindowOrder {
    private static final int ROUNDS = 4;

    private final int size;
    private final int halfBits;
    private final int halfMask;
    private final long[] keys = new long[ROUNDS];

    FeistelOrder(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1L));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1 << halfBits) - 1;
        long k = seed;
        for (int r = 0; r < ROUNDS; r++) {
            k = mix(k + 0x9E3779B97F4A7C15L);
            keys[r] = k;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int window(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        long x = i;
        do {
            x = encrypt(x);
        } while (x >= size);
        return (int) x;
    }

    private long encrypt(long x) {
        int left = (int) (x >>> halfBits) & halfMask;
        int right = (int) x & halfMask;
        for (int r = 0; r < ROUNDS; r++) {
            int next = left ^ ((int) mix(right ^ keys[r]) & halfMask);
            left = right;
            right = next;
        }
        return ((long) left << halfBits) | right;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
