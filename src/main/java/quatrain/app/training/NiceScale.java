package quatrain.app.training;

/**
 * A shared x range for the four charts, from 0 to a round number with round tick steps, so that a point at
 * step 93 sits at the same place in every chart and a single epoch point does not get an axis of its own
 * (92.25, 92.5, …). Time axes step in seconds and minutes a clock would use.
 */
final class NiceScale {
    /** Ticks wanted across the axis, about. */
    static final int TICKS = 6;
    private static final double[] CLOCK_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        10800, 21600, 43200, 86400};

    /** Upper bound and tick step; the lower bound is always 0. */
    record Range(double upper, double step) {
    }

    private NiceScale() {
    }

    static Range of(double max, XAxisMode mode) {
        // Before any data the axis still spans a sensible empty range.
        double span = Math.max(max, mode == XAxisMode.EPOCH ? 1 : 10);
        double raw = span / TICKS;
        double step = mode == XAxisMode.WALL_TIME ? clockStep(raw) : roundStep(raw);
        if (mode == XAxisMode.STEP && step != Math.rint(step)) {
            step = Math.max(1, Math.floor(step)); // minibatches are counted, never halved
        }
        return new Range(Math.ceil(span / step - 1e-9) * step, step);
    }

    /** 1, 2, 2.5 or 5 times a power of ten. */
    static double roundStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    private static double clockStep(double raw) {
        for (double s : CLOCK_STEPS) {
            if (s >= raw) {
                return s;
            }
        }
        return Math.ceil(raw / 86400) * 86400;
    }
}
