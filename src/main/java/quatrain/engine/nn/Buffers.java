package quatrain.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies between contiguous ND4J arrays and Java {@code float[]}, through the arrays' native buffers: one bulk
 * copy for FLOAT, a conversion for DOUBLE. The gate maths runs on the Java side, in single precision.
 */
final class Buffers {
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);

    private Buffers() {
    }

    /** An array outside every workspace, reused across minibatches. */
    static INDArray detached(DataType type, long... shape) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createUninitializedDetached(type, shape);
        }
    }

    /** {@code dst[0..n) = a's first n elements} (a must be contiguous, c order). */
    static void read(INDArray a, float[] dst, int n) {
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            HostMemory.floats(a).get(off, dst, 0, n);
        } else {
            double[] d = scratch(n);
            HostMemory.doubles(a).get(off, d, 0, n);
            for (int i = 0; i < n; i++) {
                dst[i] = (float) d[i];
            }
        }
    }

    /** {@code a's first n elements = src[0..n)}. */
    static void write(float[] src, INDArray a, int n) {
        write(src, 0, a, n);
    }

    /** {@code a's first n elements = src[from..from+n)}. */
    static void write(float[] src, int from, INDArray a, int n) {
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            HostMemory.floats(a).put(off, src, from, n);
        } else {
            double[] d = scratch(n);
            for (int i = 0; i < n; i++) {
                d[i] = src[from + i];
            }
            HostMemory.doubles(a).put(off, d, 0, n);
        }
    }

    /** A double array of at least n elements, kept per thread (reads and writes run on the training thread). */
    private static double[] scratch(int n) {
        double[] d = SCRATCH.get();
        if (d.length < n) {
            d = new double[n];
            SCRATCH.set(d);
        }
        return d;
    }

    static boolean isContiguousC(INDArray a) {
        return a.ordering() == 'c' && Shape.hasDefaultStridesForShape(a);
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** tanh through one exp (Math.tanh is not an intrinsic; this is several times faster and as exact). */
    static float tanh(float x) {
        if (x > 20) {
            return 1f;
        }
        if (x < -20) {
            return -1f;
        }
        double e = Math.exp(2.0 * x);
        return (float) ((e - 1) / (e + 1));
    }
}
