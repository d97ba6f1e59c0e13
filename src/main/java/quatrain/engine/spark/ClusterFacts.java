package quatrain.engine.spark;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;

import quatrain.core.bundle.SparkProvenance;
import quatrain.core.spec.SparkSpec;

/** What the model file and the progress lines say about the cluster a run trains on. */
final class ClusterFacts {
    private ClusterFacts() {
    }

    /** Executors Spark has now: in local mode the driver's JVM is the one; on a cluster the driver is not counted. */
    static int executors(JavaSparkContext jsc) {
        int infos = jsc.sc().statusTracker().getExecutorInfos().length;
        return SparkDriver.isLocal(jsc.master()) ? Math.max(1, infos) : Math.max(0, infos - 1);
    }

    static SparkProvenance provenance(JavaSparkContext jsc, int workers, SparkSpec spark, List<String> processes) {
        return new SparkProvenance(jsc.master(), executors(jsc), jsc.defaultParallelism(), workers,
                List.copyOf(new TreeSet<>(processes)), jsc.version(), dl4jSparkVersion(), spark);
    }

    /** "Spark local[2] · 2 workers × 512 windows, averaging every 5 minibatches". */
    static String backend(JavaSparkContext jsc, int workers, int batchSize, SparkSpec spark) {
        return String.format(Locale.ROOT, "Spark %s · %d %s × %d windows, averaging every %d minibatches", jsc.master(),
                workers, workers == 1 ? "worker" : "workers", batchSize, spark.averagingFrequency());
    }

    static String dl4jSparkVersion() {
        String v = SparkDl4jMultiLayer.class.getPackage().getImplementationVersion();
        return v != null ? v : "1.0.0-M2";
    }
}
