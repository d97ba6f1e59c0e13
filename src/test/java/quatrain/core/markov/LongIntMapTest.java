package quatrain.core.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void findsEveryKeyItStoredWhileGrowing() {
        LongIntMap map = new LongIntMap(4);
        long[] keys = new SplittableRandom(1).longs(100_000).toArray();
        keys[0] = 0;
        keys[1] = -1;
        keys[2] = Long.MIN_VALUE;
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.putIfAbsent(keys[i], i)).isEqualTo(i);
        }
        assertThat(map.size()).isEqualTo(keys.length);
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.get(keys[i])).isEqualTo(i);
        }
    }

    @Test
    void keepsTheFirstValueOfAKey() {
        LongIntMap map = new LongIntMap(4);
        map.putIfAbsent(42, 7);
        assertThat(map.putIfAbsent(42, 9)).isEqualTo(7);
        assertThat(map.get(42)).isEqualTo(7);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void answersMinusOneForAMissingKey() {
        LongIntMap map = new LongIntMap(4);
        map.putIfAbsent(1, 0);
        assertThat(map.get(2)).isEqualTo(-1);
    }

    @Test
    void collidingSlotsAreProbedPastEachOther() {
        LongIntMap map = new LongIntMap(4);
        // same low bits, so the same home slot in a small table
        for (int i = 0; i < 20; i++) {
            map.putIfAbsent((long) i << 40, i);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(map.get((long) i << 40)).isEqualTo(i);
        }
    }

    @Test
    void rejectsNegativeValues() {
        assertThatThrownBy(() -> new LongIntMap(4).putIfAbsent(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
