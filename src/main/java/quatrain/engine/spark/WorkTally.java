package quatrain.engine.spark;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.api.TrainingHook;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the workers did, told through Spark's accumulators (their updates reach the driver with each finished
 * task): the training loss of every minibatch, as local training reports it (cross-entropy per target, without the
 * L2 penalty DL4J's score includes), the targets and minibatches trained, and the {@code host:pid} of every JVM that
 * trained, so that the model file can say where the work ran. DL4J calls a {@link TrainingHook} around each worker
 * minibatch; the hook travels to the executors with the training function, once per round, carrying the round's
 * seed for dropout.
 */
final class WorkTally implements TrainingHook {
    private static final long serialVersionUID = 1L;

    private final DoubleAccumulator lossSum;
    private final LongAccumulator targets;
    private final LongAccumulator minibatches;
    private final CollectionAccumulator<String> processes;
    private final boolean regularised;
    private long roundSeed;
    private transient boolean started;

    WorkTally(JavaSparkContext jsc, boolean regularised) {
        this.lossSum = jsc.sc().doubleAccumulator("quatrain loss sum");
        this.targets = jsc.sc().longAccumulator("quatrain targets");
        this.minibatches = jsc.sc().longAccumulator("quatrain minibatches");
        this.processes = jsc.sc().collectionAccumulator("quatrain processes");
        this.regularised = regularised;
    }

    /** Set on the driver before each round: the workers seed their random numbers (dropout) from it. */
    void round(long seed) {
        roundSeed = seed;
    }

    /** Totals so far on the driver. */
    Totals totals() {
        return new Totals(lossSum.sum(), targets.sum(), minibatches.sum());
    }

    java.util.List<String> processes() {
        return processes.value();
    }

    record Totals(double lossSum, long targets, long minibatches) {
        Totals minus(Totals o) {
            return new Totals(lossSum - o.lossSum, targets - o.targets, minibatches - o.minibatches);
        }

        double loss() {
            return targets == 0 ? Double.NaN : lossSum / targets;
        }
    }

    @Override
    public void preUpdate(DataSet minibatch, Model model) {
        if (!started) {
            started = true;
            TaskContext task = TaskContext.get();
            Nd4j.getRandom().setSeed(roundSeed * 1_000_003L + (task == null ? 0 : task.partitionId()));
            processes.add(host() + ":" + ProcessHandle.current().pid());
        }
    }

    @Override
    public void postUpdate(DataSet minibatch, Model model) {
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        double loss = net.score() - (regularised ? net.calcRegularizationScore(true) : 0);
        // DL4J's score is per row of the output layer's input: per target (windows × positions for every-step)
        long rows = minibatch.getLabels().size(0);
        lossSum.add(loss * rows);
        targets.add(rows);
        minibatches.add(1);
    }

    @Override
    public void preUpdate(MultiDataSet minibatch, Model model) {
        throw new UnsupportedOperationException("a Quatrain network trains on DataSets");
    }

    @Override
    public void postUpdate(MultiDataSet minibatch, Model model) {
        throw new UnsupportedOperationException("a Quatrain network trains on DataSets");
    }

    /** The host as Spark knows this executor (no name lookup). */
    private static String host() {
        SparkEnv env = SparkEnv.get();
        return env == null ? "localhost" : env.blockManager().blockManagerId().host();
    }
}
