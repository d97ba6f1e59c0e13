package quatrain.engine.data;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reusable feature and label arrays for minibatches of windows. Features are token ids {@code [batch, time]}
 * for an embedding layer, or one-hot {@code [batch, time, vocabulary]} (NWC); labels are target ids
 * {@code [batch, 1]} for the sparse cross-entropy loss. Arrays are allocated once per batch size and filled
 * through their native buffers, so a minibatch costs no allocation.
 */
public final class BatchBuffers {
    private final WindowSet windows;
    private final int vocabularySize;
    private final boolean oneHot;
    private int cachedSize = -1;
    private INDArray features;
    private INDArray labels;
    private float[] featureStage;
    private float[] labelStage;

    public BatchBuffers(WindowSet windows, int vocabularySize, boolean oneHot) {
        this.windows = windows;
        this.vocabularySize = vocabularySize;
        this.oneHot = oneHot;
    }

    /** Fills the buffers with windows {@code order[from .. from+count)}; returns nothing, read the getters. */
    public void fill(int[] order, int from, int count) {
        ensure(count);
        int length = windows.length();
        if (oneHot) {
            FloatBuffer fb = features.data().asNioFloat();
            java.util.Arrays.fill(featureStage, 0f);
            for (int b = 0; b < count; b++) {
                int w = order[from + b];
                for (int t = 0; t < length; t++) {
                    featureStage[(b * length + t) * vocabularySize + windows.contextToken(w, t)] = 1f;
                }
            }
            fb.position(0);
            fb.put(featureStage, 0, count * length * vocabularySize);
        } else {
            for (int b = 0; b < count; b++) {
                int w = order[from + b];
                for (int t = 0; t < length; t++) {
                    featureStage[b * length + t] = windows.contextToken(w, t);
                }
            }
            FloatBuffer fb = features.data().asNioFloat();
            fb.position(0);
            fb.put(featureStage, 0, count * length);
        }
        for (int b = 0; b < count; b++) {
            labelStage[b] = windows.target(order[from + b]);
        }
        FloatBuffer lb = labels.data().asNioFloat();
        lb.position(0);
        lb.put(labelStage, 0, count);
    }

    private void ensure(int count) {
        if (count == cachedSize) {
            return;
        }
        int length = windows.length();
        features = oneHot ? Nd4j.createUninitializedDetached(DataType.FLOAT, count, length, vocabularySize)
                : Nd4j.createUninitializedDetached(DataType.FLOAT, count, length);
        labels = Nd4j.createUninitializedDetached(DataType.FLOAT, count, 1);
        featureStage = new float[(int) features.length()];
        labelStage = new float[count];
        cachedSize = count;
    }

    public INDArray features() {
        return features;
    }

    public INDArray labels() {
        return labels;
    }

    /** Target id of row {@code b} of the current batch. */
    public int label(int b) {
        return (int) labelStage[b];
    }
}
