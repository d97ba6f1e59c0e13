package quatrain.core.training;

import java.nio.file.Path;

/** Everything a training run reports, in the order it happens. */
public sealed interface TrainingEvent {

    /**
     * Training is about to start.
     *
     * @param backend          one line on the device, e.g. "CPU · 2 threads · AVX2 (nd4j-native)"
     * @param parameters       trainable parameters of the model
     * @param vocabularySize   tokens in the vocabulary
     * @param trainTokens      target tokens per training epoch
     * @param batchesPerEpoch  minibatches per epoch
     * @param firstEpoch       number of the first epoch of this run (above 1 when resuming)
     * @param lastEpoch        number of the last epoch planned
     */
    record Started(String backend, long parameters, int vocabularySize, long trainTokens, int batchesPerEpoch,
            int firstEpoch, int lastEpoch) implements TrainingEvent {
    }

    /** A minibatch finished; sent for every minibatch, so listeners throttle as they need. */
    record BatchEnd(int epoch, int batch, int batchesPerEpoch, long step, double loss, double tokensPerSecond,
            double elapsedSeconds) implements TrainingEvent {
    }

    /** An epoch finished, with validation done. */
    record EpochEnd(EpochStats stats, boolean best) implements TrainingEvent {
    }

    /** Text written by the model during training, at one temperature. */
    record Sample(int epoch, double temperature, String text) implements TrainingEvent {
    }

    /** The model file was written. */
    record Checkpoint(int epoch, Path file, boolean best) implements TrainingEvent {
    }

    /** Something worth telling, not fatal (e.g. overfitting, a slow epoch). */
    record Warning(String message) implements TrainingEvent {
    }

    /** The run ended; {@code message} explains a failure. */
    record Finished(StopReason reason, int epochsDone, double bestValLoss, Path file, String message)
            implements TrainingEvent {
    }
}
