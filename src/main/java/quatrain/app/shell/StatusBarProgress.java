package quatrain.app.shell;

import java.util.Locale;

import quatrain.core.training.TrainingEvent;

/** The latest figures of a training run, worded for the status bar. */
final class StatusBarProgress {
    private int lastEpoch;
    private TrainingEvent.BatchEnd batch;

    void accept(TrainingEvent e) {
        if (e instanceof TrainingEvent.Started s) {
            lastEpoch = s.lastEpoch();
            batch = null;
        } else if (e instanceof TrainingEvent.BatchEnd b) {
            batch = b;
        }
    }

    /** "epoch 3/30 · batch 12/80 · loss 4.210", or empty before the first minibatch. */
    String describe() {
        if (batch == null) {
            return "";
        }
        return String.format(Locale.ROOT, "epoch %d/%d · batch %d/%d · loss %.3f", batch.epoch(), lastEpoch,
                batch.batch(), batch.batchesPerEpoch(), batch.loss());
    }
}
