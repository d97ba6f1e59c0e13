package quatrain.app.training;

import java.util.Locale;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import quatrain.core.training.Durations;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.RunProgress;
import quatrain.core.training.TrainingEvent;

/**
 * Where the run stands, as the progress bar and its captions show it: epoch e/E, minibatch b/B, time left
 * and throughput. The estimate divides the run's wall time (validation included) by the minibatches done,
 * so it settles after the first epoch. UI thread only.
 */
public final class TrainingProgress {
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", 0);
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "");
    private final ReadOnlyStringWrapper batchText = new ReadOnlyStringWrapper(this, "batchText", "");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper(this, "etaText", "");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    /** The run's position and time left, as the command line and the status bar read it. */
    private final RunProgress run = new RunProgress();

    /** Share of the planned minibatches done, 0–1. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty batchTextProperty() {
        return batchText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    void reset(String epochCaption) {
        fraction.set(0);
        epochText.set(epochCaption);
        batchText.set("");
        etaText.set("");
        speedText.set("");
    }

    void started(TrainingEvent.Started s) {
        run.accept(s);
        epochText.set(String.format(Locale.ROOT, "Epoch %d/%d", run.firstEpoch(), run.lastEpoch()));
        batchText.set(String.format(Locale.ROOT, "Minibatch 0/%d", run.batchesPerEpoch()));
        etaText.set("Estimating time left…");
    }

    void batch(TrainingEvent.BatchEnd b) {
        run.accept(b);
        fraction.set(run.fraction());
        epochText.set(String.format(Locale.ROOT, "Epoch %d/%d", b.epoch(), run.lastEpoch()));
        batchText.set(String.format(Locale.ROOT, "Minibatch %d/%d", b.batch(), b.batchesPerEpoch()));
        speedText.set(String.format(Locale.ROOT, "%,.0f tokens/s", b.tokensPerSecond()));
        if (run.allBatchesDone()) {
            etaText.set("Validating…");
        } else {
            run.secondsLeft().ifPresent(left -> etaText.set("About " + Durations.words(left) + " left"));
        }
    }

    void epoch(EpochStats s) {
        long total = (long) (run.lastEpoch() - run.firstEpoch() + 1);
        fraction.set(Math.min(1, (s.epoch() - run.firstEpoch() + 1) / (double) total));
        epochText.set(String.format(Locale.ROOT, "Epoch %d/%d done", s.epoch(), run.lastEpoch()));
        if (Double.isFinite(s.tokensPerSecond())) {
            speedText.set(String.format(Locale.ROOT, "%,.0f tokens/s", s.tokensPerSecond()));
        }
    }

    void finished(TrainingEvent.Finished f) {
        if (f.reason() == StopReason.COMPLETED) {
            fraction.set(1);
        }
        etaText.set("");
        batchText.set("");
        epochText.set(f.epochsDone() == 1 ? "1 epoch done" : f.epochsDone() + " epochs done");
    }

}
