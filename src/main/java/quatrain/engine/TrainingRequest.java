package quatrain.engine;

import java.nio.file.Path;
import java.util.Objects;

import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;

/**
 * What to train.
 *
 * @param corpus      the text
 * @param model       the model to build; ignored when resuming (the file's model is used)
 * @param training    how to train; when resuming, its validation fraction and seed must match the file's
 * @param output      the model file written after every epoch
 * @param resumeFrom  a model file to continue from, or null to start afresh
 * @param statsFile   where to record statistics for the training UI ({@code .dl4j}), or null for none
 */
public record TrainingRequest(Corpus corpus, ModelSpec model, TrainingSpec training, Path output, Path resumeFrom,
        Path statsFile) {

    public TrainingRequest {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(output, "output");
        if (model == null && resumeFrom == null) {
            throw new IllegalArgumentException("a model spec is needed unless resuming");
        }
    }

    /** A request that records no statistics for the training UI. */
    public TrainingRequest(Corpus corpus, ModelSpec model, TrainingSpec training, Path output, Path resumeFrom) {
        this(corpus, model, training, output, resumeFrom, null);
    }

    public TrainingRequest withStatsFile(Path file) {
        return new TrainingRequest(corpus, model, training, output, resumeFrom, file);
    }
}
