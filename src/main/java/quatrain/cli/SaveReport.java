package quatrain.cli;

import java.util.Locale;

import quatrain.core.bundle.TrainingState;
import quatrain.engine.TrainingResult;
import quatrain.launch.StopSignal;

/** The line {@code train} ends with: what was saved, where in training it stands, and after a stop how to go on. */
final class SaveReport {
    private SaveReport() {
    }

    /** "saved FILE (all epochs done; 5 epochs, best validation loss 1.2345)". */
    static String saved(TrainingResult result, int batchesPerEpoch) {
        TrainingState state = result.state();
        if (Double.isNaN(state.bestValLoss())) { // stopped inside the first epoch: there is no validation loss
            return "saved " + result.output() + " (" + result.reason().description() + " "
                    + where(state, batchesPerEpoch) + "; no validation has run yet)";
        }
        return String.format(Locale.ROOT, "saved %s (%s; %d epoch%s, best validation loss %.4f)", result.output(),
                result.reason().description(), state.epochsDone(), state.epochsDone() == 1 ? "" : "s",
                state.bestValLoss());
    }

    /** "stopped by SIGINT: saved FILE after minibatch 17 of 1,467 in epoch 2; continue with: COMMAND". */
    static String stopped(StopSignal signal, TrainingResult result, int batchesPerEpoch, String resumeCommand) {
        return "stopped by " + signal.label() + ": saved " + result.output() + " " + where(result.state(), batchesPerEpoch)
                + "; continue with: " + resumeCommand;
    }

    /** Where a saved model stands: "after minibatch 17 of 1,467 in epoch 2", or "at the end of epoch 3". */
    static String where(TrainingState state, int batchesPerEpoch) {
        if (state.batchesIntoEpoch() > 0) {
            return String.format(Locale.ROOT, "after minibatch %,d of %,d in epoch %d", state.batchesIntoEpoch(),
                    batchesPerEpoch, state.epochsDone() + 1);
        }
        return state.epochsDone() == 0 ? "before its first minibatch" : "at the end of epoch " + state.epochsDone();
    }

    /** A word as a POSIX shell reads it back: quoted when it holds anything but plain path characters. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
