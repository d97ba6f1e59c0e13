package quatrain.engine.nn;

import java.util.Collection;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A token embedding: ids {@code [batch, time]} (or {@code [batch, 1, time]}) in, rows of {@code W [vocabulary,
 * size]} out as NWC {@code [batch, time, size]}. The maths of DL4J's {@code EmbeddingSequenceLayer} without a
 * bias; what differs is the storage and the work. {@code W} is row-major (DL4J's is column-major, so each
 * looked-up row was strided across the whole vocabulary), the lookup is bulk row copies, and backprop
 * scatter-adds the output gradient into the rows it used: DL4J's layer looked the rows up a second time in
 * backprop and scattered through a custom op several times slower (docs/NOTES.md).
 */
public class EmbeddingLookup extends FeedForwardLayer {
    private int inputLength = 1;

    /** For JSON deserialisation only. */
    protected EmbeddingLookup() {
    }

    private EmbeddingLookup(Builder builder) {
        super(builder);
        this.inputLength = builder.inputLength;
    }

    /** Tokens per example (the window length). */
    public int getInputLength() {
        return inputLength;
    }

    public void setInputLength(int inputLength) {
        this.inputLength = inputLength;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType networkDataType) {
        LayerValidation.assertNInNOutSet("EmbeddingLookup", getLayerName(), layerIndex, getNIn(), getNOut());
        return LayerWiring.wire(new EmbeddingLookupLayer(conf, networkDataType), conf, listeners, layerIndex,
                paramsView, initializer(), initializeParams);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        if (inputType == null || (inputType.getType() != InputType.Type.FF
                && inputType.getType() != InputType.Type.RNN)) {
            throw new IllegalStateException("EmbeddingLookup (layer " + layerIndex + ") takes token ids, not "
                    + inputType);
        }
        return InputType.recurrent(nOut, inputLength, RNNFormat.NWC);
    }

    /** Ids arrive as they are: the vocabulary size is the input "size" of a recurrent input type. */
    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (inputType instanceof InputType.InputTypeRecurrent r) {
            if (nIn <= 0 || override) {
                nIn = r.getSize();
            }
        } else {
            super.setNIn(inputType, override);
        }
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        return inputType != null && inputType.getType() == InputType.Type.RNN ? null
                : super.getPreProcessorForInputType(inputType);
    }

    @Override
    public ParamInitializer initializer() {
        return EmbeddingLookupParams.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        return new LayerMemoryReport.Builder(getLayerName(), EmbeddingLookup.class, inputType,
                getOutputType(-1, inputType)).standardMemory(initializer().numParams(this), 0).build();
    }

    /** {@code new EmbeddingLookup.Builder().nIn(vocabulary).nOut(300).inputLength(4).build()}. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private int inputLength = 1;

        public Builder() {
            // A lookup has no activation: never inherit the network's default.
            activation(new ActivationIdentity());
        }

        public Builder inputLength(int inputLength) {
            if (inputLength < 1) {
                throw new IllegalArgumentException("input length must be at least 1: " + inputLength);
            }
            this.inputLength = inputLength;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public EmbeddingLookup build() {
            return new EmbeddingLookup(this);
        }
    }
}
