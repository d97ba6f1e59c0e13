package quatrain.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

class ShuffleTest {
    @Test
    void ordersUpToTheArrayLimitAreTheFisherYatesPermutation() {
        WindowOrder order = Shuffle.order(1000, 77);
        int[] permutation = Shuffle.permutation(1000, 77);
        for (int i = 0; i < 1000; i++) {
            assertThat(order.window(i)).isEqualTo(permutation[i]);
        }
    }

    @Test
    void aFeistelOrderVisitsEveryWindowOnceForAnySize() {
        for (int n : new int[] {1, 2, 3, 5, 1000, 65_537, 1 << 20}) {
            FeistelOrder order = new FeistelOrder(n, 42);
            BitSet seen = new BitSet(n);
            for (int i = 0; i < n; i++) {
                int w = order.window(i);
                assertThat(w).isBetween(0, n - 1);
                assertThat(seen.get(w)).as("n=%d window %d twice", n, w).isFalse();
                seen.set(w);
            }
        }
    }

    @Test
    void aFeistelOrderDependsOnlyOnItsSeedAndShuffles() {
        FeistelOrder a = new FeistelOrder(100_000, 1);
        FeistelOrder same = new FeistelOrder(100_000, 1);
        FeistelOrder other = new FeistelOrder(100_000, 2);
        int fixed = 0;
        int equalToOther = 0;
        long ascents = 0;
        for (int i = 0; i < 100_000; i++) {
            assertThat(a.window(i)).isEqualTo(same.window(i));
            fixed += a.window(i) == i ? 1 : 0;
            equalToOther += a.window(i) == other.window(i) ? 1 : 0;
            ascents += i > 0 && a.window(i) > a.window(i - 1) ? 1 : 0;
        }
        assertThat(fixed).isLessThan(20);
        assertThat(equalToOther).isLessThan(20);
        assertThat(ascents).as("about half the steps go up, as in a random order").isBetween(48_000L, 52_000L);
    }

    @Test
    void largeOrdersNeedNoArray() {
        assertThat(Shuffle.order(Shuffle.ARRAY_LIMIT + 1, 3)).isInstanceOf(FeistelOrder.class);
    }
}
