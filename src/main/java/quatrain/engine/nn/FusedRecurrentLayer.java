package quatrain.engine.nn;

import static quatrain.engine.nn.FusedRecurrentParams.BIAS;
import static quatrain.engine.nn.FusedRecurrentParams.INPUT_WEIGHTS;
import static quatrain.engine.nn.FusedRecurrentParams.RECURRENT_BIAS;
import static quatrain.engine.nn.FusedRecurrentParams.RECURRENT_WEIGHTS;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runtime of {@link FusedRecurrent}. Forward: one product for every step's input projection, then per step one
 * product with the recurrent weights and the gate maths in Java. Backward (through time): per step the gate
 * gradients in Java and one product for the error to the previous state; then three products for the weight
 * and input gradients. Intermediate values live in Java arrays reused across minibatches.
 */
public final class FusedRecurrentLayer extends BaseLayer<FusedRecurrent> {
    private final RecurrentWork work = new RecurrentWork();

    public FusedRecurrentLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** How the element-wise kernels run in this JVM: "vector Species[...]" (SIMD) or "scalar". */
    public static String kernelsInUse() {
        return Kernels.best().toString();
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public Type type() {
        return Type.RECURRENT;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (maskArray != null) {
            throw new UnsupportedOperationException("FusedRecurrent does not support masks (fixed-length windows only)");
        }
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray in = Buffers.isContiguousC(input) ? input : input.dup('c');
        if (in.rank() != 3) {
            throw new IllegalStateException("FusedRecurrent expects [batch, time, features], got rank " + in.rank());
        }
        FusedRecurrent c = layerConf();
        int batch = (int) in.size(0);
        int time = (int) in.size(1);
        work.prepare(c.isGru(), batch, time, (int) c.getNIn(), (int) c.getNOut(), in.dataType());
        work.forward(in, getParam(INPUT_WEIGHTS), getParam(RECURRENT_WEIGHTS), getParam(BIAS),
                c.isGru() ? getParam(RECURRENT_BIAS) : null);
        long n = c.getNOut();
        INDArray out = c.isReturnSequences()
                ? workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, in.dataType(), new long[] {batch, time, n}, 'c')
                : workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, in.dataType(), new long[] {batch, n}, 'c');
        work.writeOutput(out, c.isReturnSequences());
        return out;
    }

    /** Forward passes this layer has run (see {@link RecurrentWork#matches}). */
    long forwardsRun() {
        return work.forwards();
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        FusedRecurrent c = layerConf();
        INDArray in = Buffers.isContiguousC(input) ? input : input.dup('c');
        if (!work.matches(in)) {
            // The forward pass of this input was not the last one run: run it again.
            work.prepare(c.isGru(), (int) in.size(0), (int) in.size(1), (int) c.getNIn(), (int) c.getNOut(), in.dataType());
            work.forward(in, getParam(INPUT_WEIGHTS), getParam(RECURRENT_WEIGHTS), getParam(BIAS),
                    c.isGru() ? getParam(RECURRENT_BIAS) : null);
        }
        INDArray eps = Buffers.isContiguousC(epsilon) ? epsilon : epsilon.dup('c');
        INDArray dIn = c.isInputGradient()
                ? workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, in.dataType(), in.shape(), 'c')
                : null;
        work.backward(eps, c.isReturnSequences(), in, getParam(INPUT_WEIGHTS), getParam(RECURRENT_WEIGHTS),
                gradientViews.get(INPUT_WEIGHTS), gradientViews.get(RECURRENT_WEIGHTS), gradientViews.get(BIAS),
                c.isGru() ? gradientViews.get(RECURRENT_BIAS) : null, dIn);
        Gradient g = new DefaultGradient(gradientsFlattened);
        g.gradientForVariable().put(INPUT_WEIGHTS, gradientViews.get(INPUT_WEIGHTS));
        g.gradientForVariable().put(RECURRENT_WEIGHTS, gradientViews.get(RECURRENT_WEIGHTS));
        g.gradientForVariable().put(BIAS, gradientViews.get(BIAS));
        if (c.isGru()) {
            g.gradientForVariable().put(RECURRENT_BIAS, gradientViews.get(RECURRENT_BIAS));
        }
        return new Pair<>(g, dIn == null ? null : backpropDropOutIfPresent(dIn));
    }

    @Override
    public boolean hasBias() {
        return true;
    }
}
