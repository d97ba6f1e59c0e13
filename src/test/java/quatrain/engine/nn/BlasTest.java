package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BlasTest {
    /** A [rows, cols] matrix in the given order, optionally a view at an offset inside a larger flat buffer. */
    private static INDArray matrix(DataType type, long rows, long cols, char order, boolean view, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray values = Nd4j.rand(type, rows, cols).subi(0.5);
        if (!view) {
            return values.dup(order);
        }
        INDArray flat = Nd4j.rand(type, 1, rows * cols + 37);
        INDArray target = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(37, 37 + rows * cols))
                .reshape(order, rows, cols);
        target.assign(values);
        return target;
    }

    @ParameterizedTest
    @CsvSource({
        "FLOAT,c,c,c,false,false,false", "FLOAT,c,f,c,false,false,true", "FLOAT,f,c,c,true,false,true",
        "FLOAT,c,c,f,false,true,false", "FLOAT,f,f,f,true,true,true", "FLOAT,c,f,c,true,true,false",
        "DOUBLE,c,f,c,false,true,true", "DOUBLE,f,c,f,true,false,false"})
    void matchesNd4jForEveryOrderTransposeAndViewAtAnOffset(DataType type, char oa, char ob, char oc, boolean ta,
            boolean tb, boolean views) {
        long m = 7;
        long k = 5;
        long n = 9;
        INDArray a = ta ? matrix(type, k, m, oa, views, 1) : matrix(type, m, k, oa, views, 1);
        INDArray b = tb ? matrix(type, n, k, ob, views, 2) : matrix(type, k, n, ob, views, 2);
        INDArray expected = matrix(type, m, n, oc, false, 3);
        INDArray actual = matrix(type, m, n, oc, views, 3);
        Nd4j.gemm(a, b, expected, ta, tb, 0.5, 2.0);
        Blas.gemm(a, b, actual, ta, tb, 0.5, 2.0);
        assertThat(actual.equalsWithEps(expected, 1e-5)).as("%s vs %s", actual, expected).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void leavesTheRestOfABufferAlone(boolean transposed) {
        INDArray flat = Nd4j.zeros(DataType.FLOAT, 1, 40);
        INDArray c = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(10, 22)).reshape('c', 3, 4);
        INDArray a = Nd4j.ones(DataType.FLOAT, 3, 2);
        INDArray b = transposed ? Nd4j.ones(DataType.FLOAT, 4, 2) : Nd4j.ones(DataType.FLOAT, 2, 4);
        Blas.gemm(a, b, c, false, transposed, 1.0, 0.0);
        assertThat(flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, 10)).sumNumber().doubleValue()).isZero();
        assertThat(flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(22, 40)).sumNumber().doubleValue()).isZero();
        assertThat(c.sumNumber().doubleValue()).isEqualTo(24.0);
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void refusesMismatchedShapes(boolean transposed) {
        INDArray a = Nd4j.ones(DataType.FLOAT, 3, 2);
        INDArray b = Nd4j.ones(DataType.FLOAT, 3, 4);
        assertThatThrownBy(() -> Blas.gemm(a, b, Nd4j.zeros(DataType.FLOAT, 3, 4), transposed, false, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
