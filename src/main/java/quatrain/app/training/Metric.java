package quatrain.app.training;

/** A series a training run produces; {@link #key()} names it in saved runs and CSV exports. */
public enum Metric {
    MINIBATCH_LOSS("minibatch_loss", "Minibatch loss", true),
    TRAIN_LOSS("train_loss", "Training loss (epoch)", false),
    VAL_LOSS("val_loss", "Validation loss", false),
    VAL_ACCURACY("val_accuracy", "Validation accuracy", false),
    PERPLEXITY("perplexity", "Perplexity", false),
    TOKENS_PER_SECOND("tokens_per_second", "Tokens per second", true);

    private final String key;
    private final String label;
    private final boolean perMinibatch;

    Metric(String key, String label, boolean perMinibatch) {
        this.key = key;
        this.label = label;
        this.perMinibatch = perMinibatch;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Noisy series with a point per minibatch; these are the ones smoothing applies to. */
    public boolean perMinibatch() {
        return perMinibatch;
    }
}
