package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

/** The split itself, under {@link RowRanges#forceParts} so it happens whatever the machine's core count. */
class RowRangesTest {

    @Test
    void workBelowTheGateStaysInOnePartAndWorkAtTheGateSplits() {
        try (var forced = RowRanges.forceParts(4)) {
            assertThat(RowRanges.parts(32, RowRanges.MIN_WORK / 32 - 1)).as("just below MIN_WORK").isEqualTo(1);
            assertThat(RowRanges.parts(32, RowRanges.MIN_WORK / 32)).as("exactly MIN_WORK").isEqualTo(4);
            assertThat(RowRanges.parts(3, RowRanges.MIN_WORK)).as("fewer rows than parts").isEqualTo(3);
        }
    }

    @Test
    void forcedPartsAreRestoredWhenClosed() {
        int before = RowRanges.parts(512, 128);
        try (var forced = RowRanges.forceParts(7)) {
            assertThat(RowRanges.parts(512, 128)).isEqualTo(7);
        }
        assertThat(RowRanges.parts(512, 128)).isEqualTo(before);
    }

    /** 131 rows in 4 parts: 33, 33, 33 and a short last part of 32. */
    @Test
    void everyRowIsVisitedOnceByThePartThatOwnsIt() {
        int rows = 131;
        int units = 64;
        AtomicIntegerArray visits = new AtomicIntegerArray(rows);
        var ranges = new ConcurrentHashMap<Integer, int[]>();
        try (var forced = RowRanges.forceParts(4)) {
            int parts = RowRanges.parts(rows, units);
            assertThat(parts).isEqualTo(4);
            RowRanges.run(rows, units, (part, from, to) -> {
                assertThat(ranges.put(part, new int[] {from, to})).as("part %d runs once", part).isNull();
                for (int r = from; r < to; r++) {
                    visits.incrementAndGet(r);
                }
            });
        }
        assertThat(ranges).containsOnlyKeys(0, 1, 2, 3);
        assertThat(ranges.get(0)).containsExactly(0, 33);
        assertThat(ranges.get(1)).containsExactly(33, 66);
        assertThat(ranges.get(2)).containsExactly(66, 99);
        assertThat(ranges.get(3)).containsExactly(99, 131);
        for (int r = 0; r < rows; r++) {
            assertThat(visits.get(r)).as("visits of row %d", r).isEqualTo(1);
        }
    }
}
