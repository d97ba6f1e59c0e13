package quatrain.engine.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import quatrain.core.spec.ModelSpec;
import quatrain.engine.WindowEvaluator;

/**
 * Validation where the held-out documents are: the driver's network is broadcast once per epoch, each partition
 * scores its held-out windows with {@link WindowEvaluator} (local training's evaluation, inference mode), and only
 * the sums come back.
 */
final class ExecutorValidation {
    private ExecutorValidation() {
    }

    static WindowEvaluator.Totals run(JavaSparkContext jsc, JavaRDD<TokenBlock> tokens, MultiLayerNetwork net,
            ModelSpec spec, int vocabulary, int batchSize) {
        Broadcast<NetworkSnapshot> snapshot = jsc.broadcast(NetworkSnapshot.of(net));
        try {
            return tokens.map(block -> snapshot.value().evaluate(block, spec, vocabulary, batchSize))
                    .fold(WindowEvaluator.Totals.NONE, WindowEvaluator.Totals::plus);
        } finally {
            snapshot.destroy();
        }
    }
}
