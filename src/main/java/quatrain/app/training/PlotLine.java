package quatrain.app.training;

/**
 * A line ready to draw: its points already smoothed, scaled, log-transformed and thinned.
 *
 * @param label  the legend text
 * @param role   how the view styles it
 * @param color  1–8, the theme's chart colour ({@code -color-chart-N})
 * @param x      x values, ascending
 * @param y      y values (log10 of the value on a log axis)
 */
public record PlotLine(String label, Role role, int color, double[] x, double[] y) {

    /** How a line is drawn. */
    public enum Role {
        /** Per-minibatch values as measured: thin and faint behind their smoothed line. */
        RAW,
        /** The debiased moving average of a raw series. */
        SMOOTHED,
        /** One point per epoch. */
        EPOCH,
        /** A previous run on the same corpus: dashed and faint. */
        OVERLAY
    }

    public int size() {
        return x.length;
    }
}
