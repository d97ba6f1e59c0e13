package quatrain.app.settings;

import java.util.function.IntFunction;

import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.SpecException;

/**
 * The Spark cluster that training goes to when the device is {@link DeviceChoice#SPARK}, as the app remembers it.
 * Only values the model pane accepted are stored; reading is lenient like {@link Settings}: a missing or impossible
 * value gives its default. The defaults suit a first try: {@code local[2]} runs Spark inside the driver on this
 * machine, and for a standalone cluster one core per executor (ND4J's own threads do the maths inside each task, so
 * more tasks per executor compete for the same cores) on two executors of 2 GB.
 *
 * @param masterUrl      Spark's master: {@code local[2]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://…}
 * @param executorCores  cores per executor ({@code spark.executor.cores})
 * @param executorMemory heap per executor in Spark's notation, e.g. {@code 2g} ({@code spark.executor.memory})
 * @param totalCores     cores for the whole run ({@code spark.cores.max}), so it shares a cluster
 * @param averagingFrequency minibatches each worker trains between two averagings ({@link SparkSpec}); null = default
 * @param batchSizePerWorker windows in a worker's minibatch, 0 = the training batch size; null = default
 * @param prefetch           minibatches a worker prepares ahead; null = default
 */
public record SparkSettings(String masterUrl, int executorCores, String executorMemory, int totalCores,
        Integer averagingFrequency, Integer batchSizePerWorker, Integer prefetch) {
    public static final String DEFAULT_MASTER = "local[2]";
    public static final int DEFAULT_EXECUTOR_CORES = 1;
    public static final String DEFAULT_EXECUTOR_MEMORY = "2g";
    public static final int DEFAULT_TOTAL_CORES = 2;

    public SparkSettings {
        masterUrl = masterUrl == null || masterUrl.isBlank() ? DEFAULT_MASTER : masterUrl.strip();
        executorCores = executorCores < 1 ? DEFAULT_EXECUTOR_CORES : executorCores;
        executorMemory = executorMemory == null || executorMemory.isBlank() ? DEFAULT_EXECUTOR_MEMORY
                : executorMemory.strip();
        totalCores = totalCores < 1 ? DEFAULT_TOTAL_CORES : totalCores;
        SparkSpec d = SparkSpec.defaults();
        averagingFrequency = orDefault(averagingFrequency, d.averagingFrequency(),
                v -> new SparkSpec(v, d.batchSizePerWorker(), d.prefetch(), d.workers()));
        batchSizePerWorker = orDefault(batchSizePerWorker, d.batchSizePerWorker(),
                v -> new SparkSpec(d.averagingFrequency(), v, d.prefetch(), d.workers()));
        prefetch = orDefault(prefetch, d.prefetch(),
                v -> new SparkSpec(d.averagingFrequency(), d.batchSizePerWorker(), v, d.workers()));
    }

    /** With the default averaging settings. */
    public SparkSettings(String masterUrl, int executorCores, String executorMemory, int totalCores) {
        this(masterUrl, executorCores, executorMemory, totalCores, null, null, null);
    }

    public static SparkSettings defaults() {
        return new SparkSettings(null, 0, null, 0);
    }

    /** The averaging settings as {@code spark-train} takes them (every core Spark offers trains). */
    public SparkSpec averaging() {
        return new SparkSpec(averagingFrequency, batchSizePerWorker, prefetch, SparkSpec.defaults().workers());
    }

    /** The value if {@link SparkSpec} accepts it, else the default (a hand-edited or older settings file). */
    private static Integer orDefault(Integer value, int fallback, IntFunction<SparkSpec> check) {
        if (value == null) {
            return fallback;
        }
        try {
            check.apply(value);
            return value;
        } catch (SpecException e) {
            return fallback;
        }
    }
}
