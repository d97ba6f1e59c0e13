package quatrain.engine.nn;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LogSoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Softmax cross-entropy with integer labels {@code [batch, 1]}, computed in place on the output layer's
 * pre-activations: one softmax (or log-softmax) pass over {@code [batch, vocabulary]} and a Java loop over the
 * batch's targets. DL4J's {@code LossSparseMCXENT} builds a one-hot label array and several more arrays of the
 * full output size per minibatch, which dominates the time of word models with thousands of words.
 *
 * <p>Same values as {@code LossSparseMCXENT} with a softmax activation (without its 1e-10 probability clip:
 * the log-softmax never overflows). The pre-activation array passed in is overwritten, which is safe for
 * DL4J's output layers: they compute it afresh for each call.
 */
public class SparseSoftmaxCrossEntropy implements ILossFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        double sum = scores(labels, preOutput, activationFn, mask, null);
        return average ? sum / preOutput.size(0) : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray out = Nd4j.create(preOutput.dataType(), preOutput.size(0), 1);
        scores(labels, preOutput, activationFn, mask, out);
        return out;
    }

    /** Softmax minus the one-hot target, per example (DL4J divides by the batch size in the updater). */
    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        check(activationFn, mask, preOutput);
        Nd4j.exec(new SoftMax(preOutput, preOutput, -1));
        int rows = (int) preOutput.size(0);
        long cols = preOutput.size(1);
        for (int r = 0; r < rows; r++) {
            long i = r * cols + target(labels, r, cols);
            preOutput.putScalar(i, preOutput.getDouble(i) - 1.0);
        }
        return preOutput;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask, boolean average) {
        double score = computeScore(labels, preOutput.dup(), activationFn, mask, average);
        return new Pair<>(score, computeGradient(labels, preOutput, activationFn, mask));
    }

    /** Sum of -log p(target) over the batch; per-row values into {@code perRow} when given. */
    private static double scores(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            INDArray perRow) {
        check(activationFn, mask, preOutput);
        Nd4j.exec(new LogSoftMax(preOutput, preOutput));
        int rows = (int) preOutput.size(0);
        long cols = preOutput.size(1);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            double nll = -preOutput.getDouble(r * cols + target(labels, r, cols));
            sum += nll;
            if (perRow != null) {
                perRow.putScalar(r, nll);
            }
        }
        return sum;
    }

    /** The class id in a row of integer labels, checked against the number of classes. */
    static long target(INDArray labels, int row, long classes) {
        long t = (long) labels.getDouble(row);
        if (t < 0 || t >= classes) {
            throw new IllegalArgumentException("label " + t + " outside 0.." + (classes - 1));
        }
        return t;
    }

    private static void check(IActivation activationFn, INDArray mask, INDArray preOutput) {
        if (!(activationFn instanceof ActivationSoftmax)) {
            throw new IllegalStateException("SparseSoftmaxCrossEntropy needs a softmax output layer");
        }
        if (mask != null) {
            throw new UnsupportedOperationException("SparseSoftmaxCrossEntropy does not support masks");
        }
        if (preOutput.rank() != 2 || preOutput.ordering() != 'c' || preOutput.isView()) {
            throw new IllegalStateException("expected a [batch, classes] c-ordered array");
        }
    }

    @Override
    public String name() {
        return "SparseSoftmaxCrossEntropy";
    }

    @Override
    public String toString() {
        return name() + "()";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseSoftmaxCrossEntropy;
    }

    @Override
    public int hashCode() {
        return SparseSoftmaxCrossEntropy.class.hashCode();
    }
}
