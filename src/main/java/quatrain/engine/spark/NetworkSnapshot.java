package quatrain.engine.spark;

import java.io.Serializable;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.core.spec.ModelSpec;
import quatrain.engine.WindowEvaluator;

/**
 * The driver's network as it stands, sent to the executors to be validated there: its configuration as JSON (the
 * form our layers round-trip through, as DL4J's own Spark scoring sends it) and its parameters. Each task builds a
 * network of its own from it, runs {@link WindowEvaluator} over its partition's held-out windows and returns the
 * sums, which the driver adds up.
 */
record NetworkSnapshot(String configuration, INDArray parameters) implements Serializable {

    static NetworkSnapshot of(MultiLayerNetwork net) {
        return new NetworkSnapshot(net.getLayerWiseConfigurations().toJson(), net.params().dup());
    }

    WindowEvaluator.Totals evaluate(TokenBlock block, ModelSpec spec, int vocabulary, int batchSize) {
        if (block.validation.isEmpty()) {
            return WindowEvaluator.Totals.NONE;
        }
        MultiLayerNetwork net = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(configuration));
        net.init(parameters, true); // the broadcast value is shared by the executor's tasks: a copy each
        return WindowEvaluator.evaluate(net, block.validationWindows(spec), vocabulary, spec.embeddingSize() == 0,
                spec.everyStep(), WindowEvaluator.batchSize(spec, batchSize));
    }
}
