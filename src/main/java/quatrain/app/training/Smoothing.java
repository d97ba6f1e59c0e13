package quatrain.app.training;

/**
 * TensorBoard's smoothing: an exponential moving average {@code ema_t = w·ema_(t-1) + (1−w)·x_t} started at
 * zero and divided by {@code 1 − w^t}. Without that debiasing the first values would be dragged towards zero
 * and the smoothed line would start far below the data.
 */
public final class Smoothing {
    public static final double MAX_WEIGHT = 0.99;

    private Smoothing() {
    }

    /** Non-finite values pass through and do not enter the average. */
    public static double[] debiasedEma(double[] values, double weight) {
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, " + MAX_WEIGHT + "], got " + weight);
        }
        double[] out = new double[values.length];
        double ema = 0;
        double weightPower = 1;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                out[i] = v;
                continue;
            }
            ema = weight * ema + (1 - weight) * v;
            weightPower *= weight;
            out[i] = ema / (1 - weightPower);
        }
        return out;
    }
}
