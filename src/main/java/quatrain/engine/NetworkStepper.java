package quatrain.engine;

import java.util.Arrays;

import quatrain.core.generate.TokenStepper;

/**
 * One recurrent state of a trained network, stepped one token at a time in plain Java on copied weights:
 * {@link #advance} feeds a token through the recurrent layers, {@link #logits} reads the output layer.
 */
final class NetworkStepper implements TokenStepper {
    private final StepperWeights w;
    private final float[][] h;
    private final float[][] c;
    private final float[][] gx;
    private final float[][] gh;
    private final float[] logits;

    NetworkStepper(StepperWeights weights) {
        this.w = weights;
        int layers = weights.cells().size();
        h = new float[layers][];
        c = new float[layers][];
        gx = new float[layers][];
        gh = new float[layers][];
        for (int l = 0; l < layers; l++) {
            StepperWeights.Cell cell = weights.cells().get(l);
            h[l] = new float[cell.units()];
            c[l] = new float[cell.units()];
            gx[l] = new float[(cell.gru() ? 3 : 4) * cell.units()];
            gh[l] = new float[gx[l].length];
        }
        logits = new float[weights.vocabularySize()];
    }

    @Override
    public float[] step(int token) {
        advance(token);
        return logits();
    }

    /** Back to the zero state. */
    void reset() {
        for (int l = 0; l < h.length; l++) {
            Arrays.fill(h[l], 0f);
            Arrays.fill(c[l], 0f);
        }
    }

    /** Feeds one token through the recurrent layers. */
    void advance(int token) {
        float[] input = null;
        for (int l = 0; l < h.length; l++) {
            StepperWeights.Cell cell = w.cells().get(l);
            float[] x = gx[l];
            System.arraycopy(cell.bx(), 0, x, 0, x.length);
            if (l == 0 && w.embedding() == null) {
                addRow(cell.wx(), token, x);
            } else if (l == 0) {
                matVec(w.embedding(), token * w.embeddingSize(), w.embeddingSize(), cell.wx(), x);
            } else {
                matVec(input, 0, input.length, cell.wx(), x);
            }
            if (cell.gru()) {
                gru(cell, h[l], x, gh[l]);
            } else {
                lstm(cell, h[l], c[l], x, gh[l]);
            }
            input = h[l];
        }
    }

    /** The output layer's logits for the current state. */
    float[] logits() {
        float[] top = h[h.length - 1];
        System.arraycopy(w.outB(), 0, logits, 0, logits.length);
        matVec(top, 0, top.length, w.outW(), logits);
        return logits;
    }

    private static void gru(StepperWeights.Cell cell, float[] h, float[] x, float[] hh) {
        int n = cell.units();
        System.arraycopy(cell.bh(), 0, hh, 0, hh.length);
        matVec(h, 0, n, cell.wh(), hh);
        for (int j = 0; j < n; j++) {
            float r = sigmoid(x[j] + hh[j]);
            float z = sigmoid(x[n + j] + hh[n + j]);
            float cand = (float) Math.tanh(x[2 * n + j] + r * hh[2 * n + j]);
            h[j] = cand + z * (h[j] - cand);
        }
    }

    /** DL4J's LSTM layout: [block input (tanh) | forget | output | input gate], no peepholes. */
    private static void lstm(StepperWeights.Cell cell, float[] h, float[] c, float[] x, float[] scratch) {
        int n = cell.units();
        Arrays.fill(scratch, 0f);
        matVec(h, 0, n, cell.wh(), scratch);
        for (int j = 0; j < n; j++) {
            float a = (float) Math.tanh(x[j] + scratch[j]);
            float f = sigmoid(x[n + j] + scratch[n + j]);
            float o = sigmoid(x[2 * n + j] + scratch[2 * n + j]);
            float i = sigmoid(x[3 * n + j] + scratch[3 * n + j]);
            c[j] = f * c[j] + i * a;
            h[j] = o * (float) Math.tanh(c[j]);
        }
    }

    /** out += v[off..off+len) · M, where M is row-major with {@code out.length} columns. */
    private static void matVec(float[] v, int off, int len, float[] m, float[] out) {
        int cols = out.length;
        for (int i = 0; i < len; i++) {
            float vi = v[off + i];
            if (vi == 0f) {
                continue;
            }
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += vi * m[row + j];
            }
        }
    }

    private static void addRow(float[] m, int row, float[] out) {
        int cols = out.length;
        int base = row * cols;
        for (int j = 0; j < cols; j++) {
            out[j] += m[base + j];
        }
    }

    private static float sigmoid(float v) {
        return (float) (1.0 / (1.0 + Math.exp(-v)));
    }
}
