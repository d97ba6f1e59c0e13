package quatrain.engine.spark;

import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.OutputLock;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingResult;

/**
 * Trains a model on a Spark cluster and writes it to a model file after every epoch, as {@link Trainer} does on this
 * machine: the same events, stops, checkpoints and file, with the model file locked for the whole run. Runs on the
 * caller's thread, which is the Spark driver; the process must not filter Java deserialization (Spark needs it: see
 * {@code SerialFilter.keepOff}).
 */
public final class SparkTrainer {
    /**
     * Trains until the planned epochs are done, early stopping triggers, the time limit passes or {@code control} is
     * cancelled (all looked at between averaging rounds). Failures are reported as a {@link TrainingEvent.Finished}
     * event and thrown.
     */
    public TrainingResult train(SparkTrainingRequest request, TrainingListener listener, TrainingControl control) {
        TrainingListener guarded = Trainer.guard(listener);
        try (OutputLock lock = OutputLock.acquire(request.output())) {
            return new SparkTraining(request, guarded, control).run();
        } catch (RuntimeException e) {
            guarded.onEvent(new TrainingEvent.Finished(StopReason.FAILED, 0, Double.NaN, request.output(),
                    e.getMessage()));
            throw e;
        }
    }
}
