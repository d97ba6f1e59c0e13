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
 * is {@code t·batch + b}, so one time step is a contiguous block.
 */
final class RecurrentWork {
    private boolean gru;
    private int batch;
    private int time;
    private int nIn;
    private int n;
    private int gn;
    private DataType type;
    private INDArray source;

    private double[] xp;
    private double[] hh;
    private double[] h;
    /** GRU: r, z, candidate, recurrent candidate term. LSTM: a, f, o, i. */
    private double[] g1;
    private double[] g2;
    private double[] g3;
    private double[] g4;
    private double[] cell;
    private double[] tanhCell;
    private double[] dxp;
    private double[] dhhAll;
    private double[] dh;
    private double[] dc;
    private double[] eps;
    private double[] sums;

    private INDArray xpArr;
    private INDArray hPrev;
    private INDArray hhArr;
    private INDArray dhh;
    private INDArray dhPrev;
    private INDArray dxpArr;
    private INDArray hAll;
    private INDArray dhhAllArr;

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
        xp = new double[b * t * gn];
        hh = new double[b * gn];
        h = new double[(t + 1) * bn];
        g1 = new double[t * bn];
        g2 = new double[t * bn];
        g3 = new double[t * bn];
        g4 = new double[t * bn];
        cell = isGru ? null : new double[(t + 1) * bn];
        tanhCell = isGru ? null : new double[t * bn];
        dxp = new double[b * t * gn];
        dhhAll = new double[t * b * gn];
        dh = new double[bn];
        dc = new double[bn];
        eps = new double[b * t * units];
        sums = new double[gn];
        xpArr = Buffers.detached(dataType, (long) b * t, gn);
        hPrev = Buffers.detached(dataType, b, units);
        hhArr = Buffers.detached(dataType, b, gn);
        dhh = Buffers.detached(dataType, b, gn);
        dhPrev = Buffers.detached(dataType, b, units);
        dxpArr = Buffers.detached(dataType, (long) b * t, gn);
        hAll = Buffers.detached(dataType, (long) t * b, units);
        dhhAllArr = Buffers.detached(dataType, (long) t * b, gn);
        source = null;
    }

    /** Whether the cached forward values belong to {@code in}. */
    boolean matches(INDArray in) {
        return source == in;
    }

    void forward(INDArray in, INDArray w, INDArray rw, INDArray bias, INDArray recurrentBias) {
        Blas.gemm(in.reshape('c', new long[] {(long) batch * time, nIn}), w, xpArr, false, false, 1.0, 0.0);
        Buffers.read(xpArr, xp, xp.length);
        double[] b = row(bias);
        for (int r = 0; r < batch * time; r++) {
            int base = r * gn;
            for (int k = 0; k < gn; k++) {
                xp[base + k] += b[k];
            }
        }
        double[] rb = recurrentBias == null ? null : row(recurrentBias);
        int bn = batch * n;
        Arrays.fill(h, 0, bn, 0.0);
        if (cell != null) {
            Arrays.fill(cell, 0, bn, 0.0);
        }
        for (int t = 0; t < time; t++) {
            if (t == 0) {
                Arrays.fill(hh, 0.0);
            } else {
                Buffers.write(h, t * bn, hPrev, bn);
                Blas.gemm(hPrev, rw, hhArr, false, false, 1.0, 0.0);
                Buffers.read(hhArr, hh, hh.length);
            }
            if (gru) {
                gruStep(t, rb);
            } else {
                lstmStep(t);
            }
        }
        source = in;
    }

    private void gruStep(int t, double[] rb) {
        int bn = batch * n;
        RowRanges.run(batch, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                int x = (b * time + t) * gn;
                int r = b * gn;
                int at = t * bn + b * n;
                int next = at + bn;
                for (int j = 0; j < n; j++) {
                    double hn = hh[r + 2 * n + j] + rb[2 * n + j];
                    double rg = Buffers.sigmoid(xp[x + j] + hh[r + j] + rb[j]);
                    double zg = Buffers.sigmoid(xp[x + n + j] + hh[r + n + j] + rb[n + j]);
                    double c = Buffers.tanh(xp[x + 2 * n + j] + rg * hn);
                    g1[at + j] = rg;
                    g2[at + j] = zg;
                    g3[at + j] = c;
                    g4[at + j] = hn;
                    h[next + j] = c + zg * (h[at + j] - c);
                }
            }
        });
    }

    private void lstmStep(int t) {
        int bn = batch * n;
        RowRanges.run(batch, n, (from, to) -> {
            for (int b = from; b < to; b++) {
                int x = (b * time + t) * gn;
                int r = b * gn;
                int at = t * bn + b * n;
                int next = at + bn;
                for (int j = 0; j < n; j++) {
                    double a = Buffers.tanh(xp[x + j] + hh[r + j]);
                    double f = Buffers.sigmoid(xp[x + n + j] + hh[r + n + j]);
                    double o = Buffers.sigmoid(xp[x + 2 * n + j] + hh[r + 2 * n + j]);
                    double i = Buffers.sigmoid(xp[x + 3 * n + j] + hh[r + 3 * n + j]);
                    double c = f * cell[at + j] + i * a;
                    g1[at + j] = a;
                    g2[at + j] = f;
                    g3[at + j] = o;
                    g4[at + j] = i;
                    double tc = Buffers.tanh(c);
                    cell[next + j] = c;
                    tanhCell[at + j] = tc;
                    h[next + j] = o * tc;
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
        double[] seq = eps;
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
        Arrays.fill(dh, 0.0);
        Arrays.fill(dc, 0.0);
        for (int t = time - 1; t >= 0; t--) {
            addIncomingError(t, sequences);
            if (gru) {
                gruBack(t);
            } else {
                lstmBack(t);
            }
            if (t > 0) {
                Buffers.write(dhhAll, t * batch * gn, dhh, batch * gn);
                Blas.gemm(dhh, rw, dhPrev, false, true, 1.0, 0.0);
                double[] partial = dh;
                double[] fromProduct = hh;
                Buffers.read(dhPrev, fromProduct, bn);
                for (int k = 0; k < bn; k++) {
                    partial[k] += fromProduct[k];
                }
            }
        }
        Buffers.write(dxp, dxpArr, dxp.length);
        Blas.gemm(in.reshape('c', new long[] {(long) batch * time, nIn}), dxpArr, dW, true, false, 1.0, 0.0);
        columnSums(dxp, batch * time, db);
        Buffers.write(h, 0, hAll, time * bn);
        Buffers.write(dhhAll, dhhAllArr, dhhAll.length);
        Blas.gemm(hAll, dhhAllArr, dRW, true, false, 1.0, 0.0);
        if (dRB != null) {
            columnSums(dhhAll, time * batch, dRB);
        }
        Blas.gemm(dxpArr, w, dIn.reshape('c', new long[] {(long) batch * time, nIn}), false, true, 1.0, 0.0);
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
                int rRow = (t * batch + b) * gn;
                for (int j = 0; j < n; j++) {
                    double d = dh[b * n + j];
                    double r = g1[at + j];
                    double z = g2[at + j];
                    double c = g3[at + j];
                    double hn = g4[at + j];
                    double hp = h[at + j];
                    double dnPre = d * (1 - z) * (1 - c * c);
                    double drPre = dnPre * hn * r * (1 - r);
                    double dzPre = d * (hp - c) * z * (1 - z);
                    dxp[x + j] = drPre;
                    dxp[x + n + j] = dzPre;
                    dxp[x + 2 * n + j] = dnPre;
                    dhhAll[rRow + j] = drPre;
                    dhhAll[rRow + n + j] = dzPre;
                    dhhAll[rRow + 2 * n + j] = dnPre * r;
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
                int rRow = (t * batch + b) * gn;
                for (int j = 0; j < n; j++) {
                    double d = dh[b * n + j];
                    double a = g1[at + j];
                    double f = g2[at + j];
                    double o = g3[at + j];
                    double i = g4[at + j];
                    double tc = tanhCell[at + j];
                    double dcTotal = dc[b * n + j] + d * o * (1 - tc * tc);
                    double daPre = dcTotal * i * (1 - a * a);
                    double dfPre = dcTotal * cell[at + j] * f * (1 - f);
                    double doPre = d * tc * o * (1 - o);
                    double diPre = dcTotal * a * i * (1 - i);
                    dxp[x + j] = daPre;
                    dxp[x + n + j] = dfPre;
                    dxp[x + 2 * n + j] = doPre;
                    dxp[x + 3 * n + j] = diPre;
                    dhhAll[rRow + j] = daPre;
                    dhhAll[rRow + n + j] = dfPre;
                    dhhAll[rRow + 2 * n + j] = doPre;
                    dhhAll[rRow + 3 * n + j] = diPre;
                    dc[b * n + j] = dcTotal * f;
                    dh[b * n + j] = 0;
                }
            }
        });
    }

    private void columnSums(double[] rows, int count, INDArray target) {
        Arrays.fill(sums, 0.0);
        for (int r = 0; r < count; r++) {
            int base = r * gn;
            for (int k = 0; k < gn; k++) {
                sums[k] += rows[base + k];
            }
        }
        Buffers.write(sums, target, gn);
    }

    private double[] row(INDArray vector) {
        double[] v = new double[gn];
        Buffers.read(vector, v, gn);
        return v;
    }
}
