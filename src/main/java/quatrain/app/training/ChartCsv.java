package quatrain.app.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The chart data as CSV, one row per point: {@code run,series,step,epoch,wall_seconds,value}. Values are as
 * measured (accuracy as a fraction); smoothed minibatch series are added as {@code <series>_smoothed} with the
 * weight on screen, so a spreadsheet shows what the chart showed.
 */
final class ChartCsv {
    static final String HEADER = "run,series,step,epoch,wall_seconds,value\n";
    private static final MathContext DIGITS = new MathContext(10);

    private ChartCsv() {
    }

    static String write(List<RunRecord> runs, double smoothing) {
        StringBuilder out = new StringBuilder(HEADER);
        for (RunRecord run : runs) {
            for (Metric m : Metric.values()) {
                List<RunPoint> points = run.points(m);
                rows(out, run.id(), m.key(), points, null);
                if (m.perMinibatch() && smoothing > 0 && !points.isEmpty()) {
                    double[] raw = points.stream().mapToDouble(RunPoint::value).toArray();
                    rows(out, run.id(), m.key() + "_smoothed", points, Smoothing.debiasedEma(raw, smoothing));
                }
            }
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, String run, String series, List<RunPoint> points, double[] values) {
        for (int i = 0; i < points.size(); i++) {
            RunPoint p = points.get(i);
            out.append(quote(run)).append(',').append(series).append(',').append(p.step()).append(',')
                    .append(number(p.epoch())).append(',').append(number(p.wallSeconds())).append(',')
                    .append(number(values == null ? p.value() : values[i])).append('\n');
        }
    }

    /** Ten significant digits without exponent or trailing zeros: exact enough, and readable. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
