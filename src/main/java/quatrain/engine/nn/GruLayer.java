package quatrain.engine.nn;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.weights.WeightInitUtil;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A gated recurrent unit (GRU) written as a DL4J {@link SameDiffLayer} from primitive SameDiff ops, so it
 * sits in a {@code MultiLayerNetwork} with the usual listeners, updaters, regularisation and serialisation.
 *
 * <p>Equations as in PyTorch and Keras ({@code reset_after=True}), with gates ordered r, z, n:
 * <pre>
 *   r = σ(x·Wx_r + bx_r + h·Wh_r + bh_r)
 *   z = σ(x·Wx_z + bx_z + h·Wh_z + bh_z)
 *   n = tanh(x·Wx_n + bx_n + r ⊙ (h·Wh_n + bh_n))
 *   h' = (1 − z) ⊙ n + z ⊙ h,     h₀ = 0
 * </pre>
 * Input is NWC {@code [batch, time, nIn]}; the output is the last hidden state {@code [batch, nOut]} or, with
 * {@code returnSequences}, every state {@code [batch, time, nOut]}. The time length is fixed when the graph is
 * first built (the unrolled loop); generation steps the same weights outside the graph, one token at a time.
 *
 * <p>nd4j's fused GRU op is deliberately not used: its gradients were found wrong (docs/NOTES.md).
 */
public class GruLayer extends SameDiffLayer {
    public static final String INPUT_WEIGHTS = "Wx";
    public static final String RECURRENT_WEIGHTS = "Wh";
    public static final String INPUT_BIAS = "bx";
    public static final String RECURRENT_BIAS = "bh";

    private long nIn;
    private long nOut;
    private boolean returnSequences;

    /** For JSON deserialisation only. */
    protected GruLayer() {
    }

    private GruLayer(Builder builder) {
        super(builder);
        this.nIn = builder.nIn;
        this.nOut = builder.nOut;
        this.returnSequences = builder.returnSequences;
    }

    public long getNIn() {
        return nIn;
    }

    public void setNIn(long nIn) {
        this.nIn = nIn;
    }

    public long getNOut() {
        return nOut;
    }

    public void setNOut(long nOut) {
        this.nOut = nOut;
    }

    public boolean isReturnSequences() {
        return returnSequences;
    }

    public void setReturnSequences(boolean returnSequences) {
        this.returnSequences = returnSequences;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex,
            INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        return LayerWiring.wire(new CorrectedSameDiffLayer(conf, networkDataType), conf, listeners, layerIndex,
                layerParamsView, initializer(), initializeParams);
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
    public void setNIn(InputType inputType, boolean override) {
        if (!(inputType instanceof InputType.InputTypeRecurrent r)) {
            throw new IllegalArgumentException("GRU layer needs recurrent input, got " + inputType);
        }
        if (nIn <= 0 || override) {
            nIn = r.getSize();
        }
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        return null;
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.addWeightParam(INPUT_WEIGHTS, nIn, 3 * nOut);
        params.addWeightParam(RECURRENT_WEIGHTS, nOut, 3 * nOut);
        params.addBiasParam(INPUT_BIAS, 1, 3 * nOut);
        params.addBiasParam(RECURRENT_BIAS, 1, 3 * nOut);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        // Glorot-uniform input weights, as Keras; orthogonal recurrent weights are approximated per gate by
        // Glorot-uniform too (DL4J has no orthogonal init); biases zero.
        WeightInitUtil.initWeights(nIn, nOut, params.get(INPUT_WEIGHTS).shape(), getWeightInit(), null, 'c',
                params.get(INPUT_WEIGHTS));
        WeightInitUtil.initWeights(nOut, nOut, params.get(RECURRENT_WEIGHTS).shape(), getWeightInit(), null, 'c',
                params.get(RECURRENT_WEIGHTS));
        params.get(INPUT_BIAS).assign(0);
        params.get(RECURRENT_BIAS).assign(0);
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> p, SDVariable mask) {
        long[] shape = input.getShape();
        if (shape == null || shape.length != 3 || shape[1] <= 0) {
            throw new IllegalStateException("GRU input must be [batch, time, features] with a known time length");
        }
        int time = (int) shape[1];
        int n = (int) nOut;
        SDVariable wh = p.get(RECURRENT_WEIGHTS);
        SDVariable bh = p.get(RECURRENT_BIAS);
        // One matrix product for the input projections of every time step.
        SDVariable xProj = input.reshape(sd.constant(org.nd4j.linalg.factory.Nd4j.createFromArray(-1L, nIn)))
                .mmul(p.get(INPUT_WEIGHTS)).add(p.get(INPUT_BIAS))
                .reshape(sd.constant(org.nd4j.linalg.factory.Nd4j.createFromArray(-1L, time, 3L * n)));
        SDVariable h = null;
        SDVariable[] states = returnSequences ? new SDVariable[time] : null;
        for (int t = 0; t < time; t++) {
            SDVariable xt = xProj.get(SDIndex.all(), SDIndex.point(t), SDIndex.all());
            // Slice only [batch, 3n] tensors: strided_slice_bp fails on the [1, 3n] bias itself (docs/NOTES.md).
            SDVariable hh = h == null ? sd.zerosLike(xt).add(bh) : h.mmul(wh).add(bh);
            SDVariable r = sd.nn().sigmoid(gate(xt, 0, n).add(gate(hh, 0, n)));
            SDVariable z = sd.nn().sigmoid(gate(xt, 1, n).add(gate(hh, 1, n)));
            SDVariable cand = sd.math().tanh(gate(xt, 2, n).add(r.mul(gate(hh, 2, n))));
            h = h == null ? z.rsub(1.0).mul(cand) : cand.add(z.mul(h.sub(cand)));
            if (states != null) {
                states[t] = sd.expandDims(h, 1);
            }
        }
        return states != null ? sd.concat(1, states) : sd.identity(h);
    }

    private static SDVariable gate(SDVariable v, int index, int n) {
        return v.get(SDIndex.all(), SDIndex.interval(index * n, (index + 1) * n));
    }

    /** Builder in DL4J's style: {@code new GruLayer.Builder().nIn(300).nOut(128).build()}. */
    public static class Builder extends SameDiffLayer.Builder<Builder> {
        private long nIn;
        private long nOut;
        private boolean returnSequences;

        public Builder nIn(long nIn) {
            this.nIn = nIn;
            return this;
        }

        public Builder nOut(long nOut) {
            this.nOut = nOut;
            return this;
        }

        public Builder returnSequences(boolean returnSequences) {
            this.returnSequences = returnSequences;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public GruLayer build() {
            return new GruLayer(this);
        }
    }
}
