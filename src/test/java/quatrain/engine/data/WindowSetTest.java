package quatrain.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WindowSetTest {
    // <s>=1, </s>=2
    private static final int[] DOC_A = {1, 10, 11, 12, 2};
    private static final int[] DOC_B = {1, 20, 2};

    @Test
    void everyTokenAndTheEndMarkerIsATargetWithStartPaddedContext() {
        WindowSet w = WindowSet.of(List.of(DOC_A, DOC_B), 3, 1);
        assertThat(w.size()).isEqualTo(4 + 2);
        int[] ctx = new int[3];
        w.context(0, ctx, 0);
        assertThat(ctx).containsExactly(1, 1, 1);
        assertThat(w.target(0)).isEqualTo(10);
        w.context(3, ctx, 0);
        assertThat(ctx).containsExactly(10, 11, 12);
        assertThat(w.target(3)).isEqualTo(2);
        w.context(4, ctx, 0);
        assertThat(ctx).containsExactly(1, 1, 1);
        assertThat(w.target(4)).isEqualTo(20);
        assertThat(w.contextToken(5, 2)).isEqualTo(20);
    }

    @Test
    void stepSkipsTargetsWithinEachDocument() {
        WindowSet w = WindowSet.of(List.of(DOC_A, DOC_B), 2, 3);
        assertThat(w.size()).isEqualTo(2 + 1);
        assertThat(w.target(0)).isEqualTo(10);
        assertThat(w.target(1)).isEqualTo(2);
        assertThat(w.target(2)).isEqualTo(20);
    }

    @Test
    void everyStepSequencesCutTheDocumentsLaidEndToEnd() {
        // stream: 1 10 11 12 2 1 20 2  (8 tokens)
        WindowSet w = WindowSet.sequences(List.of(DOC_A, DOC_B), 3, 3);
        assertThat(w.size()).isEqualTo(2);
        int[] ctx = new int[3];
        w.context(0, ctx, 0);
        assertThat(ctx).containsExactly(1, 10, 11);
        assertThat(w.target(0)).isEqualTo(12);
        w.context(1, ctx, 0);
        assertThat(ctx).containsExactly(12, 2, 1);
        assertThat(w.target(1)).isEqualTo(20);
    }
}
