package quatrain.engine.nn;

import java.util.Collection;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A GRU or LSTM layer computed with a handful of large matrix products per minibatch and the element-wise
 * gate maths in plain Java (SIMD where the JVM has the Vector API) on preallocated buffers: no per-op
 * allocation, no graph. Same maths as {@link GruLayer} (PyTorch's GRU, gates r, z, n) and as DL4J's
 * {@code LSTM} (blocks: input, forget, output, input gate; no peepholes). The gate maths is single precision,
 * as training is (a DOUBLE network still gets FLOAT accuracy from these layers); tests check every gradient
 * against the reference layers run in double.
 *
 * <p>Input is NWC {@code [batch, time, nIn]}; output is the last hidden state {@code [batch, nOut]} or, with
 * {@code returnSequences}, {@code [batch, time, nOut]}. Any sequence length works.
 */
public class FusedRecurrent extends BaseRecurrentLayer {
    /** The cell: "GRU" or "LSTM" (a string keeps the JSON form plain). */
    private String cell = "GRU";
    private boolean returnSequences;
    /**
     * Whether backprop computes the error at this layer's input. False for a first layer fed the network's own
     * input (one-hot characters): DL4J's training throws that error away, and it is a product as large as the
     * input projection. Models saved before the field existed read it as true.
     */
    private boolean inputGradient = true;

    /** For JSON deserialisation only. */
    protected FusedRecurrent() {
    }

    private FusedRecurrent(Builder builder) {
        super(builder);
        this.cell = builder.cell;
        this.returnSequences = builder.returnSequences;
        this.inputGradient = builder.inputGradient;
    }

    public String getCell() {
        return cell;
    }

    public void setCell(String cell) {
        this.cell = cell;
    }

    public boolean isReturnSequences() {
        return returnSequences;
    }

    public void setReturnSequences(boolean returnSequences) {
        this.returnSequences = returnSequences;
    }

    public boolean isInputGradient() {
        return inputGradient;
    }

    public void setInputGradient(boolean inputGradient) {
        this.inputGradient = inputGradient;
    }

    public boolean isGru() {
        return "GRU".equals(cell);
    }

    /** Gate blocks per unit: 3 for the GRU, 4 for the LSTM. */
    public int gates() {
        return isGru() ? 3 : 4;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray paramsView, boolean initializeParams,
            DataType networkDataType) {
        LayerValidation.assertNInNOutSet("FusedRecurrent", getLayerName(), layerIndex, getNIn(), getNOut());
        return LayerWiring.wire(new FusedRecurrentLayer(conf, networkDataType), conf, listeners, layerIndex, paramsView,
                initializer(), initializeParams);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        if (returnSequences) {
            long length = inputType instanceof InputType.InputTypeRecurrent r ? r.getTimeSeriesLength() : -1;
            return InputType.recurrent(nOut, length, RNNFormat.NWC);
        }
        return InputType.feedForward(nOut);
    }

    @Override
    public ParamInitializer initializer() {
        return FusedRecurrentParams.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        return new LayerMemoryReport.Builder(getLayerName(), FusedRecurrent.class, inputType,
                getOutputType(-1, inputType)).standardMemory(initializer().numParams(this), 0).build();
    }

    /** {@code new FusedRecurrent.Builder().cell("GRU").nIn(300).nOut(128).build()}. */
    public static class Builder extends BaseRecurrentLayer.Builder<Builder> {
        private String cell = "GRU";
        private boolean returnSequences;
        private boolean inputGradient = true;

        public Builder() {
            dataFormat(RNNFormat.NWC);
        }

        public Builder cell(String cell) {
            if (!"GRU".equals(cell) && !"LSTM".equals(cell)) {
                throw new IllegalArgumentException("cell must be GRU or LSTM: " + cell);
            }
            this.cell = cell;
            return this;
        }

        public Builder returnSequences(boolean returnSequences) {
            this.returnSequences = returnSequences;
            return this;
        }

        /** False when the layer reads the network's input: backprop then returns no input error. */
        public Builder inputGradient(boolean inputGradient) {
            this.inputGradient = inputGradient;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public FusedRecurrent build() {
            return new FusedRecurrent(this);
        }
    }
}
