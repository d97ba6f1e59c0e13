package quatrain.engine.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one parameter of an {@link EmbeddingLookup}: {@code W [vocabulary, size]} as a c-ordered view of the
 * network's flat parameter vector, so a token's vector is contiguous. Initialised as DL4J initialises its
 * embeddings: the layer's weight init with fan-in 1 (the vocabulary size says nothing about one row's scale).
 */
public final class EmbeddingLookupParams implements ParamInitializer {
    public static final String WEIGHTS = "W";
    private static final EmbeddingLookupParams INSTANCE = new EmbeddingLookupParams();

    private EmbeddingLookupParams() {
    }

    public static EmbeddingLookupParams getInstance() {
        return INSTANCE;
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        EmbeddingLookup c = (EmbeddingLookup) layer;
        return c.getNIn() * c.getNOut();
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return Collections.singletonList(WEIGHTS);
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return Collections.singletonList(WEIGHTS);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return Collections.emptyList();
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return WEIGHTS.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return false;
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        EmbeddingLookup c = (EmbeddingLookup) conf.getLayer();
        if (paramsView.length() != numParams(c)) {
            throw new IllegalStateException("EmbeddingLookup expects " + numParams(c) + " parameters, got "
                    + paramsView.length());
        }
        Map<String, INDArray> views = views(c, paramsView);
        if (initializeParams) {
            IWeightInit init = c.getWeightInitFn() != null ? c.getWeightInitFn() : new WeightInitXavierUniform();
            init.init(1, c.getNOut(), new long[] {c.getNIn(), c.getNOut()}, 'c', views.get(WEIGHTS));
        }
        conf.addVariable(WEIGHTS);
        return views;
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return views((EmbeddingLookup) conf.getLayer(), gradientView);
    }

    private static Map<String, INDArray> views(EmbeddingLookup c, INDArray flat) {
        Map<String, INDArray> m = Collections.synchronizedMap(new LinkedHashMap<>());
        m.put(WEIGHTS, flat.reshape('c', new long[] {flat.length()}).reshape('c', new long[] {c.getNIn(), c.getNOut()}));
        return m;
    }
}
