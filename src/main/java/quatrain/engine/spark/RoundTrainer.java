package quatrain.engine.spark;

import java.util.List;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.core.storage.StatsStorageRouter;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.api.Repartition;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.nd4j.linalg.dataset.DataSet;

import quatrain.core.spec.SparkSpec;
import scala.Tuple2;

/**
 * One averaging round at a time, with DL4J's {@link SparkDl4jMultiLayer} and {@link ParameterAveragingTrainingMaster}:
 * the round's minibatches go to their workers as ids (one shuffle, {@link Minibatches}), each worker trains its copy
 * of the driver's network on them, and the master averages the copies' parameters and optimizer states back into
 * the driver's network. The data is laid out as DL4J wants it (one partition a worker, {@code averagingFrequency}
 * minibatches each), so DL4J neither repartitions nor caches it; {@code Direct}, since DL4J's default
 * ({@code Export}) writes every minibatch under {@code hadoop.tmp.dir} first.
 */
final class RoundTrainer {
    private final JavaRDD<TokenBlock> tokens;
    private final Minibatches minibatches;
    private final int workers;
    private final String run;
    private final long seed;
    private final MultiLayerNetwork net;
    private final SparkDl4jMultiLayer sparkNet;
    private final WorkTally tally;

    RoundTrainer(JavaSparkContext jsc, JavaRDD<TokenBlock> tokens, Minibatches minibatches, int workers,
            SparkSpec spark, String run, long seed, MultiLayerNetwork net, boolean regularised) {
        this.tokens = tokens;
        this.minibatches = minibatches;
        this.workers = workers;
        this.run = run;
        this.seed = seed;
        this.net = net;
        this.tally = new WorkTally(jsc, regularised);
        ParameterAveragingTrainingMaster master = new ParameterAveragingTrainingMaster.Builder(workers,
                minibatches.batchSize())
                .batchSizePerWorker(minibatches.batchSize())
                .averagingFrequency(spark.averagingFrequency())
                .workerPrefetchNumBatches(spark.prefetch())
                .saveUpdater(true) // the optimizer's state is averaged too, and saved: a resume needs it
                .repartionData(Repartition.Never)
                .storageLevel(null)
                .rddTrainingApproach(RDDTrainingApproach.Direct)
                .rngSeed(seed)
                .collectTrainingStats(false)
                .trainingHooks(tally)
                .build();
        this.sparkNet = new SparkDl4jMultiLayer(jsc, net, master);
    }

    /** Records the workers' statistics for the training UI into {@code storage}. */
    void record(StatsStorageRouter storage, TrainingListener listener) {
        sparkNet.setListeners(storage, List.of(listener));
    }

    WorkTally tally() {
        return tally;
    }

    /** Trains round {@code round} of {@code epoch}; returns what the workers did in it. */
    WorkTally.Totals train(int epoch, int round) {
        Minibatches batches = minibatches;
        String runId = run;
        long shuffleSeed = seed;
        JavaRDD<DataSet> data = tokens
                .mapPartitionsWithIndex((p, it) -> batches.forRound(runId, it.next(), p, shuffleSeed, epoch, round)
                        .iterator(), true)
                .mapToPair(s -> new Tuple2<>(s.worker(), s.batch()))
                .partitionBy(new HashPartitioner(workers))
                .values()
                .mapPartitions(batches::dataSets);
        tally.round(Minibatches.shuffleSeed(seed, epoch, round));
        WorkTally.Totals before = tally.totals();
        int epochs = net.getEpochCount();
        sparkNet.fit(data);
        net.setEpochCount(epochs); // DL4J counts an epoch per fit; here a fit is a round
        return tally.totals().minus(before);
    }
}
