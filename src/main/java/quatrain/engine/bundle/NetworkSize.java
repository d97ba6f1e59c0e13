package quatrain.engine.bundle;

import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.samediff.AbstractSameDiffLayer;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.engine.nn.GruLayer;

/**
 * How many values a network's arrays hold, worked out from its configuration as DL4J does, without allocating
 * them: the parameters ({@code MultiLayerNetwork.init}: each layer's initializer's {@code numParams}) and the
 * optimizer state ({@code BaseMultiLayerUpdater}: each parameter's updater's {@code stateSize}).
 */
final class NetworkSize {
    /** No layer of ours comes near: vocabularies stop at 10⁶, units at 4,096. Keeps DL4J's products from overflowing. */
    static final long MAX_DIMENSION = 1L << 24;

    private NetworkSize() {
    }

    /** The length of the parameter vector {@code init} expects, after checking every layer's dimensions. */
    static long parameters(MultiLayerConfiguration conf, Problems problems) {
        long total = 0;
        for (NeuralNetConfiguration c : conf.getConfs()) {
            checkDimensions(c.getLayer(), problems);
            total = Math.addExact(total, layerParameters(c, problems));
        }
        return total;
    }

    /**
     * At most the optimizer state's length, before the network exists: each layer's parameters times the largest
     * state any of its parameters' updaters keeps per value (state sizes are linear in the parameter count).
     */
    static long updaterStateBound(MultiLayerConfiguration conf, Problems problems) {
        long total = 0;
        for (NeuralNetConfiguration c : conf.getConfs()) {
            long n = layerParameters(c, problems);
            org.deeplearning4j.nn.conf.layers.Layer layer = unwrapped(c.getLayer());
            long worst = 0;
            for (String key : layer.initializer().paramKeys(layer)) {
                worst = Math.max(worst, layer.getUpdaterByParam(key).stateSize(n));
            }
            total = Math.addExact(total, worst);
        }
        return total;
    }

    /** The optimizer state's exact length for an initialised network, as {@code BaseMultiLayerUpdater} sums it. */
    static long updaterState(MultiLayerNetwork net) {
        long total = 0;
        for (Layer layer : net.getLayers()) {
            Map<String, INDArray> table = layer.paramTable(false);
            if (table != null) {
                for (Map.Entry<String, INDArray> e : table.entrySet()) {
                    total += layer.getConfig().getUpdaterByParam(e.getKey()).stateSize(e.getValue().length());
                }
            }
        }
        return total;
    }

    private static long layerParameters(NeuralNetConfiguration c, Problems problems) {
        long n = c.getLayer().initializer().numParams(c);
        if (n < 0) {
            throw problems.notOpened("its network has a layer with " + n + " parameters");
        }
        return n;
    }

    private static org.deeplearning4j.nn.conf.layers.Layer unwrapped(org.deeplearning4j.nn.conf.layers.Layer layer) {
        return layer instanceof BaseWrapperLayer w ? unwrapped(w.getUnderlying()) : layer;
    }

    private static void checkDimensions(org.deeplearning4j.nn.conf.layers.Layer layer, Problems problems) {
        org.deeplearning4j.nn.conf.layers.Layer l = unwrapped(layer);
        if (l instanceof FeedForwardLayer f) {
            checkDimension(f.getNIn(), l, problems);
            checkDimension(f.getNOut(), l, problems);
        }
        if (l instanceof GruLayer g) {
            checkDimension(g.getNIn(), l, problems);
            checkDimension(g.getNOut(), l, problems);
        }
        if (l instanceof AbstractSameDiffLayer s) {
            for (long[] shape : s.getLayerParams().getParamShapes().values()) {
                for (long d : shape) {
                    checkDimension(d, l, problems);
                }
            }
        }
    }

    private static void checkDimension(long d, org.deeplearning4j.nn.conf.layers.Layer layer, Problems problems) {
        if (d < 0 || d > MAX_DIMENSION) {
            throw problems.notOpened("its network's layer \"" + layer.getLayerName() + "\" has a dimension of " + d
                    + ", which no Quatrain Studio model has");
        }
    }
}
