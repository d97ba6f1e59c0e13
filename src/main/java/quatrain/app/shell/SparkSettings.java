package quatrain.app.shell;

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
 */
public record SparkSettings(String masterUrl, int executorCores, String executorMemory, int totalCores) {
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
    }

    public static SparkSettings defaults() {
        return new SparkSettings(null, 0, null, 0);
    }
}
