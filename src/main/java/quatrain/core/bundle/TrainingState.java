package quatrain.core.bundle;

/**
 * Where training stood when the file was written, so that resuming continues rather than restarts.
 *
 * @param epochsDone                complete epochs
 * @param batchesIntoEpoch          minibatches done in the next, unfinished epoch (0 at an epoch boundary)
 * @param step                      minibatches done in all
 * @param elapsedSeconds            training wall time in all
 * @param bestValLoss               best validation loss so far (NaN if none)
 * @param bestEpoch                 epoch of the best validation loss (0 if none)
 * @param epochsWithoutImprovement  for early stopping's patience
 * @param stopReason                why the last run stopped (a {@code StopReason} name), or "RUNNING"
 */
public record TrainingState(int epochsDone, int batchesIntoEpoch, long step, double elapsedSeconds,
        double bestValLoss, int bestEpoch, int epochsWithoutImprovement, String stopReason) {

    public static TrainingState fresh() {
        return new TrainingState(0, 0, 0, 0, Double.NaN, 0, 0, "RUNNING");
    }
}
