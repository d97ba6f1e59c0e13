package quatrain.engine.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitUtil;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Parameters of a {@link FusedRecurrent} layer, as c-ordered views of the network's flat parameter vector:
 * input weights {@code W [nIn, G·n]}, recurrent weights {@code RW [n, G·n]}, bias {@code b [1, G·n]} and, for
 * the GRU, the recurrent bias {@code RB [1, 3n]} (G = 3 gates for the GRU, 4 blocks for the LSTM).
 */
public final class FusedRecurrentParams implements ParamInitializer {
    public static final String INPUT_WEIGHTS = "W";
    public static final String RECURRENT_WEIGHTS = "RW";
    public static final String BIAS = "b";
    public static final String RECURRENT_BIAS = "RB";
    private static final FusedRecurrentParams INSTANCE = new FusedRecurrentParams();

    public static FusedRecurrentParams getInstance() {
        return INSTANCE;
    }

    private static FusedRecurrent conf(Layer layer) {
        return (FusedRecurrent) layer;
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        FusedRecurrent c = conf(layer);
        long g = c.gates() * c.getNOut();
        return c.getNIn() * g + c.getNOut() * g + g + (c.isGru() ? g : 0);
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return conf(layer).isGru() ? List.of(INPUT_WEIGHTS, RECURRENT_WEIGHTS, BIAS, RECURRENT_BIAS)
                : List.of(INPUT_WEIGHTS, RECURRENT_WEIGHTS, BIAS);
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return List.of(INPUT_WEIGHTS, RECURRENT_WEIGHTS);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return conf(layer).isGru() ? List.of(BIAS, RECURRENT_BIAS) : Collections.singletonList(BIAS);
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return INPUT_WEIGHTS.equals(key) || RECURRENT_WEIGHTS.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return BIAS.equals(key) || RECURRENT_BIAS.equals(key);
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        FusedRecurrent c = conf(conf.getLayer());
        Map<String, INDArray> views = views(c, paramsView);
        // Registered as DL4J's initializers do: BaseLayer.setParams and the network's variable list read them.
        views.keySet().forEach(conf::addVariable);
        if (initializeParams) {
            long nIn = c.getNIn();
            long n = c.getNOut();
            long g = c.gates() * n;
            WeightInit init = WeightInit.XAVIER_UNIFORM;
            WeightInitUtil.initWeights(nIn, g, new long[] {nIn, g}, init, null, 'c', views.get(INPUT_WEIGHTS));
            WeightInitUtil.initWeights(n, g, new long[] {n, g}, init, null, 'c', views.get(RECURRENT_WEIGHTS));
            views.get(BIAS).assign(0);
            if (c.isGru()) {
                views.get(RECURRENT_BIAS).assign(0);
            } else {
                // Forget-gate bias 1, as DL4J's LSTM and Keras (unit_forget_bias) start.
                views.get(BIAS).get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n)).assign(1.0);
            }
        }
        return views;
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return views(conf(conf.getLayer()), gradientView);
    }

    private static Map<String, INDArray> views(FusedRecurrent c, INDArray flat) {
        long nIn = c.getNIn();
        long n = c.getNOut();
        long g = c.gates() * n;
        INDArray row = flat.reshape('c', new long[] {flat.length()});
        Map<String, INDArray> m = new LinkedHashMap<>();
        long at = 0;
        m.put(INPUT_WEIGHTS, row.get(NDArrayIndex.interval(at, at + nIn * g)).reshape('c', new long[] {nIn, g}));
        at += nIn * g;
        m.put(RECURRENT_WEIGHTS, row.get(NDArrayIndex.interval(at, at + n * g)).reshape('c', new long[] {n, g}));
        at += n * g;
        m.put(BIAS, row.get(NDArrayIndex.interval(at, at + g)).reshape('c', new long[] {1, g}));
        at += g;
        if (c.isGru()) {
            m.put(RECURRENT_BIAS, row.get(NDArrayIndex.interval(at, at + g)).reshape('c', new long[] {1, g}));
        }
        return m;
    }
}
