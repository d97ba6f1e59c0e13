package quatrain.engine.nn;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasColMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code C = alpha · op(A) · op(B) + beta · C} straight through OpenBLAS's {@code cblas_?gemm}, the library ND4J's CPU
 * backend links. {@link Nd4j#gemm} builds an {@code Mmul} custom op per call whose overhead (70–150 µs here) is as
 * large as the product itself for the recurrent layers' {@code [batch, n] × [n, 4n]} step products (docs/NOTES.md).
 * Takes 2-D arrays with default strides in either order, views into a larger buffer included (parameter views);
 * anything else, or mixed data types, goes to {@link Nd4j#gemm}.
 */
final class Blas {
    /** The CPU backend (nd4j-native) with OpenBLAS loadable: the CUDA one keeps arrays on the device. */
    private static final boolean CPU_OPENBLAS = Nd4j.getBackend().getClass().getName().contains("CpuBackend")
            && openBlasLoads();

    private Blas() {
    }

    static void gemm(INDArray a, INDArray b, INDArray c, boolean transA, boolean transB, double alpha, double beta) {
        DataType type = c.dataType();
        if (!plain(a, type) || !plain(b, type) || !plain(c, type) || !CPU_OPENBLAS) {
            Nd4j.gemm(a, b, c, transA, transB, alpha, beta);
            return;
        }
        long m = transA ? a.size(1) : a.size(0);
        long k = transA ? a.size(0) : a.size(1);
        long n = transB ? b.size(0) : b.size(1);
        if ((transB ? b.size(1) : b.size(0)) != k || c.size(0) != m || c.size(1) != n) {
            throw new IllegalArgumentException("gemm shapes do not match: " + java.util.Arrays.toString(a.shape())
                    + (transA ? "ᵀ" : "") + " × " + java.util.Arrays.toString(b.shape()) + (transB ? "ᵀ" : "") + " → "
                    + java.util.Arrays.toString(c.shape()));
        }
        if (m == 0 || n == 0) {
            return;
        }
        // The layout is C's; an operand stored in the other order is its own transpose in this layout.
        boolean rowMajor = c.ordering() == 'c';
        int layout = rowMajor ? CblasRowMajor : CblasColMajor;
        int opA = (transA ^ (a.ordering() != c.ordering())) ? CblasTrans : CblasNoTrans;
        int opB = (transB ^ (b.ordering() != c.ordering())) ? CblasTrans : CblasNoTrans;
        long lda = leading(a);
        long ldb = leading(b);
        long ldc = leading(c);
        if (type == DataType.FLOAT) {
            cblas_sgemm(layout, opA, opB, (int) m, (int) n, (int) k, (float) alpha, floats(a), (int) lda, floats(b),
                    (int) ldb, (float) beta, floats(c), (int) ldc);
        } else {
            cblas_dgemm(layout, opA, opB, (int) m, (int) n, (int) k, alpha, doubles(a), (int) lda, doubles(b),
                    (int) ldb, beta, doubles(c), (int) ldc);
        }
    }

    /** Distance between consecutive rows ('c') or columns ('f') as stored. */
    private static long leading(INDArray x) {
        return x.ordering() == 'c' ? Math.max(1, x.size(1)) : Math.max(1, x.size(0));
    }

    private static boolean plain(INDArray x, DataType type) {
        return x.rank() == 2 && x.dataType() == type && (type == DataType.FLOAT || type == DataType.DOUBLE)
                && Shape.hasDefaultStridesForShape(x) && x.offset() == x.data().offset() && x.length() < Integer.MAX_VALUE
                && x.size(0) < Integer.MAX_VALUE && x.size(1) < Integer.MAX_VALUE;
    }

    private static boolean openBlasLoads() {
        try {
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /* A view's buffer already starts at its first element (ND4J gives a view its own buffer with the offset applied). */
    private static FloatPointer floats(INDArray x) {
        return HostMemory.floatPointer(x);
    }

    private static DoublePointer doubles(INDArray x) {
        return HostMemory.doublePointer(x);
    }
}
