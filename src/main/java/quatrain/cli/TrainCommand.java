package quatrain.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.ModelFiles;
import quatrain.engine.OutputLock;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.bundle.BundleInfo;

/** {@code quatrain train}: corpus → model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on a text and save it as one .quatrain file.",
            "The file is written after every epoch; the best epoch's weights are kept for generation.",
            "Ctrl+C (or TERM, HUP) finishes the running minibatch, saves and exits with 130 (143, 129); a second"
                    + " Ctrl+C quits without saving."})
final class TrainCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpusOptions;

    @Mixin
    TrainingOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return TrainingSession.run(spec, options.json, (listener, control) -> {
            Path known = options.out != null ? options.out : options.resume;
            if (known != null) { // before a large corpus is read; the trainer checks again, with the default name too
                OutputLock.checkFolder(known);
            }
            Corpus corpus = corpusOptions.load();
            TrainingRequest request = request(corpus);
            if (request.model() != null && request.model().kind().isNeural()) {
                request = request.withStatsFile(options.statsFile(corpus.name(), request.model().preset()));
            } else if (request.resumeFrom() != null) {
                request = request.withStatsFile(options.statsFile(corpus.name(), "resumed"));
            }
            return new Trainer().train(request, listener, control);
        }, this::resumeCommand);
    }

    /** How to go on from a stop: the model, and the corpus options it needs to find the same text again. */
    private String resumeCommand(Path model) {
        StringBuilder command = new StringBuilder("quatrain train --resume ").append(SaveReport.shellWord(model.toString()));
        if (corpusOptions.corpus != null) {
            command.append(" --corpus ").append(SaveReport.shellWord(corpusOptions.corpus.toString()));
        }
        if (corpusOptions.format != DocumentFormat.AUTO) {
            command.append(" --format ").append(corpusOptions.format.name().toLowerCase(Locale.ROOT));
        }
        return command.toString();
    }

    private TrainingRequest request(Corpus corpus) {
        if (options.resume != null) {
            BundleInfo info = ModelFiles.readInfo(options.resume);
            TrainingSpec training = options.resumed(info.training());
            return new TrainingRequest(corpus, null, training, options.out != null ? options.out : options.resume,
                    options.resume);
        }
        TrainingOptions.Specs specs = options.specs(false);
        Path target = options.out != null ? options.out : Path.of(defaultName(corpus, specs.preset().name()));
        return new TrainingRequest(corpus, specs.model(), specs.training(), target, null);
    }

    static String defaultName(Corpus corpus, String preset) {
        return TrainingOptions.defaultName(corpus.name(), preset);
    }
}
