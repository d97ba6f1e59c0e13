package quatrain.app.training;

import quatrain.core.bundle.TrainingState;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.StopReason;

/**
 * How far a resumed run goes. A run that was cut short (stopped, quit, out of time) continues to the epochs it
 * planned; a model that ended on its own (all epochs done, early stopping) trains as many epochs more as the Model pane
 * asks for. Everything else (seed, validation split, optimizer) stays as the file has it: the trainer requires that.
 */
final class ResumePlan {
    private ResumePlan() {
    }

    static TrainingSpec training(TrainingSpec fromFile, TrainingState state, int moreEpochs) {
        int epochs = cutShort(state) && state.epochsDone() < fromFile.epochs() ? fromFile.epochs()
                : state.epochsDone() + moreEpochs;
        return fromFile.withEpochs(Math.min(epochs, 100_000));
    }

    /** Whether the run stopped before it meant to: what a checkpoint is. */
    static boolean cutShort(TrainingState state) {
        return !state.stopReason().equals(StopReason.COMPLETED.name())
                && !state.stopReason().equals(StopReason.EARLY_STOPPED.name());
    }
}
