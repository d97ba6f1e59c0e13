package quatrain.engine.spark;

import java.io.Serializable;

/**
 * How an epoch's minibatches are dealt into averaging rounds, one {@code fit} each, so that a stop waits for one
 * round rather than an epoch. Every round but the last has exactly {@code workers × averagingFrequency} minibatches
 * and every worker gets {@code averagingFrequency} of them, and each round takes from every partition in proportion
 * to its size: the partitions' minibatches are interleaved by their position in their partition (minibatch j of m
 * sits at (j + ½) / m; ties go to the lower partition), and round k is ranks [k·R, (k + 1)·R) of that order. Ranks
 * are computed, never sorted, so every executor finds its own share from the minibatch counts alone.
 */
final class RoundPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] batches;
    private final int workers;
    private final int perRound;
    private final long total;

    /**
     * @param batches          minibatches of each partition
     * @param workers          workers that train at once
     * @param averagingFrequency minibatches a worker trains per round
     */
    RoundPlan(int[] batches, int workers, int averagingFrequency) {
        if (workers < 1 || averagingFrequency < 1) {
            throw new IllegalArgumentException("workers and averaging frequency must be positive");
        }
        this.batches = batches.clone();
        this.workers = workers;
        this.perRound = Math.multiplyExact(workers, averagingFrequency);
        long sum = 0;
        for (int b : batches) {
            sum += b;
        }
        this.total = sum;
    }

    long minibatches() {
        return total;
    }

    int rounds() {
        return (int) ((total + perRound - 1) / perRound);
    }

    /** Minibatches in the rounds before round {@code k}. */
    long before(int k) {
        return Math.min(total, (long) k * perRound);
    }

    /** The round that a position of {@code minibatchesDone} falls in (a resumed epoch starts there). */
    int roundAt(long minibatchesDone) {
        return (int) Math.min(rounds(), minibatchesDone / perRound);
    }

    /** Which worker trains the minibatch of this rank. */
    int worker(long rank) {
        return (int) (rank % workers);
    }

    /** The place of partition {@code p}'s minibatch {@code j} in the epoch's order: 0 … minibatches() - 1. */
    long rank(int p, int j) {
        long mp = batches[p];
        long rank = j;
        for (int q = 0; q < batches.length; q++) {
            long mq = batches[q];
            if (q == p || mq == 0) {
                continue;
            }
            // minibatches i of q with (2i + 1)·mp ≤ (2j + 1)·mq, strictly below for a higher partition
            long limit = (2L * j + 1) * mq - (q < p ? 0 : 1);
            long s = limit / mp;
            rank += Math.min(mq, (s + 1) / 2);
        }
        return rank;
    }

    /** Partition {@code p}'s minibatches in round {@code k}: indices {@code [from, to)}. */
    int[] range(int p, int k) {
        return new int[] {firstAtOrAfter(p, (long) k * perRound), firstAtOrAfter(p, (long) (k + 1) * perRound)};
    }

    /** The first minibatch j of partition p whose rank is at least {@code rank} (its count if none). */
    private int firstAtOrAfter(int p, long rank) {
        int lo = 0;
        int hi = batches[p];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rank(p, mid) >= rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
