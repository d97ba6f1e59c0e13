package quatrain.engine.data;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.engine.nn.HostMemory;

/**
 * Reusable feature and label arrays for minibatches of windows. Features are token ids {@code [batch, time]}
 * for an embedding layer, or one-hot {@code [batch, time, vocabulary]} (NWC); labels are target ids
 * {@code [batch, 1]} for the sparse cross-entropy loss, or {@code [time·batch, 1]} (row t·batch + b) when every
 * step is a target: the order in which DL4J's {@code RnnToFeedForwardPreProcessor} lays the recurrent output's
 * positions out as rows for the output layer (an 'f'-order reshape, batch index fastest; docs/NOTES.md). Arrays are allocated once per batch size and filled
 * through their native buffers, so a minibatch costs no allocation.
 */
public final class BatchBuffers {
    private final WindowSet windows;
    private final int length;
    private final int vocabularySize;
    private final boolean oneHot;
    private final boolean everyStep;
    private int cachedSize = -1;
    private INDArray features;
    private INDArray labels;
    private float[] featureStage;
    private float[] labelStage;
    private int[] contexts;
    private int[] targets;

    public BatchBuffers(WindowSet windows, int vocabularySize, boolean oneHot) {
        this(windows, vocabularySize, oneHot, false);
    }

    public BatchBuffers(WindowSet windows, int vocabularySize, boolean oneHot, boolean everyStep) {
        this(windows, windows.length(), vocabularySize, oneHot, everyStep);
    }

    private BatchBuffers(WindowSet windows, int length, int vocabularySize, boolean oneHot, boolean everyStep) {
        this.windows = windows;
        this.length = length;
        this.vocabularySize = vocabularySize;
        this.oneHot = oneHot;
        this.everyStep = everyStep;
    }

    /** Buffers for windows cut elsewhere ({@link WindowSet#copy}), filled by {@link #fill(int[], int[], int)}. */
    public static BatchBuffers forCopies(int length, int vocabularySize, boolean oneHot, boolean everyStep) {
        return new BatchBuffers(null, length, vocabularySize, oneHot, everyStep);
    }

    /** Fills the buffers with windows {@code order[from .. from+count)}; returns nothing, read the getters. */
    public void fill(int[] order, int from, int count) {
        fill(WindowOrder.of(order), from, count);
    }

    /** Fills the buffers with the windows {@code order} visits at {@code from .. from+count)}. */
    public void fill(WindowOrder order, int from, int count) {
        ensure(count);
        windows.copy(order, from, count, contexts, targets);
        stage(count);
    }

    /**
     * Fills the buffers with {@code count} windows as {@link WindowSet#copy} wrote them: contexts {@code [count,
     * length]} row after row, and their targets.
     */
    public void fill(int[] contexts, int[] targets, int count) {
        ensure(count);
        System.arraycopy(contexts, 0, this.contexts, 0, count * length);
        System.arraycopy(targets, 0, this.targets, 0, count);
        stage(count);
    }

    private void stage(int count) {
        if (oneHot) {
            java.util.Arrays.fill(featureStage, 0f);
        }
        for (int b = 0; b < count; b++) {
            int row = b * length;
            for (int t = 0; t < length; t++) {
                int token = contexts[row + t];
                if (oneHot) {
                    featureStage[(row + t) * vocabularySize + token] = 1f;
                } else {
                    featureStage[row + t] = token;
                }
                if (everyStep) {
                    labelStage[t * count + b] = t + 1 < length ? contexts[row + t + 1] : targets[b];
                }
            }
            if (!everyStep) {
                labelStage[b] = targets[b];
            }
        }
        FloatBuffer fb = HostMemory.floats(features);
        fb.position(0);
        fb.put(featureStage, 0, count * length * (oneHot ? vocabularySize : 1));
        FloatBuffer lb = HostMemory.floats(labels);
        lb.position(0);
        lb.put(labelStage, 0, labelStage.length);
    }

    private void ensure(int count) {
        if (count == cachedSize) {
            return;
        }
        features = oneHot ? Nd4j.createUninitializedDetached(DataType.FLOAT, count, length, vocabularySize)
                : Nd4j.createUninitializedDetached(DataType.FLOAT, count, length);
        int rows = everyStep ? count * length : count;
        labels = Nd4j.createUninitializedDetached(DataType.FLOAT, rows, 1);
        featureStage = new float[(int) features.length()];
        labelStage = new float[rows];
        contexts = new int[count * length];
        targets = new int[count];
        cachedSize = count;
    }

    public INDArray features() {
        return features;
    }

    public INDArray labels() {
        return labels;
    }

    /** Target id of label row {@code row} of the current batch (b, or t·batch + b for every-step). */
    public int label(int row) {
        return (int) labelStage[row];
    }

    /** Label rows of the current batch. */
    public int labelRows() {
        return labelStage.length;
    }
}
