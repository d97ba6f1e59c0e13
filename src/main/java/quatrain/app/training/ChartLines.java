package quatrain.app.training;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Turns run series into the lines of one chart: smoothing (per-minibatch series only, the raw line kept
 * faint), scaling, the log transform, the chosen x axis and thinning. A plain function of its inputs, so the
 * maths can be checked without drawing anything.
 */
final class ChartLines {
    /** Colour of the first earlier run; the next ones take the following colours. */
    static final int FIRST_OVERLAY_COLOR = 4;

    /** How the charts are shown. */
    record View(double smoothing, boolean logScale, XAxisMode xAxis) {
    }

    private ChartLines() {
    }

    static List<PlotLine> build(ChartKind kind, Function<Metric, List<RunPoint>> current, List<RunRecord> previous,
            View view, ZoneId zone) {
        List<PlotLine> lines = new ArrayList<>();
        for (int i = 0; i < previous.size(); i++) {
            RunRecord run = previous.get(i);
            Metric m = kind.overlayOf(run);
            lines.add(line(run.label(zone), PlotLine.Role.OVERLAY, FIRST_OVERLAY_COLOR + i, run.points(m), kind, view,
                    false));
        }
        for (ChartKind.Series s : kind.series()) {
            List<RunPoint> points = current.apply(s.metric());
            if (s.metric().perMinibatch()) {
                if (view.smoothing() > 0) {
                    lines.add(line(s.metric().label() + " (raw)", PlotLine.Role.RAW, s.color(), points, kind, view,
                            false));
                }
                lines.add(line(s.metric().label(), PlotLine.Role.SMOOTHED, s.color(), points, kind, view, true));
            } else {
                lines.add(line(s.metric().label(), PlotLine.Role.EPOCH, s.color(), points, kind, view, false));
            }
        }
        return lines;
    }

    static PlotLine line(String label, PlotLine.Role role, int color, List<RunPoint> points, ChartKind kind,
            View view, boolean smooth) {
        double[] values = new double[points.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = points.get(i).value() * kind.scale();
        }
        if (smooth) {
            values = Smoothing.debiasedEma(values, view.smoothing());
        }
        double[] xs = new double[values.length];
        double[] ys = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            double y = values[i];
            if (view.logScale()) {
                // A log axis has no place for zero or less (an accuracy of 0 at the first epoch).
                if (!(y > 0)) {
                    continue;
                }
                y = Math.log10(y);
            }
            if (Double.isFinite(y)) {
                xs[n] = view.xAxis().x(points.get(i));
                ys[n++] = y;
            }
        }
        int[] keep = Downsampler.keep(Arrays.copyOf(ys, n), Downsampler.MAX_POINTS);
        double[] x = new double[keep.length];
        double[] y = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            x[i] = xs[keep[i]];
            y[i] = ys[keep[i]];
        }
        return new PlotLine(label, role, color, x, y);
    }
}
