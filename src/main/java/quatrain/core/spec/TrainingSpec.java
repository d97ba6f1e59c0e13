package quatrain.core.spec;

/**
 * How a model is trained.
 *
 * @param epochs              passes over the training windows
 * @param batchSize           windows per minibatch
 * @param learningRate        step size of the optimizer
 * @param optimizer           RMSprop or Adam
 * @param validationFraction  share of documents held out for validation, in [0, 0.5]
 * @param seed                seed of everything random: split, initial weights, shuffling, dropout, samples
 * @param patience            stop after this many epochs without a better validation loss (0 = never)
 * @param sampleEvery         write samples at 0.2/0.5/1.0/1.2 every this many epochs (0 = never)
 * @param maxMinutes          stop (between minibatches) after this much wall time; 0 = no limit
 * @param clipNorm            clip each layer's gradient to this L2 norm; 0 = no clipping
 * @param schedule            how the learning rate changes over the planned minibatches
 * @param validationSplit     which documents are held out (null: random; a model file written before it existed reads
 *                            as random, engine.bundle.ManifestVersions)
 * @param randomOffset        every-step sequences: cut the text at a new random offset each epoch (from the seed and the
 *                            epoch), so each epoch trains on different sequences; false cuts it at the same places
 *                            every epoch, as files written before it existed did. No effect on per-target windows.
 */
public record TrainingSpec(int epochs, int batchSize, double learningRate, Optimizer optimizer,
        double validationFraction, long seed, int patience, int sampleEvery, double maxMinutes, double clipNorm,
        LearningRateSchedule schedule, ValidationSplit validationSplit, boolean randomOffset) {

    public TrainingSpec {
        validationSplit = validationSplit == null ? ValidationSplit.RANDOM : validationSplit;
        SpecException.range("epochs", epochs, 1, 100_000);
        SpecException.range("batchSize", batchSize, 1, 65_536);
        SpecException.check(learningRate > 0 && learningRate <= 10,
                "learningRate must be above 0 and at most 10 (got " + learningRate + ")");
        SpecException.check(optimizer != null, "optimizer must be RMSPROP or ADAM");
        SpecException.range("validationFraction", validationFraction, 0, 0.5);
        SpecException.range("patience", patience, 0, 10_000);
        SpecException.range("sampleEvery", sampleEvery, 0, 100_000);
        SpecException.range("maxMinutes", maxMinutes, 0, 525_600);
        SpecException.range("clipNorm", clipNorm, 0, 1e6);
        SpecException.check(schedule != null, "schedule must be CONSTANT or COSINE");
    }

    public TrainingSpec withEpochs(int newEpochs) {
        return toBuilder().epochs(newEpochs).build();
    }

    public TrainingSpec withMaxMinutes(double minutes) {
        return toBuilder().maxMinutes(minutes).build();
    }

    public TrainingSpec withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /** A builder with every setting at this spec's value. */
    public Builder toBuilder() {
        return new Builder().epochs(epochs).batchSize(batchSize).learningRate(learningRate).optimizer(optimizer)
                .validationFraction(validationFraction).seed(seed).patience(patience).sampleEvery(sampleEvery)
                .maxMinutes(maxMinutes).clipNorm(clipNorm).schedule(schedule).validationSplit(validationSplit)
                .randomOffset(randomOffset);
    }

    /** A builder starting from no settings: every one must be set (build() checks them as the constructor does). */
    public static Builder builder() {
        return new Builder();
    }

    /** Names every setting, so a spec is never built from twelve positional arguments. */
    public static final class Builder {
        private int epochs;
        private int batchSize;
        private double learningRate;
        private Optimizer optimizer;
        private double validationFraction;
        private long seed;
        private int patience;
        private int sampleEvery;
        private double maxMinutes;
        private double clipNorm;
        private LearningRateSchedule schedule;
        private ValidationSplit validationSplit = ValidationSplit.RANDOM;
        private boolean randomOffset;

        private Builder() {
        }

        public Builder epochs(int v) {
            epochs = v;
            return this;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder optimizer(Optimizer v) {
            optimizer = v;
            return this;
        }

        public Builder validationFraction(double v) {
            validationFraction = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder patience(int v) {
            patience = v;
            return this;
        }

        public Builder sampleEvery(int v) {
            sampleEvery = v;
            return this;
        }

        public Builder maxMinutes(double v) {
            maxMinutes = v;
            return this;
        }

        public Builder clipNorm(double v) {
            clipNorm = v;
            return this;
        }

        public Builder schedule(LearningRateSchedule v) {
            schedule = v;
            return this;
        }

        public Builder validationSplit(ValidationSplit v) {
            validationSplit = v;
            return this;
        }

        public Builder randomOffset(boolean v) {
            randomOffset = v;
            return this;
        }

        public TrainingSpec build() {
            return new TrainingSpec(epochs, batchSize, learningRate, optimizer, validationFraction, seed, patience,
                    sampleEvery, maxMinutes, clipNorm, schedule, validationSplit, randomOffset);
        }
    }
}
