package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RoundPlanTest {
    /** The order the ranks stand for: every minibatch at (j + ½) / m of its partition, ties to the lower partition. */
    private static List<int[]> sortedByPosition(int[] batches) {
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < batches.length; p++) {
            for (int j = 0; j < batches[p]; j++) {
                all.add(new int[] {p, j});
            }
        }
        all.sort((a, b) -> {
            long left = (2L * a[1] + 1) * batches[b[0]];
            long right = (2L * b[1] + 1) * batches[a[0]];
            return left != right ? Long.compare(left, right) : Integer.compare(a[0], b[0]);
        });
        return all;
    }

    @Test
    void ranksAreTheInterleavedOrderComputedWithoutSorting() {
        Random r = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int[] batches = r.ints(1 + r.nextInt(7), 0, 40).toArray();
            RoundPlan plan = new RoundPlan(batches, 1 + r.nextInt(3), 1 + r.nextInt(5));
            List<int[]> order = sortedByPosition(batches);
            for (int rank = 0; rank < order.size(); rank++) {
                assertThat(plan.rank(order.get(rank)[0], order.get(rank)[1])).as(Arrays.toString(batches)).isEqualTo(rank);
            }
        }
    }

    @Test
    void everyRoundButTheLastHasEachWorkersAveragingFrequencyOfMinibatches() {
        int[] batches = {17, 3, 0, 40, 9};
        RoundPlan plan = new RoundPlan(batches, 3, 4);
        assertThat(plan.minibatches()).isEqualTo(69);
        assertThat(plan.rounds()).isEqualTo(6);
        int seen = 0;
        for (int k = 0; k < plan.rounds(); k++) {
            int[] perWorker = new int[3];
            for (int p = 0; p < batches.length; p++) {
                int[] range = plan.range(p, k);
                for (int j = range[0]; j < range[1]; j++) {
                    perWorker[plan.worker(plan.rank(p, j))]++;
                    seen++;
                }
            }
            if (k < plan.rounds() - 1) {
                assertThat(perWorker).containsOnly(4);
            }
            assertThat(seen).isEqualTo(plan.before(k + 1));
        }
        assertThat(seen).isEqualTo(69);
    }

    @Test
    void aRoundTakesFromEveryPartitionInProportion() {
        RoundPlan plan = new RoundPlan(new int[] {100, 50, 10}, 2, 8);
        int[] first = {plan.range(0, 0)[1] - plan.range(0, 0)[0], plan.range(1, 0)[1] - plan.range(1, 0)[0],
            plan.range(2, 0)[1] - plan.range(2, 0)[0]};
        assertThat(first[0] + first[1] + first[2]).isEqualTo(16);
        assertThat(first[0]).isBetween(9, 11);
        assertThat(first[1]).isBetween(4, 6);
        assertThat(first[2]).isBetween(0, 2);
    }

    @Test
    void aResumedEpochStartsAtTheRoundOfItsPosition() {
        RoundPlan plan = new RoundPlan(new int[] {30, 30}, 2, 5);
        assertThat(plan.roundAt(0)).isZero();
        assertThat(plan.roundAt(20)).isEqualTo(2);
        assertThat(plan.roundAt(25)).isEqualTo(2);
        assertThat(plan.roundAt(60)).isEqualTo(plan.rounds());
    }
}
