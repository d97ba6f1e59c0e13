package quatrain.core.training;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a run stands, from its events: the epochs it plans, the last minibatch, the share done and the time left
 * ({@link TimeLeft}). The command line's progress bar, the Training pane and the status bar all read it, each in its
 * own words.
 */
public final class RunProgress {
    private final TimeLeft timeLeft = new TimeLeft();
    private int firstEpoch = 1;
    private int lastEpoch = 1;
    private int batchesPerEpoch = 1;
    private TrainingEvent.BatchEnd batch;
    private OptionalDouble secondsLeft = OptionalDouble.empty();

    /** Takes a run's event; events other than its start and its minibatches change nothing. */
    public void accept(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            firstEpoch = s.firstEpoch();
            lastEpoch = Math.max(s.firstEpoch(), s.lastEpoch());
            batchesPerEpoch = Math.max(1, s.batchesPerEpoch());
            batch = null;
            secondsLeft = OptionalDouble.empty();
            timeLeft.started(s);
        } else if (event instanceof TrainingEvent.BatchEnd b) {
            batch = b;
            secondsLeft = timeLeft.batch(b);
        }
    }

    public int firstEpoch() {
        return firstEpoch;
    }

    public int lastEpoch() {
        return lastEpoch;
    }

    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /** The last minibatch's end, if one has ended since the run started. */
    public Optional<TrainingEvent.BatchEnd> lastBatch() {
        return Optional.ofNullable(batch);
    }

    /** Share of the planned minibatches done, 0–1. */
    public double fraction() {
        if (batch == null) {
            return 0;
        }
        long total = (long) (lastEpoch - firstEpoch + 1) * batchesPerEpoch;
        long done = (long) (batch.epoch() - firstEpoch) * batchesPerEpoch + batch.batch();
        return Math.min(1, done / (double) total);
    }

    /** Whether every planned minibatch has run (validation and saving may still be going on). */
    public boolean allBatchesDone() {
        return batch != null && fraction() >= 1;
    }

    /** Seconds left, once enough minibatches were timed. */
    public OptionalDouble secondsLeft() {
        return secondsLeft;
    }

    /** "epoch 3/30 · batch 12/80 · loss 4.210", or empty before the first minibatch. */
    public String summary() {
        if (batch == null) {
            return "";
        }
        return String.format(Locale.ROOT, "epoch %d/%d · batch %d/%d · loss %.3f", batch.epoch(), lastEpoch,
                batch.batch(), batch.batchesPerEpoch(), batch.loss());
    }
}
