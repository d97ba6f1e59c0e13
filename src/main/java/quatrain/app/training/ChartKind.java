package quatrain.app.training;

import java.util.List;

/** The four training charts: what each draws for the current run and what it draws of earlier runs. */
public enum ChartKind {
    LOSS("Loss", "nats per token", 1, List.of(new Series(Metric.MINIBATCH_LOSS, 1), new Series(Metric.TRAIN_LOSS, 2),
            new Series(Metric.VAL_LOSS, 3)), Metric.VAL_LOSS, Metric.TRAIN_LOSS),
    ACCURACY("Validation accuracy", "%", 100, List.of(new Series(Metric.VAL_ACCURACY, 3)), Metric.VAL_ACCURACY,
            Metric.VAL_ACCURACY),
    PERPLEXITY("Perplexity", "exp(loss)", 1, List.of(new Series(Metric.PERPLEXITY, 3)), Metric.PERPLEXITY,
            Metric.PERPLEXITY),
    THROUGHPUT("Throughput", "tokens per second", 1, List.of(new Series(Metric.TOKENS_PER_SECOND, 1)),
            Metric.TOKENS_PER_SECOND, Metric.TOKENS_PER_SECOND);

    /** A metric of the current run and its chart colour (1–3; earlier runs use 4–8). */
    public record Series(Metric metric, int color) {
    }

    private final String title;
    private final String unit;
    private final double scale;
    private final List<Series> series;
    private final Metric overlay;
    private final Metric overlayFallback;

    ChartKind(String title, String unit, double scale, List<Series> series, Metric overlay, Metric overlayFallback) {
        this.title = title;
        this.unit = unit;
        this.scale = scale;
        this.series = series;
        this.overlay = overlay;
        this.overlayFallback = overlayFallback;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    /** Factor from the metric's unit to the axis unit (fractions to percent). */
    public double scale() {
        return scale;
    }

    public List<Series> series() {
        return series;
    }

    /** The metric drawn for an earlier run: one line per run keeps the comparison readable. */
    public Metric overlayOf(RunRecord run) {
        return run.points(overlay).isEmpty() ? overlayFallback : overlay;
    }
}
