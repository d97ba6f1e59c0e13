package quatrain.engine.spark;

import java.nio.file.Path;
import java.util.Objects;

import quatrain.core.corpus.DocumentFormat;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.TrainingSpec;

/**
 * What to train on a Spark cluster.
 *
 * @param master      Spark's master URL: {@code local[N]}, {@code spark://host:port}, {@code yarn}, {@code k8s://...}
 * @param corpus      a path or Hadoop file system URI ({@code file:}, {@code hdfs:}, ...) of a text file or a
 *                    folder of them, read by the executors
 * @param format      how the text is cut into documents; AUTO decides from a sample of its start
 * @param model       the model to build; ignored when resuming (the file's model is used)
 * @param training    how to train; when resuming, its validation fraction, split and seed must match the file's
 * @param spark       how training is spread over the workers
 * @param output      the model file written after every epoch
 * @param resumeFrom  a model file (trained locally or on Spark) to continue, or null to start afresh
 * @param statsFile   where to record the workers' statistics for the training UI ({@code .dl4j}), or null
 */
public record SparkTrainingRequest(String master, String corpus, DocumentFormat format, ModelSpec model,
        TrainingSpec training, SparkSpec spark, Path output, Path resumeFrom, Path statsFile) {

    public SparkTrainingRequest {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(output, "output");
        if (model == null && resumeFrom == null) {
            throw new IllegalArgumentException("a model spec is needed unless resuming");
        }
    }

    public SparkTrainingRequest withStatsFile(Path file) {
        return new SparkTrainingRequest(master, corpus, format, model, training, spark, output, resumeFrom, file);
    }
}
