package quatrain.engine.nn;

import java.util.Map;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInitUtil;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's dense parameters ({@code W [nIn, nOut]}, then {@code b [1, nOut]}) with {@code W} row-major instead of
 * column-major, for {@link SoftmaxOutput}. Over a large vocabulary the output layer's products dominate a
 * minibatch, and OpenBLAS runs the two backprop products into and out of a row-major {@code W} 30–40% faster
 * (docs/NOTES.md). Only the layout differs; values, initialisation and keys are DL4J's.
 */
public final class RowMajorOutputParams extends DefaultParamInitializer {
    private static final RowMajorOutputParams INSTANCE = new RowMajorOutputParams();

    private RowMajorOutputParams() {
    }

    public static RowMajorOutputParams getInstance() {
        return INSTANCE;
    }

    @Override
    protected INDArray createWeightMatrix(long nIn, long nOut, IWeightInit weightInit, INDArray weightParamView,
            boolean initializeParameters) {
        long[] shape = {nIn, nOut};
        if (initializeParameters) {
            return weightInit.init(nIn, nOut, shape, 'c', weightParamView);
        }
        return WeightInitUtil.reshapeWeights(shape, weightParamView, 'c');
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        Map<String, INDArray> views = super.getGradientsFromFlattened(conf, gradientView);
        INDArray columnMajor = views.get(WEIGHT_KEY);
        long[] shape = columnMajor.shape();
        views.put(WEIGHT_KEY, gradientView.reshape(gradientView.length())
                .get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, shape[0] * shape[1])).reshape('c', shape));
        return views;
    }
}
