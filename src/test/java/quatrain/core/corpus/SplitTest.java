package quatrain.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SplitTest {
    private static final List<Integer> DOCS = IntStream.range(0, 100).boxed().toList();

    @Test
    void holdsOutWholeDocumentsInTheAskedProportion() {
        Split<Integer> s = Split.of(DOCS, 0.1, 7);
        assertThat(s.validation()).hasSize(10);
        assertThat(s.train()).hasSize(90);
        List<Integer> all = new ArrayList<>(s.train());
        all.addAll(s.validation());
        assertThat(all).containsExactlyInAnyOrderElementsOf(DOCS);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertThat(Split.of(DOCS, 0.2, 1)).isEqualTo(Split.of(DOCS, 0.2, 1));
        assertThat(Split.of(DOCS, 0.2, 1).validation()).isNotEqualTo(Split.of(DOCS, 0.2, 2).validation());
    }

    @Test
    void keepsDocumentOrderWithinEachSide() {
        Split<Integer> s = Split.of(DOCS, 0.3, 3);
        assertThat(s.train()).isSorted();
        assertThat(s.validation()).isSorted();
    }

    @Test
    void holdsOutAtLeastOneDocumentWhenAFractionIsAsked() {
        assertThat(Split.of(List.of(1, 2, 3), 0.05, 0).validation()).hasSize(1);
        assertThat(Split.of(List.of(1, 2, 3), 0.0, 0).validation()).isEmpty();
    }

    @Test
    void heldOutDocumentsAreTheOnesTheListShuffleUsedToPick() {
        for (int n : new int[] {0, 1, 2, 3, 4, 5, 6, 17, 1000}) {
            for (long seed : new long[] {0, 42, -9}) {
                List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
                Collections.shuffle(order, new Random(seed));
                int held = (int) Math.round(0.1 * n);
                held = held == 0 && n >= 2 ? 1 : held;
                BitSet expected = new BitSet();
                order.subList(0, held).forEach(expected::set);
                assertThat(Split.heldOut(n, 0.1, seed)).as("n=%d seed=%d", n, seed).isEqualTo(expected);
            }
        }
    }

    @Test
    void lastSplitHoldsOutTheEndOfTheTextMeasuredInCharacters() {
        // 100 characters in all: the last 10% is the final document of 6 plus the 4 before it
        int[] lengths = {30, 30, 30, 4, 6};
        assertThat(Split.lastHeldOut(lengths, 0.1).stream().toArray()).containsExactly(3, 4);
        assertThat(Split.lastHeldOut(lengths, 0.06).stream().toArray()).containsExactly(4);
        assertThat(Split.lastHeldOut(lengths, 0.4).stream().toArray()).containsExactly(2, 3, 4);
    }

    @Test
    void lastSplitHoldsOutOneDocumentAtLeastAndKeepsOneForTraining() {
        assertThat(Split.lastHeldOut(new int[] {100, 1}, 0.001).stream().toArray()).containsExactly(1);
        assertThat(Split.lastHeldOut(new int[] {1, 100}, 0.5).stream().toArray()).containsExactly(1);
        assertThat(Split.lastHeldOut(new int[] {5, 5, 5}, 0.0).isEmpty()).isTrue();
        assertThat(Split.lastHeldOut(new int[] {5}, 0.3).isEmpty()).isTrue();
    }
}
