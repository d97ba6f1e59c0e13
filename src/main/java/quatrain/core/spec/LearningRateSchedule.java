package quatrain.core.spec;

/** How the learning rate moves during training. */
public enum LearningRateSchedule {
    /** The same rate throughout (the seed's). */
    CONSTANT,
    /**
     * A short linear warm-up (the first 2% of the planned minibatches), then a cosine decay to a tenth of the
     * rate at the last planned minibatch.
     */
    COSINE
}
