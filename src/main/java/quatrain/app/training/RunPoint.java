package quatrain.app.training;

/**
 * One point of a series, with all three x coordinates so the axis can be switched without losing anything.
 *
 * @param step         minibatches done
 * @param epoch        epochs done, fractional within an epoch for minibatch points (2.5 = half of epoch 3)
 * @param wallSeconds  seconds since the run started
 * @param value        the measured value, in the metric's own unit (accuracy as a fraction)
 */
public record RunPoint(long step, double epoch, double wallSeconds, double value) {
}
