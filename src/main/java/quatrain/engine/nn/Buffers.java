package quatrain.engine.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

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
            FloatBuffer b = a.data().asNioFloat();
            for (int i = 0; i < n; i++) {
                dst[i] = b.get(off + i);
            }
        } else {
            DoubleBuffer b = a.data().asNioDouble();
            for (int i = 0; i < n; i++) {
                dst[i] = b.get(off + i);
            }
        }
    }

    /** {@code a's first n elements = src[0..n)}. */
    static void write(double[] src, INDArray a, int n) {
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            FloatBuffer b = a.data().asNioFloat();
            for (int i = 0; i < n; i++) {
                b.put(off + i, (float) src[i]);
            }
        } else {
            DoubleBuffer b = a.data().asNioDouble();
            for (int i = 0; i < n; i++) {
                b.put(off + i, src[i]);
            }
        }
    }

    /** Same as {@link #write(double[], INDArray, int)} starting at {@code from} in the source. */
    static void write(double[] src, int from, INDArray a, int n) {
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            FloatBuffer b = a.data().asNioFloat();
            for (int i = 0; i < n; i++) {
                b.put(off + i, (float) src[from + i]);
            }
        } else {
            DoubleBuffer b = a.data().asNioDouble();
            for (int i = 0; i < n; i++) {
                b.put(off + i, src[from + i]);
            }
        }
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
