package quatrain.engine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.nd4j.linalg.dataset.DataSet;

import quatrain.core.spec.ModelSpec;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;

/**
 * An epoch's minibatches, made on the executors: each partition shuffles its training windows with a seed of the
 * epoch and the partition (as local training shuffles an epoch's windows), cuts them into minibatches, and sends
 * those of the current round to their workers as ids ({@link WindowBatch}); a worker's side turns them into DL4J
 * {@link DataSet}s with the trainer's {@link BatchBuffers}.
 *
 * @param spec      the model (window length, one-hot input, every-step labels)
 * @param vocabulary tokens in the vocabulary
 * @param batchSize windows per worker minibatch
 * @param plan      how minibatches are dealt into rounds
 * @param randomOffset every-step sequences cut at a new place each epoch and partition ({@link WindowSet#cutForEpoch})
 */
record Minibatches(ModelSpec spec, int vocabulary, int batchSize, RoundPlan plan, boolean randomOffset)
        implements Serializable {

    /** The seed of partition {@code p}'s order in an epoch: local training's epoch seed, told apart by partition. */
    static long shuffleSeed(long seed, int epoch, int partition) {
        return (seed * 31L + epoch) * 1_000_003L + partition;
    }

    /** Partition {@code p}'s minibatches of round {@code round}, each with the worker that trains it. */
    List<Slotted> forRound(String run, TokenBlock block, int p, long seed, int epoch, int round) {
        EpochOrders.Entry epochOrder = EpochOrders.of(run, p, epoch, block, this, seed);
        WindowSet windows = epochOrder.windows();
        WindowOrder order = epochOrder.order();
        int[] range = plan.range(p, round);
        List<Slotted> out = new ArrayList<>(range[1] - range[0]);
        for (int j = range[0]; j < range[1]; j++) {
            int from = j * batchSize;
            int count = Math.min(batchSize, windows.size() - from);
            out.add(new Slotted(plan.worker(plan.rank(p, j)), WindowBatch.of(windows, order, from, count)));
        }
        return out;
    }

    /** A minibatch and the worker it goes to. */
    record Slotted(int worker, WindowBatch batch) implements Serializable {
    }

    /**
     * A worker's minibatches as DataSets of exactly {@code batchSize} windows, the last one possibly fewer: the
     * short minibatches of several partitions are packed together here, in ids, so that DL4J never merges DataSets
     * (merging would put an every-step model's label rows out of order).
     */
    Iterator<DataSet> dataSets(Iterator<WindowBatch> batches) {
        int length = spec.sequenceLength();
        BatchBuffers buffers = BatchBuffers.forCopies(length, vocabulary, spec.embeddingSize() == 0, spec.everyStep());
        return new Iterator<>() {
            private final int[] contexts = new int[batchSize * length];
            private final int[] targets = new int[batchSize];
            private int filled;
            private WindowBatch current;
            private int used;

            @Override
            public boolean hasNext() {
                return filled > 0 || (current != null && used < current.count()) || batches.hasNext();
            }

            @Override
            public DataSet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                while (filled < batchSize) {
                    if (current == null || used == current.count()) {
                        if (!batches.hasNext()) {
                            break;
                        }
                        current = batches.next();
                        used = 0;
                    }
                    int n = Math.min(batchSize - filled, current.count() - used);
                    System.arraycopy(current.contexts(), used * length, contexts, filled * length, n * length);
                    System.arraycopy(current.targets(), used, targets, filled, n);
                    filled += n;
                    used += n;
                }
                buffers.fill(contexts, targets, filled);
                DataSet ds = new DataSet(buffers.features().dup(), buffers.labels().dup());
                filled = 0;
                return ds;
            }
        };
    }
}
