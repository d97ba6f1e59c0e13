package quatrain.core.spec;

/**
 * How {@code spark-train} spreads training over a Spark cluster with DL4J's parameter averaging: each worker (an
 * executor's core) trains its own copy on {@code averagingFrequency} minibatches of {@code batchSizePerWorker}
 * windows, then the copies' parameters and optimizer states are averaged into one (a round). Local training ignores
 * these settings.
 *
 * @param averagingFrequency minibatches each worker trains between two averagings: fewer keep the copies closer
 *                           (and the result nearer local training), more move fewer bytes per minibatch
 * @param batchSizePerWorker windows in a worker's minibatch; 0 = the training batch size, so that a worker's step
 *                           is local training's step
 * @param prefetch           minibatches a worker prepares in the background while it trains (0 = none)
 * @param workers            workers that train at once; 0 = every core Spark offers
 */
public record SparkSpec(int averagingFrequency, int batchSizePerWorker, int prefetch, int workers) {

    public SparkSpec {
        SpecException.range("averagingFrequency", averagingFrequency, 1, 10_000);
        SpecException.range("batchSizePerWorker", batchSizePerWorker, 0, 65_536);
        SpecException.range("prefetch", prefetch, 0, 64);
        SpecException.range("workers", workers, 0, 100_000);
    }

    /** Averaging every 5 minibatches (DL4J's default), the training batch size, 2 minibatches prefetched. */
    public static SparkSpec defaults() {
        return new SparkSpec(5, 0, 2, 0);
    }

    /** The minibatch a worker trains on, given the training settings. */
    public int batchSize(TrainingSpec training) {
        return batchSizePerWorker > 0 ? batchSizePerWorker : training.batchSize();
    }
}
