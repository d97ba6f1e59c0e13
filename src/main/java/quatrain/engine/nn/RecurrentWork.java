package quatrain.engine.nn;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The arithmetic of {@link FusedRecurrentLayer}: buffers sized for one minibatch shape and reused, forward and
 * backward through time. Gate blocks: GRU [r | z | n] (reset applied after the recurrent product, as PyTorch);
 * LSTM [a | f | o | i] as DL4J (a = tanh block input, then forget, output and input gates).
 *
 * <p>Rows of {@code xp}/{@code dxp} are {@code b·time + t} (the input's row order); every other per-step array
 * is {@code t·batch + b}, so one time step is a contiguous block. {@code hh} holds the step's recurrent product
 * and, once the step has run, its pre-activations.
 */
final class RecurrentWork {
    private final Kernels act;
    private boolean gru;
    private int batch;
    private int time;
    private int nIn;
    private int n;
    private int gn;
    private DataType type;
    private INDArray source;
    private long forwards;

    private float[] xp;
    private float[] hh;
    private float[] h;
    /** GRU: r, z, candidate, recurrent candidate term. LSTM: a, f, o, i. */
    private float[] g1;
    private float[] g2;
    private float[] g3;
    private float[] g4;
    private float[] cell;
    private float[] tanhCell;
    private float[] dxp;
    /** Gradient at the recurrent product's output for the current step, rows b. */
    private float[] dhhStep;
    private float[] recurrentSums;
    private float[] dh;
    private float[] dc;
    private float[] eps;
    private float[] sums;
    /** The input's rows as token ids when every row is one-hot, else null (see {@link #forward}). */
    private int[] inputIds;
    private int[] ids;
    /** {@code [nIn, gn]} scratch for one-hot input: W's rows forward, their gradient backward. */
    private float[] byToken;

    private INDArray xpArr;
    private INDArray hPrev;
    private INDArray hhArr;
    private INDArray dhh;
    private INDArray dhPrev;
    private INDArray dxpArr;

    RecurrentWork() {
        this(Kernels.best());
    }

    RecurrentWork(Kernels act) {
        this.act = act;
    }

    void prepare(boolean isGru, int b, int t, int in, int units, DataType dataType) {
        if (xp != null && isGru == gru && b == batch && t == time && in == nIn && units == n && dataType == type) {
            return;
        }
        gru = isGru;
        batch = b;
        time = t;
        nIn = in;
        n = units;
        gn = (isGru ? 3 : 4) * units;
        type = dataType;
        int bn = b * units;
        xp = new float[b * t * gn];
        hh = new float[b * gn];
        h = new float[(t + 1) * bn];
        g1 = new float[t * bn];
        g2 = new float[t * bn];
        g3 = new float[t * bn];
        g4 = new float[t * bn];
        cell = isGru ? null : new float[(t + 1) * bn];
        tanhCell = isGru ? null : new float[t * bn];
        dxp = new float[b * t * gn];
        dhhStep = new float[b * gn];
        recurrentSums = new float[gn];
        dh = new float[bn];
        dc = new float[bn];
        eps = new float[b * t * units];
        sums = new float[gn];
        ids = new int[b * t];
        byToken = new float[in * gn];
        xpArr = Buffers.detached(dataType, (long) b * t, gn);
        hPrev = Buffers.detached(dataType, b, units);
        hhArr = Buffers.detached(dataType, b, gn);
        dhh = Buffers.detached(dataType, b, gn);
        dhPrev = Buffers.detached(dataType, b, units);
        dxpArr = Buffers.detached(dataType, (long) b * t, gn);
        source = null;
    }

    /**
     * Whether the cached forward values belong to {@code in}: by identity, as DL4J 1.0.0-M2.1 hands a layer's
     * {@code backpropGradient} the very input array its {@code activate} got ({@code FusedForwardReuseTest} fails,
     * naming this, when a DL4J stops doing so: then every minibatch runs its forward pass twice).
     */
    boolean matches(INDArray in) {
        return source == in;
    }

    /** Forward passes run so far (one per minibatch in training when the cache holds). */
    long forwards() {
        return forwards;
    }

    /**
     * Forward through time. When every input row is one-hot (characters), the input projection {@code x · W} is
     * a copy of one row of W per row, and backward's {@code dW = xᵀ · dxp} adds each row's gate gradients to its
     * token's row: the same numbers as the products, with no product over the one-hot width.
     */
    void forward(INDArray in, INDArray w, INDArray rw, INDArray bias, INDArray recurrentBias) {
        forwards++;
        INDArray rows = in.reshape('c', new long[] {(long) batch * time, nIn});
        inputIds = oneHotIds(rows);
        if (inputIds != null) {
            Buffers.read(w, byToken, nIn * gn);
            for (int r = 0; r < inputIds.length; r++) {
                System.arraycopy(byToken, inputIds[r] * gn, xp, r * gn, gn);
            }
        } else {
            Blas.gemm(rows, w, xpArr, false, false, 1.0, 0.0);
            Buffers.read(xpArr, xp, xp.length);
        }
        // Biases join the pre-activations in the step loops. GRU: r and z take both biases; the candidate takes
        // its input bias outside the reset gate and its recurrent bias inside (rb below).
        float[] gateBias = row(bias);
        float[] rb = recurrentBias == null ? null : row(recurrentBias);
        if (rb != null) {
            for (int k = 0; k < 2 * n; k++) {
                gateBias[k] += rb[k];
            }
        }
        int bn = batch * n;
        Arrays.fill(h, 0, bn, 0f);
        if (cell != null) {
            Arrays.fill(cell, 0, bn, 0f);
        }
        for (int t = 0; t < time; t++) {
            if (t == 0) {
                Arrays.fill(hh, 0f);
            } else {
                Buffers.write(h, t * bn, hPrev, bn);
                Blas.gemm(hPrev, rw, hhArr, false, false, 1.0, 0.0);
                Buffers.read(hhArr, hh, hh.length);
            }
            if (gru) {
                gruStep(t, gateBias, rb);
            } else {
                lstmStep(t, gateBias);
            }
        }
        source = in;
    }

    /**
     * One GRU step for every row: pre-activations summed into {@code hh} in place, then each gate block as one
     * run of {@link Kernels} and plain loops the JIT vectorises.
     */
    private void gruStep(int t, float[] gateBias, float[] rb) {
        int bn = batch * n;
        RowRanges.run(batch, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                int x = (b * time + t) * gn;
                int r = b * gn;
                int at = t * bn + b * n;
                int next = at + bn;
                for (int k = 0; k < 2 * n; k++) {
                    hh[r + k] += xp[x + k] + gateBias[k];
                }
                act.sigmoid(hh, r, g1, at, n);
                act.sigmoid(hh, r + n, g2, at, n);
                int c = r + 2 * n;
                for (int j = 0; j < n; j++) {
                    float hn = hh[c + j] + rb[2 * n + j];
                    g4[at + j] = hn;
                    hh[c + j] = xp[x + 2 * n + j] + gateBias[2 * n + j] + g1[at + j] * hn;
                }
                act.tanh(hh, c, g3, at, n);
                for (int j = 0; j < n; j++) {
                    h[next + j] = g3[at + j] + g2[at + j] * (h[at + j] - g3[at + j]);
                }
            }
        });
    }

    /** One LSTM step for every row, arranged as {@link #gruStep}. */
    private void lstmStep(int t, float[] gateBias) {
        int bn = batch * n;
        RowRanges.run(batch, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                int x = (b * time + t) * gn;
                int r = b * gn;
                int at = t * bn + b * n;
                int next = at + bn;
                for (int k = 0; k < gn; k++) {
                    hh[r + k] += xp[x + k] + gateBias[k];
                }
                act.tanh(hh, r, g1, at, n);
                act.sigmoid(hh, r + n, g2, at, n);
                act.sigmoid(hh, r + 2 * n, g3, at, n);
                act.sigmoid(hh, r + 3 * n, g4, at, n);
                for (int j = 0; j < n; j++) {
                    cell[next + j] = g2[at + j] * cell[at + j] + g4[at + j] * g1[at + j];
                }
                act.tanh(cell, next, tanhCell, at, n);
                for (int j = 0; j < n; j++) {
                    h[next + j] = g3[at + j] * tanhCell[at + j];
                }
            }
        });
    }

    /** The last state {@code [batch, n]}, or every state {@code [batch, time, n]}. */
    void writeOutput(INDArray out, boolean sequences) {
        int bn = batch * n;
        if (!sequences) {
            Buffers.write(h, time * bn, out, bn);
            return;
        }
        float[] seq = eps;
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                System.arraycopy(h, (t + 1) * bn + b * n, seq, (b * time + t) * n, n);
            }
        }
        Buffers.write(seq, out, batch * time * n);
    }

    void backward(INDArray epsilon, boolean sequences, INDArray in, INDArray w, INDArray rw, INDArray dW, INDArray dRW,
            INDArray db, INDArray dRB, INDArray dIn) {
        int bn = batch * n;
        Buffers.read(epsilon, eps, sequences ? batch * time * n : bn);
        Arrays.fill(dh, 0f);
        Arrays.fill(dc, 0f);
        Arrays.fill(recurrentSums, 0f);
        for (int t = time - 1; t >= 0; t--) {
            addIncomingError(t, sequences);
            if (gru) {
                gruBack(t);
            } else {
                lstmBack(t);
            }
            if (dRB != null) {
                addRowSums(dhhStep, batch, recurrentSums);
            }
            if (t > 0) {
                // dL/dh_{t-1} through RW, and this step's share of dRW = h_{t-1}ᵀ · dhh (the state before step 0
                // is zero, so step 0 adds nothing).
                Buffers.write(dhhStep, dhh, batch * gn);
                Blas.gemm(dhh, rw, dhPrev, false, true, 1.0, 0.0);
                Buffers.write(h, t * bn, hPrev, bn);
                Blas.gemm(hPrev, dhh, dRW, true, false, 1.0, t == time - 1 ? 0.0 : 1.0);
                float[] partial = dh;
                float[] fromProduct = hh;
                Buffers.read(dhPrev, fromProduct, bn);
                for (int k = 0; k < bn; k++) {
                    partial[k] += fromProduct[k];
                }
            }
        }
        if (time == 1) {
            dRW.assign(0);
        }
        if (inputIds == null || dIn != null) {
            Buffers.write(dxp, dxpArr, dxp.length);
        }
        if (inputIds != null) {
            float[] sum = byToken;
            Arrays.fill(sum, 0f);
            for (int r = 0; r < inputIds.length; r++) {
                int to = inputIds[r] * gn;
                int from = r * gn;
                for (int k = 0; k < gn; k++) {
                    sum[to + k] += dxp[from + k];
                }
            }
            Buffers.write(sum, dW, nIn * gn);
        } else {
            Blas.gemm(in.reshape('c', new long[] {(long) batch * time, nIn}), dxpArr, dW, true, false, 1.0, 0.0);
        }
        Arrays.fill(sums, 0f);
        addRowSums(dxp, batch * time, sums);
        Buffers.write(sums, db, gn);
        if (dRB != null) {
            Buffers.write(recurrentSums, dRB, gn);
        }
        if (dIn != null) {
            Blas.gemm(dxpArr, w, dIn.reshape('c', new long[] {(long) batch * time, nIn}), false, true, 1.0, 0.0);
        }
    }

    /**
     * The token id of every row of {@code rows} ({@code [batch·time, nIn]}, contiguous) when each row holds
     * exactly one 1 and otherwise zeros; null as soon as a row does not (hidden states fail on the first row).
     */
    private int[] oneHotIds(INDArray rows) {
        int count = batch * time;
        int at = (int) rows.offset();
        java.nio.FloatBuffer floats = rows.dataType() == DataType.FLOAT ? HostMemory.floats(rows) : null;
        java.nio.DoubleBuffer doubles = floats == null ? HostMemory.doubles(rows) : null;
        for (int r = 0; r < count; r++) {
            int id = -1;
            int base = at + r * nIn;
            for (int j = 0; j < nIn; j++) {
                double v = floats != null ? floats.get(base + j) : doubles.get(base + j);
                if (v == 0) {
                    continue;
                }
                if (v != 1 || id >= 0) {
                    return null;
                }
                id = j;
            }
            if (id < 0) {
                return null;
            }
            ids[r] = id;
        }
        return ids;
    }

    private void addIncomingError(int t, boolean sequences) {
        if (sequences) {
            for (int b = 0; b < batch; b++) {
                int from = (b * time + t) * n;
                int to = b * n;
                for (int j = 0; j < n; j++) {
                    dh[to + j] += eps[from + j];
                }
            }
        } else if (t == time - 1) {
            System.arraycopy(eps, 0, dh, 0, batch * n);
        }
    }

    /** Gate gradients at step t; leaves dh = the part of dL/dh_{t-1} that does not go through RW. */
    private void gruBack(int t) {
        int bn = batch * n;
        RowRanges.run(batch, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                int at = t * bn + b * n;
                int x = (b * time + t) * gn;
                int rRow = b * gn;
                for (int j = 0; j < n; j++) {
                    float d = dh[b * n + j];
                    float r = g1[at + j];
                    float z = g2[at + j];
                    float c = g3[at + j];
                    float hn = g4[at + j];
                    float hp = h[at + j];
                    float dnPre = d * (1 - z) * (1 - c * c);
                    float drPre = dnPre * hn * r * (1 - r);
                    float dzPre = d * (hp - c) * z * (1 - z);
                    dxp[x + j] = drPre;
                    dxp[x + n + j] = dzPre;
                    dxp[x + 2 * n + j] = dnPre;
                    dhhStep[rRow + j] = drPre;
                    dhhStep[rRow + n + j] = dzPre;
                    dhhStep[rRow + 2 * n + j] = dnPre * r;
                    dh[b * n + j] = d * z;
                }
            }
        });
    }

    private void lstmBack(int t) {
        int bn = batch * n;
        RowRanges.run(batch, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                int at = t * bn + b * n;
                int x = (b * time + t) * gn;
                int rRow = b * gn;
                for (int j = 0; j < n; j++) {
                    float d = dh[b * n + j];
                    float a = g1[at + j];
                    float f = g2[at + j];
                    float o = g3[at + j];
                    float i = g4[at + j];
                    float tc = tanhCell[at + j];
                    float dcTotal = dc[b * n + j] + d * o * (1 - tc * tc);
                    float daPre = dcTotal * i * (1 - a * a);
                    float dfPre = dcTotal * cell[at + j] * f * (1 - f);
                    float doPre = d * tc * o * (1 - o);
                    float diPre = dcTotal * a * i * (1 - i);
                    dxp[x + j] = daPre;
                    dxp[x + n + j] = dfPre;
                    dxp[x + 2 * n + j] = doPre;
                    dxp[x + 3 * n + j] = diPre;
                    dhhStep[rRow + j] = daPre;
                    dhhStep[rRow + n + j] = dfPre;
                    dhhStep[rRow + 2 * n + j] = doPre;
                    dhhStep[rRow + 3 * n + j] = diPre;
                    dc[b * n + j] = dcTotal * f;
                    dh[b * n + j] = 0;
                }
            }
        });
    }

    /** {@code sums[k] += Σ_r rows[r·gn + k]} over the first {@code count} rows. */
    private void addRowSums(float[] rows, int count, float[] target) {
        for (int r = 0; r < count; r++) {
            int base = r * gn;
            for (int k = 0; k < gn; k++) {
                target[k] += rows[base + k];
            }
        }
    }

    private float[] row(INDArray vector) {
        float[] v = new float[gn];
        Buffers.read(vector, v, gn);
        return v;
    }
}
