package quatrain.core.bundle;

import java.util.List;

import quatrain.core.spec.SparkSpec;

/**
 * Where a model trained on Spark was trained (manifest version 2 on; absent for local training): the cluster and how
 * DL4J's parameter averaging was set up, as they were at the last save.
 *
 * @param master          the master URL the driver connected to ({@code local[2]}, {@code spark://host:7077}, ...)
 * @param executors       executors the cluster gave the run (1 in local mode: the driver's own JVM)
 * @param cores           cores over all executors (Spark's default parallelism)
 * @param workers         workers that trained at once (one copy of the network each)
 * @param processes       {@code host:pid} of every JVM that ran training minibatches in this run, sorted
 * @param sparkVersion    Spark's version on the driver
 * @param dl4jSparkVersion the version of DL4J's Spark module
 * @param averaging       the averaging settings of the run
 */
public record SparkProvenance(String master, int executors, int cores, int workers, List<String> processes,
        String sparkVersion, String dl4jSparkVersion, SparkSpec averaging) {

    public SparkProvenance {
        processes = List.copyOf(processes);
    }
}
