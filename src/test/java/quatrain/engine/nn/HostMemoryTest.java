package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Each assumption of {@link HostMemory}, checked against the ND4J in use; a failure names it and the versions. */
class HostMemoryTest {
    private static String broken(String assumption) {
        String found = Nd4j.class.getPackage().getImplementationVersion();
        return "HostMemory's assumption no longer holds: " + assumption + " (written for " + HostMemory.WRITTEN_FOR
                + "; found ND4J " + (found != null ? found : "of unknown version") + ", backend "
                + Nd4j.getBackend().getClass().getSimpleName() + ")";
    }

    private static INDArray counting(DataType type) {
        return Nd4j.linspace(0, 19, 20, type).reshape('c', 4, 5);
    }

    @Test
    void aWriteThroughTheDoorIsWhatNd4jReadsNext() {
        INDArray a = Nd4j.zeros(DataType.FLOAT, 3, 4);
        HostMemory.floats(a).put((int) a.offset() + 5, 2.5f);
        assertThat(a.getFloat(1, 1)).as(broken("asNioFloat() wraps the array's own memory")).isEqualTo(2.5f);
        assertThat(a.sumNumber().floatValue()).as(broken("an op after a write through asNioFloat() sees it"))
                .isEqualTo(2.5f);

        INDArray d = Nd4j.zeros(DataType.DOUBLE, 2, 2);
        HostMemory.doubles(d).put((int) d.offset() + 3, -1.25);
        assertThat(d.getDouble(1, 1)).as(broken("asNioDouble() wraps the array's own memory")).isEqualTo(-1.25);
    }

    @Test
    void aViewsElementsAreAtItsOffsetInTheBuffer() {
        INDArray rows = counting(DataType.FLOAT).get(NDArrayIndex.interval(2, 4), NDArrayIndex.all());
        assertThat(rows.getFloat(0, 0)).isEqualTo(10f);
        assertThat(HostMemory.floats(rows).get((int) rows.offset()))
                .as(broken("a view's first element is at offset() in the buffer asNioFloat() gives")).isEqualTo(10f);
        ByteBuffer bytes = HostMemory.bytesFromFirst(rows);
        assertThat(bytes.getFloat(0)).as(broken("bytesFromFirst starts at the view's first element")).isEqualTo(10f);
        assertThat(bytes.getFloat(4 * 9)).isEqualTo(19f);
        assertThat(HostMemory.bytes(rows).getFloat((int) rows.offset() * 4)).isEqualTo(10f);
    }

    @Test
    void aPointerPointsAtTheFirstElementOfAnArrayAndOfAView() {
        INDArray all = counting(DataType.FLOAT);
        INDArray rows = all.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all());
        assertThat(HostMemory.floatPointer(all).get(0)).as(broken("addressPointer() is the first element")).isZero();
        assertThat(HostMemory.floatPointer(rows).get(0))
                .as(broken("a view's buffer's addressPointer() is the view's first element")).isEqualTo(5f);
        assertThat(HostMemory.floatPointer(rows).get(9)).isEqualTo(14f);

        INDArray doubles = counting(DataType.DOUBLE).get(NDArrayIndex.interval(3, 4), NDArrayIndex.all());
        assertThat(HostMemory.doublePointer(doubles).get(0)).as(broken("the same for DOUBLE")).isEqualTo(15.0);
    }

    @Test
    void aWriteThroughAPointerIsWhatNd4jReadsNext() {
        INDArray a = Nd4j.zeros(DataType.FLOAT, 2, 3);
        HostMemory.floatPointer(a).put(4, 7f);
        assertThat(a.getFloat(1, 1)).as(broken("BLAS writes through addressPointer() land in the array"))
                .isEqualTo(7f);
    }
}
