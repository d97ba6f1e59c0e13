package quatrain.engine.nn;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runtime of {@link SoftmaxOutput}. Backprop computes the softmax in place on the logits, takes the loss of the
 * minibatch from the target probabilities on the way, turns the probabilities into the gradient by subtracting
 * one at each target, and keeps the loss for the score DL4J asks for next — so the score costs nothing.
 */
public final class SoftmaxOutputLayer extends OutputLayer {
    private static final double MIN_PROBABILITY = 1e-30;
    private static final Kernels KERNELS = Kernels.best();
    private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[0]);
    private INDArray scoredInput;
    private INDArray scoredLabels;
    private double lossSum;
    private INDArray onesRow;

    public SoftmaxOutputLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (maskArray != null) {
            throw new UnsupportedOperationException("SoftmaxOutput does not support masks");
        }
        INDArray labels2d = getLabels2d(workspaceMgr, ArrayType.BP_WORKING_MEM);
        INDArray biasGrad = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
        INDArray delta;
        double sum;
        if (dataType == DataType.FLOAT && KERNELS.simd()) {
            delta = logits(true, workspaceMgr, false);
            sum = softmaxDeltaInLanes(delta, getParamWithNoise(DefaultParamInitializer.BIAS_KEY, true, workspaceMgr),
                    labels2d, biasGrad);
        } else {
            delta = preOutput2d(true, workspaceMgr);
            if (delta.ordering() != 'c' || delta.isView()) {
                delta = delta.dup('c');
            }
            Nd4j.exec(new SoftMax(delta, delta, -1));
            int rows = (int) delta.size(0);
            long cols = delta.size(1);
            sum = 0;
            for (int r = 0; r < rows; r++) {
                long i = r * cols + SparseSoftmaxCrossEntropy.target(labels2d, r, cols);
                double p = delta.getDouble(i);
                sum -= Math.log(Math.max(p, MIN_PROBABILITY));
                delta.putScalar(i, p - 1.0);
            }
            // Column sums as a product with a row of ones: ND4J's sum along dimension 0 is several times slower.
            Nd4j.gemm(ones(delta.size(0), delta.dataType()), delta, biasGrad.reshape(1, biasGrad.length()), false,
                    false, 1.0, 0.0);
        }
        lossSum = sum;
        scoredInput = input;
        scoredLabels = labels;
        Gradient gradient = new DefaultGradient();
        INDArray weightGrad = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        INDArray in = input.castTo(weightGrad.dataType());
        if (weightGrad.ordering() == 'f') {
            // A model saved with DL4J's column-major W: dWᵀ = deltaᵀ · input into the c-ordered transpose, which
            // BLAS streams faster than inputᵀ · delta into the f-ordered view.
            Nd4j.gemm(delta, in, weightGrad.transpose(), true, false, 1.0, 0.0);
        } else {
            Nd4j.gemm(in, delta, weightGrad, true, false, 1.0, 0.0);
        }
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGrad);
        gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGrad);
        INDArray w = getParamWithNoise(DefaultParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        // delta · Wᵀ with a row-major W measured fastest into a column-major result (docs/NOTES.md).
        INDArray epsilonNext = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, delta.dataType(),
                new long[] {delta.size(0), w.size(0)}, w.ordering() == 'c' ? 'f' : 'c');
        Nd4j.gemm(delta, w, epsilonNext, false, true, 1.0, 0.0);
        return new Pair<>(gradient, backpropDropOutIfPresent(epsilonNext));
    }

    /**
     * The FLOAT path with the Vector API: per row, one bulk copy out of the logits, bias, softmax, loss and
     * {@code p − 1} at the target in SIMD lanes on a Java array, the row added to its part's column sums while it
     * is in cache, one bulk copy back; rows split over the cores. Several times faster than ND4J's softmax op
     * plus the bias broadcast over a large vocabulary, and the bias gradient (the column sums) comes nearly free
     * instead of a {@code ones · delta} product (measurements: docs/NOTES.md, "Speed"). Returns the summed loss.
     */
    private static double softmaxDeltaInLanes(INDArray logits, INDArray bias, INDArray labels2d, INDArray biasGrad) {
        int rows = (int) logits.size(0);
        int cols = (int) logits.size(1);
        float[] b = new float[cols];
        Buffers.read(bias, b, cols);
        int[] targets = new int[rows];
        for (int r = 0; r < rows; r++) {
            targets[r] = (int) SparseSoftmaxCrossEntropy.target(labels2d, r, cols);
        }
        double[] losses = new double[rows];
        float[][] columnSums = new float[RowRanges.parts(rows, cols)][cols];
        int base = (int) logits.offset();
        RowRanges.run(rows, cols, (part, from, to) -> {
            java.nio.FloatBuffer buffer = HostMemory.floats(logits);
            float[] row = ROW.get();
            if (row.length < cols) {
                row = new float[cols];
                ROW.set(row);
            }
            float[] sums = columnSums[part];
            for (int r = from; r < to; r++) {
                buffer.get(base + r * cols, row, 0, cols);
                KERNELS.softmax(row, 0, b, cols);
                float p = row[targets[r]];
                losses[r] = -Math.log(Math.max(p, MIN_PROBABILITY));
                row[targets[r]] = p - 1f;
                buffer.put(base + r * cols, row, 0, cols);
                for (int c = 0; c < cols; c++) {
                    sums[c] += row[c];
                }
            }
        });
        float[] total = columnSums[0];
        for (int part = 1; part < columnSums.length; part++) {
            float[] sums = columnSums[part];
            for (int c = 0; c < cols; c++) {
                total[c] += sums[c];
            }
        }
        Buffers.write(total, biasGrad, cols);
        double sum = 0;
        for (double loss : losses) {
            sum += loss;
        }
        return sum;
    }

    private INDArray ones(long n, DataType type) {
        if (onesRow == null || onesRow.length() != n || onesRow.dataType() != type) {
            onesRow = Buffers.detached(type, 1, n).assign(1.0);
        }
        return onesRow;
    }

    /**
     * Logits = input · W + b with one BLAS product. DL4J's own path ({@code mmuli} into a c-ordered result)
     * measured four to five times slower for a {@code [512, 128] × [128, 15k]} product (docs/NOTES.md).
     */
    @Override
    protected INDArray preOutput(boolean training, LayerWorkspaceMgr workspaceMgr) {
        return logits(training, workspaceMgr, true);
    }

    private INDArray logits(boolean training, LayerWorkspaceMgr workspaceMgr, boolean addBias) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray w = getParamWithNoise(DefaultParamInitializer.WEIGHT_KEY, training, workspaceMgr);
        INDArray in = input.castTo(w.dataType());
        if (in.rank() != 2 || in.size(1) != w.size(0)) {
            throw new IllegalStateException("SoftmaxOutput expects input [batch, " + w.size(0) + "], got "
                    + java.util.Arrays.toString(in.shape()));
        }
        INDArray logits = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, w.dataType(),
                new long[] {in.size(0), w.size(1)}, 'c');
        Nd4j.gemm(in, w, logits, false, false, 1.0, 0.0);
        if (addBias) {
            logits.addiRowVector(getParamWithNoise(DefaultParamInitializer.BIAS_KEY, training, workspaceMgr));
        }
        return logits;
    }

    /** The loss of the last backprop when it was for this input and these labels; computed afresh otherwise. */
    @Override
    public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (training && input != null && input == scoredInput && labels == scoredLabels) {
            scoredInput = null;
            scoredLabels = null;
            double s = lossSum;
            if (conf().isMiniBatch()) {
                s /= getInputMiniBatchSize();
            }
            this.score = s + fullNetRegTerm;
            return this.score;
        }
        return super.computeScore(fullNetRegTerm, training, workspaceMgr);
    }
}
