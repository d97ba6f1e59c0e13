package quatrain.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.ModelFiles;
import quatrain.engine.OutputLock;
import quatrain.engine.bundle.BundleInfo;
import quatrain.engine.spark.SparkTrainer;
import quatrain.engine.spark.SparkTrainingRequest;

/**
 * {@code quatrain spark-train}: corpus on a cluster → model file here, with DL4J's parameter averaging. The same
 * presets, settings, seed, split, early stopping, time limit, model file and signals as {@code train}
 * ({@link TrainingOptions}, {@link TrainingSession}); the corpus is a URI the executors read.
 */
@Command(name = "spark-train", mixinStandardHelpOptions = true,
        description = {"Train a model on an Apache Spark cluster and save it here as one .quatrain file.",
            "DL4J's parameter averaging, with the same presets and settings as 'train' plus the averaging settings"
                    + " (--set averagingFrequency=5, batchSizePerWorker, prefetch, workers). The model file is written"
                    + " after every epoch. The corpus is read by the executors from its URI, never by this process.",
            "Ctrl+C (or TERM, HUP) finishes the running averaging round, saves and exits with 130 (143, 129); a second"
                    + " Ctrl+C quits without saving."})
final class SparkTrainCommand implements Callable<Integer> {
    @Option(names = "--master", required = true, paramLabel = "URL",
            description = "Spark's master: local[N] (this machine, N cores), spark://HOST:PORT, yarn, k8s://...")
    String master;

    @Option(names = "--corpus", required = true, paramLabel = "URI",
            description = "The text: a file or a folder of files, as a path or a Hadoop URI (file:, hdfs:; s3a: with"
                    + " hadoop-aws on the class path).")
    String corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
            description = "How the text is cut into quatrains: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DocumentFormat format;

    @Mixin
    TrainingOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return TrainingSession.run(spec, options.json, (listener, control) -> {
            Path known = options.out != null ? options.out : options.resume;
            if (known != null) {
                OutputLock.checkFolder(known);
            }
            SparkTrainingRequest request = request();
            request = request.withStatsFile(options.statsFile(corpusName(corpus),
                    request.model() != null ? request.model().preset() : "resumed"));
            return new SparkTrainer().train(request, listener, control);
        }, this::resumeCommand);
    }

    private SparkTrainingRequest request() {
        if (options.resume != null) {
            BundleInfo info = ModelFiles.readInfo(options.resume);
            TrainingSpec training = options.resumed(info.training());
            SparkSpec spark = options.resumedSpark();
            return new SparkTrainingRequest(master, corpus, format, null, training, spark,
                    options.out != null ? options.out : options.resume, options.resume, null);
        }
        TrainingOptions.Specs specs = options.specs(true);
        Path target = options.out != null ? options.out
                : Path.of(TrainingOptions.defaultName(corpusName(corpus), specs.preset().name()));
        return new SparkTrainingRequest(master, corpus, format, specs.model(), specs.training(), specs.spark(), target,
                null, null);
    }

    /** The last name of the URI, as a file's name names a local corpus. */
    static String corpusName(String uri) {
        String trimmed = uri.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String name = trimmed.substring(slash + 1);
        return name.isEmpty() ? uri : name;
    }

    /** How to go on from a stop: the same cluster and corpus, from the saved model. */
    private String resumeCommand(Path model) {
        StringBuilder command = new StringBuilder("quatrain spark-train --resume ")
                .append(SaveReport.shellWord(model.toString()))
                .append(" --master ").append(SaveReport.shellWord(master))
                .append(" --corpus ").append(SaveReport.shellWord(corpus));
        if (format != DocumentFormat.AUTO) {
            command.append(" --format ").append(format.name().toLowerCase(Locale.ROOT));
        }
        return command.toString();
    }
}
