package quatrain.engine.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import quatrain.engine.data.Shuffle;
import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;

/**
 * An executor's windows and their shuffled order for the current epoch, kept between the epoch's rounds: every round
 * takes a slice of each partition's order, and cutting the windows and shuffling them again for each of hundreds of
 * rounds would cost more than training. One entry per run and partition (the newest epoch's); a partition that runs
 * on another executor next time is simply cut again there, with the same result.
 */
final class EpochOrders {
    /** Keyed by run and partition. */
    private static final Map<String, Entry> CACHE = new ConcurrentHashMap<>();

    record Entry(int epoch, WindowSet windows, WindowOrder order) {
    }

    private EpochOrders() {
    }

    static Entry of(String run, int partition, int epoch, TokenBlock block, Minibatches minibatches, long seed) {
        String key = run + "/" + partition;
        Entry e = CACHE.get(key);
        if (e == null || e.epoch() != epoch) {
            long partitionSeed = Minibatches.shuffleSeed(seed, epoch, partition);
            WindowSet all = block.trainWindows(minibatches.spec());
            WindowSet windows = minibatches.randomOffset() ? all.cutForEpoch(partitionSeed, epoch) : all;
            e = new Entry(epoch, windows, Shuffle.order(windows.size(), partitionSeed));
            CACHE.put(key, e);
        }
        return e;
    }

    /** Forgets a run's entries (the driver's own JVM, in local mode, at the end of the run). */
    static void forget(String run) {
        CACHE.keySet().removeIf(k -> k.startsWith(run + "/"));
    }
}
