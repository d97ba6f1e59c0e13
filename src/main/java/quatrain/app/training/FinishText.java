package quatrain.app.training;

import java.util.Locale;
import java.util.concurrent.CompletionException;

import quatrain.core.QuatrainException;

import quatrain.core.training.TrainingEvent;

/** The sentence shown when a run ends with a saved model. */
final class FinishText {
    private FinishText() {
    }

    static String of(TrainingEvent.Finished f) {
        String what = switch (f.reason()) {
            case COMPLETED -> "Training complete";
            case EARLY_STOPPED -> "Stopped early (validation loss stopped improving)";
            case TIME_LIMIT -> "Stopped at the time limit";
            case CANCELLED -> "Stopped";
            case FAILED -> "Failed";
        };
        String when = f.epochsDone() == 0 ? " before the first epoch ended"
                : " after " + f.epochsDone() + (f.epochsDone() == 1 ? " epoch" : " epochs");
        String best = Double.isFinite(f.bestValLoss())
                ? String.format(Locale.ROOT, ", best validation loss %.3f", f.bestValLoss()) : "";
        return what + when + best + ". Model saved to " + f.file() + " — ready to generate.";
    }

    /** A failure the engine could not report itself (it ended the run before a Finished event). */
    static String failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof OutOfMemoryError) {
            return "Training ran out of memory. Try a smaller model, shorter windows or a smaller batch size.";
        }
        if (cause instanceof QuatrainException) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + " (details are in the log).";
    }
}
