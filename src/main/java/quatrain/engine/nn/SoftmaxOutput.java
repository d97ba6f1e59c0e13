package quatrain.engine.nn;

import java.util.Collection;

import org.deeplearning4j.nn.api.Layer;
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

    /** For JSON deserialisation only. */
    protected SoftmaxOutput() {
    }

    private SoftmaxOutput(Builder builder) {
        super(builder);
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
