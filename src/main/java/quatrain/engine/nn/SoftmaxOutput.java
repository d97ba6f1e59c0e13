package quatrain.engine.nn;

import java.util.Collection;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A softmax output layer with sparse cross-entropy that computes the logits, the softmax, the loss and its
 * gradient once per minibatch (DL4J's output layer computes the logits twice, once for the gradient and once
 * for the score). Still an {@link OutputLayer} in every other respect: same parameters, same JSON, same
 * inference path.
 */
public class SoftmaxOutput extends OutputLayer {
    /**
     * {@code W} stored row-major ({@link RowMajorOutputParams}). Layers built now set it; a model saved before
     * it existed has no such field in its JSON, reads as false and keeps DL4J's column-major layout.
     */
    private boolean rowMajorWeights;

    /** For JSON deserialisation only. */
    protected SoftmaxOutput() {
    }

    private SoftmaxOutput(Builder builder) {
        super(builder);
        this.rowMajorWeights = true;
    }

    public boolean isRowMajorWeights() {
        return rowMajorWeights;
    }

    public void setRowMajorWeights(boolean rowMajorWeights) {
        this.rowMajorWeights = rowMajorWeights;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof SoftmaxOutput other && other.rowMajorWeights == rowMajorWeights;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(rowMajorWeights);
    }

    @Override
    public ParamInitializer initializer() {
        return rowMajorWeights ? RowMajorOutputParams.getInstance() : super.initializer();
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex,
            INDArray paramsView, boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("SoftmaxOutput", getLayerName(), layerIndex, getNIn(), getNOut());
        return LayerWiring.wire(new SoftmaxOutputLayer(conf, networkDataType), conf, listeners, layerIndex, paramsView,
                initializer(), initializeParams);
    }

    /** Softmax activation and {@link SparseSoftmaxCrossEntropy} are fixed. */
    public static class Builder extends OutputLayer.Builder {
        public Builder() {
            super(new SparseSoftmaxCrossEntropy());
            setActivationFn(new ActivationSoftmax());
        }

        @Override
        public SoftmaxOutput build() {
            return new SoftmaxOutput(this);
        }
    }
}
