package quatrain.core.spec;

/**
 * What a model will cost to train, as estimated by {@link ModelEstimator}.
 *
 * @param parameters       trainable parameters (0 for a Markov chain)
 * @param memoryBytes      weights, gradients, optimizer state, the best-epoch copy and one minibatch's
 *                         activations; 0 for a Markov chain (its tables grow with the text, not the settings)
 * @param flopsPerEpoch    floating-point operations of one epoch: training windows forward and backward, plus
 *                         the validation pass
 * @param secondsPerEpoch  {@code flopsPerEpoch} divided by the assumed or measured rate; NaN when no rate is
 *                         known (a GPU before its first run) or for a Markov chain
 */
public record ModelEstimate(long parameters, long memoryBytes, double flopsPerEpoch, double secondsPerEpoch) {
}
