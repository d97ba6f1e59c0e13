package quatrain.app.spark;

import java.util.LinkedHashMap;
import java.util.Map;

import quatrain.app.settings.SparkSettings;

/**
 * The executor settings as Spark properties for the driver's {@code SparkConf}. In local mode the executors are
 * the driver's own threads ({@code local[N]}), so there is nothing to size. YARN and Kubernetes ignore
 * {@code spark.cores.max} and start {@code spark.executor.instances} executors instead, so that is given too.
 */
public final class SparkProperties {
    public static final String EXECUTOR_CORES = "spark.executor.cores";
    public static final String EXECUTOR_MEMORY = "spark.executor.memory";
    public static final String CORES_MAX = "spark.cores.max";
    public static final String EXECUTOR_INSTANCES = "spark.executor.instances";

    private SparkProperties() {
    }

    public static Map<String, String> of(SparkSettings settings, MasterUrl master) {
        Map<String, String> p = new LinkedHashMap<>();
        if (!master.kind().hasExecutors()) {
            return p;
        }
        p.put(EXECUTOR_CORES, Integer.toString(settings.executorCores()));
        p.put(EXECUTOR_MEMORY, settings.executorMemory());
        p.put(CORES_MAX, Integer.toString(settings.totalCores()));
        if (master.kind() == MasterUrl.Kind.YARN || master.kind() == MasterUrl.Kind.KUBERNETES) {
            p.put(EXECUTOR_INSTANCES, Integer.toString(Math.max(1, settings.totalCores() / settings.executorCores())));
        }
        return p;
    }
}
