package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.bundle.BundleException;

class MemoryBudgetTest {
    private static final Problems PROBLEMS = new Problems("x.quatrain");

    @Test
    void whatFitsIsTakenAndWhatDoesNotIsRefusedWithBothFigures() {
        assertThatCode(() -> MemoryBudget.require(1 << 20, PROBLEMS, "its network")).doesNotThrowAnyException();
        long more = MemoryBudget.available() + 1;
        assertThatThrownBy(() -> MemoryBudget.require(more, PROBLEMS, "its network")).isInstanceOf(BundleException.class)
                .hasMessageStartingWith("\"x.quatrain\" was not opened: its network needs ")
                .hasMessageContaining(" of memory and this program may use ");
        assertThatThrownBy(() -> MemoryBudget.require(-1, PROBLEMS, "its network")).hasMessageContaining("more than 9 EB");
    }

    @Test
    void theBoundIsJavaCppsPhysicalLimitWhichNd4jsArraysDoNotCountTowards() {
        assertThat(MemoryBudget.available()).isLessThanOrEqualTo(Pointer.maxPhysicalBytes());
        long before = Pointer.totalBytes();
        var array = Nd4j.createUninitializedDetached(DataType.FLOAT, 4 << 20);
        // If ND4J's arrays ever count in totalBytes, -Xmx and maxBytes bound them and this class can say so.
        assertThat(Pointer.totalBytes() - before).isLessThan(16L << 20);
        array.close();
    }
}
