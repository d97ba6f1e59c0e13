package quatrain.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.spec.ModelKind;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;

/**
 * Trains a model from a corpus and writes it to a model file after every epoch. Runs on the caller's thread;
 * the desktop app calls it from a background executor, the command line from its main thread. The model file
 * is locked for the whole run ({@link OutputLock}), so a second training to the same file is refused before it
 * starts, as is a folder the model could not be saved in.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    /**
     * Trains until the planned epochs are done, early stopping triggers, the time limit passes or
     * {@code control} is cancelled. Failures are reported as a {@link TrainingEvent.Finished} event and thrown.
     */
    public TrainingResult train(TrainingRequest request, TrainingListener listener, TrainingControl control) {
        TrainingListener guarded = guard(listener);
        try (OutputLock lock = OutputLock.acquire(request.output())) {
            boolean markov = request.resumeFrom() == null ? request.model().kind() == ModelKind.MARKOV : false;
            return markov ? new MarkovTraining(request, guarded, control).run()
                    : new NeuralTraining(request, guarded, control).run();
        } catch (RuntimeException e) {
            guarded.onEvent(new TrainingEvent.Finished(StopReason.FAILED, 0, Double.NaN, request.output(),
                    e.getMessage()));
            throw e;
        }
    }

    /** A listener that throws must not end a long training run: its failure is logged and training goes on. */
    public static TrainingListener guard(TrainingListener listener) {
        return event -> {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Training listener failed on {}", event.getClass().getSimpleName(), e);
            }
        };
    }
}
