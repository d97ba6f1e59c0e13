package quatrain.core.training;

/**
 * One epoch's figures. Losses are cross-entropy in nats per token; {@code perplexity = exp(valLoss)}.
 * Validation values are NaN when nothing is held out.
 *
 * @param epoch            1-based epoch number (continues across resumes)
 * @param step             minibatches done since the start of the run's history, at the end of this epoch
 * @param trainLoss        mean training loss over the epoch's minibatches
 * @param valLoss          validation loss
 * @param valAccuracy      top-1 accuracy on validation targets, in [0, 1]
 * @param perplexity       exp(valLoss) (or exp(trainLoss) when there is no validation set)
 * @param tokensPerSecond  training throughput over the epoch (target tokens)
 * @param epochSeconds     wall time of the epoch, validation included
 * @param elapsedSeconds   wall time since training started (continues across resumes)
 * @param learningRate     learning rate in effect
 * @param finishedAt       epoch milliseconds when the epoch ended
 */
public record EpochStats(int epoch, long step, double trainLoss, double valLoss, double valAccuracy,
        double perplexity, double tokensPerSecond, double epochSeconds, double elapsedSeconds, double learningRate,
        long finishedAt) {
}
