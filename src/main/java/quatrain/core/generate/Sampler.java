package quatrain.core.generate;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws the next token from a model's logits, char-rnn style: divide by the temperature, keep the top k,
 * softmax, keep the nucleus (top p), draw. Temperature 0 means argmax, lowest id on ties. A logit of
 * -Infinity (or NaN) means "never"; {@code banned} ids are never drawn either. Ties at the top-k or top-p
 * cut are kept together, as in nanoGPT. Reuses its buffers between calls, so one instance per thread.
 */
public final class Sampler {
    private double[] probs = new double[0];
    private double[] sorted = new double[0];

    /** A ban list of {@code size} entries with {@code ids} set, for {@link #sample}. */
    public static boolean[] banning(int size, int... ids) {
        boolean[] banned = new boolean[size];
        for (int id : ids) {
            banned[id] = true;
        }
        return banned;
    }

    /** Same as {@link #sample(float[], double, int, double, boolean[], RandomGenerator)} without bans. */
    public int sample(float[] logits, double temperature, int topK, double topP, RandomGenerator rng) {
        return sample(logits, temperature, topK, topP, null, rng);
    }

    /**
     * @param banned ids that must not be drawn (null for none); same length as {@code logits}
     * @throws IllegalArgumentException when no id can be drawn (all banned or all -Infinity)
     */
    public int sample(float[] logits, double temperature, int topK, double topP, boolean[] banned,
            RandomGenerator rng) {
        if (temperature == 0) {
            return argmax(logits, banned);
        }
        double[] p = distribution(logits, temperature, topK, topP, banned);
        double u = rng.nextDouble();
        double cumulative = 0;
        int last = -1;
        for (int i = 0; i < logits.length; i++) {
            if (p[i] > 0) {
                cumulative += p[i];
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last; // u fell in the rounding gap at the top of the cumulative sum
    }

    /** The distribution {@link #sample} draws from, as a new array (one-hot at the argmax for T = 0). */
    public double[] probabilities(float[] logits, double temperature, int topK, double topP, boolean[] banned) {
        if (temperature == 0) {
            double[] oneHot = new double[logits.length];
            oneHot[argmax(logits, banned)] = 1;
            return oneHot;
        }
        return Arrays.copyOf(distribution(logits, temperature, topK, topP, banned), logits.length);
    }

    private double[] distribution(float[] logits, double temperature, int topK, double topP, boolean[] banned) {
        if (!(temperature > 0) || topK < 0 || !(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("need temperature >= 0, topK >= 0 and 0 < topP <= 1");
        }
        int n = logits.length;
        ensureCapacity(n);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            probs[i] = allowed(logits, banned, i) ? logits[i] / temperature : Double.NEGATIVE_INFINITY;
            max = Math.max(max, probs[i]);
        }
        requireDrawable(max);
        if (topK > 0 && topK < n) {
            cutBelow(kthLargest(topK, n), Double.NEGATIVE_INFINITY, n);
        }
        softmax(max, n);
        if (topP < 1) {
            cutBelow(nucleusFloor(topP, n), 0, n);
            normalise(n);
        }
        return probs;
    }

    private void softmax(double max, int n) {
        for (int i = 0; i < n; i++) {
            probs[i] = probs[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(probs[i] - max);
        }
        normalise(n);
    }

    private void normalise(int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += probs[i];
        }
        for (int i = 0; i < n; i++) {
            probs[i] /= sum;
        }
    }

    private double kthLargest(int k, int n) {
        System.arraycopy(probs, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        return sorted[n - k];
    }

    /** The smallest probability inside the smallest set whose total reaches {@code p}. */
    private double nucleusFloor(double p, int n) {
        System.arraycopy(probs, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        double cumulative = 0;
        for (int i = n - 1; i >= 0; i--) {
            cumulative += sorted[i];
            if (cumulative >= p - 1e-12) {
                return sorted[i];
            }
        }
        return 0;
    }

    /** Sets every entry below {@code floor} to {@code never}: -Infinity for logits, 0 for probabilities. */
    private void cutBelow(double floor, double never, int n) {
        for (int i = 0; i < n; i++) {
            if (probs[i] < floor) {
                probs[i] = never;
            }
        }
    }

    private static int argmax(float[] logits, boolean[] banned) {
        int best = -1;
        for (int i = 0; i < logits.length; i++) {
            if (allowed(logits, banned, i) && (best < 0 || logits[i] > logits[best])) {
                best = i;
            }
        }
        requireDrawable(best < 0 ? Double.NEGATIVE_INFINITY : logits[best]);
        return best;
    }

    private static boolean allowed(float[] logits, boolean[] banned, int i) {
        return (banned == null || !banned[i]) && logits[i] > Float.NEGATIVE_INFINITY;
    }

    private static void requireDrawable(double max) {
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "no token can be drawn: every token is banned or has a logit of -Infinity");
        }
    }

    private void ensureCapacity(int n) {
        if (probs.length < n) {
            probs = new double[n];
            sorted = new double[n];
        }
    }
}
