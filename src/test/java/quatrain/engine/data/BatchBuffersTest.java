package quatrain.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BatchBuffersTest {
    private static final WindowSet WINDOWS = WindowSet.of(List.of(new int[] {1, 3, 4, 2}), 2, 1);

    @Test
    void fillsTokenIdsAndSparseLabelsInTheGivenOrder() {
        BatchBuffers b = new BatchBuffers(WINDOWS, 5, false);
        b.fill(new int[] {2, 0, 1}, 0, 2);
        assertThat(b.features().shape()).containsExactly(2, 2);
        assertThat(b.features().toFloatMatrix()).isEqualTo(new float[][] {{3, 4}, {1, 1}});
        assertThat(b.labels().toFloatVector()).containsExactly(2, 3);
        assertThat(b.label(1)).isEqualTo(3);
    }

    @Test
    void fillsOneHotNwcWithoutLeftoversFromThePreviousBatch() {
        BatchBuffers b = new BatchBuffers(WINDOWS, 5, true);
        b.fill(new int[] {2, 1}, 0, 2);
        b.fill(new int[] {2, 1}, 1, 1);
        assertThat(b.features().shape()).containsExactly(1, 2, 5);
        assertThat(b.features().sumNumber().intValue()).isEqualTo(2);
        assertThat(b.features().getFloat(0, 0, 1)).isEqualTo(1f);
        assertThat(b.features().getFloat(0, 1, 3)).isEqualTo(1f);
    }

    @Test
    void everyStepLabelsAreTheSequenceShiftedByOneTimeMajorAsDl4jLaysOutTheOutputRows() {
        WindowSet seq = WindowSet.sequences(List.of(new int[] {1, 3, 4, 2}, new int[] {1, 4, 2}), 3, 2);
        BatchBuffers b = new BatchBuffers(seq, 5, false, true);
        b.fill(new int[] {1, 0}, 0, 2);
        assertThat(b.features().toFloatMatrix()).isEqualTo(new float[][] {{4, 2, 1}, {1, 3, 4}});
        assertThat(b.labels().shape()).containsExactly(6, 1);
        // window 1 predicts 2, 1, 4 and window 0 predicts 3, 4, 2: row t·batch + b
        assertThat(b.labels().toFloatVector()).containsExactly(2, 3, 1, 4, 4, 2);
        assertThat(b.labelRows()).isEqualTo(6);
    }
}
