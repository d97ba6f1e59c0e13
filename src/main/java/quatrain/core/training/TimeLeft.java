package quatrain.core.training;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Time left of a run, from its timed minibatches: the median minibatch of the recent ones times the minibatches
 * left, plus the median pause at an epoch's end (validation, samples, checkpoint) times the epoch ends left. The
 * first minibatch of a run is not timed (it pays for warming up: JIT, workspaces, native memory), and there is no
 * estimate until {@link #MIN_TIMED} minibatches were: a run's first seconds would otherwise promise minutes for a
 * job of seconds. Times come from the events ({@link TrainingEvent.BatchEnd#elapsedSeconds()}), not a clock.
 */
public final class TimeLeft {
    /** Minibatches timed before there is an estimate. */
    public static final int MIN_TIMED = 5;
    /** Recent minibatches the median is taken over, so a run that speeds up or slows down is followed. */
    static final int WINDOW = 64;

    private final ArrayDeque<Double> batchSeconds = new ArrayDeque<>();
    private final ArrayDeque<Double> epochPauses = new ArrayDeque<>();
    private int lastEpoch = 1;
    private int batchesPerEpoch = 1;
    private TrainingEvent.BatchEnd previous;

    public void started(TrainingEvent.Started s) {
        lastEpoch = s.lastEpoch();
        batchesPerEpoch = Math.max(1, s.batchesPerEpoch());
        batchSeconds.clear();
        epochPauses.clear();
        previous = null;
    }

    /** Takes a minibatch's end and returns the seconds left after it, or empty while too few were timed. */
    public OptionalDouble batch(TrainingEvent.BatchEnd b) {
        TrainingEvent.BatchEnd before = previous;
        previous = b;
        if (before != null) {
            double seconds = b.elapsedSeconds() - before.elapsedSeconds();
            if (b.epoch() == before.epoch()) {
                add(batchSeconds, seconds / Math.max(1, b.batch() - before.batch()));
            } else if (batchSeconds.size() >= MIN_TIMED) {
                add(epochPauses, Math.max(0, seconds - median(batchSeconds)));
            }
        }
        if (batchSeconds.size() < MIN_TIMED) {
            return OptionalDouble.empty();
        }
        long batchesLeft = (long) (lastEpoch - b.epoch()) * batchesPerEpoch + (b.batchesPerEpoch() - b.batch());
        int epochEndsLeft = Math.max(0, lastEpoch - b.epoch() + 1);
        double pause = epochPauses.isEmpty() ? 0 : median(epochPauses);
        return OptionalDouble.of(batchesLeft * median(batchSeconds) + epochEndsLeft * pause);
    }

    private static void add(ArrayDeque<Double> recent, double seconds) {
        if (Double.isFinite(seconds) && seconds >= 0) {
            recent.addLast(seconds);
            if (recent.size() > WINDOW) {
                recent.removeFirst();
            }
        }
    }

    static double median(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
