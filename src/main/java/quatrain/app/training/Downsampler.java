package quatrain.app.training;

import java.util.Arrays;

/**
 * Thins a series for drawing: a chart cannot show more points than it has pixels, and thousands of points
 * per line make every redraw slow. Keeps the first and last point and, per bucket, the lowest and the highest
 * value in their original order, so spikes stay visible.
 */
public final class Downsampler {
    /** Points per line at most. */
    public static final int MAX_POINTS = 2000;

    private Downsampler() {
    }

    /** Indices of the points to keep, ascending; all of them when there are at most {@code max}. */
    public static int[] keep(double[] y, int max) {
        int n = y.length;
        if (max < 4) {
            throw new IllegalArgumentException("keep at least 4 points");
        }
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = (max - 2) / 2;
        int[] kept = new int[max];
        int k = 0;
        kept[k++] = 0;
        int interior = n - 2;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) interior * b / buckets);
            int to = 1 + (int) ((long) interior * (b + 1) / buckets);
            int lo = from;
            int hi = from;
            for (int i = from + 1; i < to; i++) {
                lo = y[i] < y[lo] ? i : lo;
                hi = y[i] > y[hi] ? i : hi;
            }
            kept[k++] = Math.min(lo, hi);
            if (lo != hi) {
                kept[k++] = Math.max(lo, hi);
            }
        }
        kept[k++] = n - 1;
        return Arrays.copyOf(kept, k);
    }
}
