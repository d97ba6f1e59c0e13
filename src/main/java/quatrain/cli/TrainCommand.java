package quatrain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import quatrain.StopSignal;
import quatrain.core.AppDirs;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SpecException;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.RunNames;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.OutputLock;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.BundleInfo;
import quatrain.engine.ui.RunRecorder;

/** {@code quatrain train}: corpus → model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on a text and save it as one .quatrain file (written after every epoch;",
            "the best epoch's weights are kept for generation). Ctrl+C (or TERM, HUP) finishes the running",
            "minibatch, saves and exits with 130 (143, 129); a second Ctrl+C quits without saving."})
final class TrainCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpusOptions;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = Presets.QUATRAINS_GRU,
            description = "Model preset: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs to train (in all, when resuming).")
    Integer epochs;

    @Option(names = "--max-minutes", paramLabel = "M", description = "Stop after M minutes of training and save.")
    Double maxMinutes;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: CORPUS-PRESET.quatrain).")
    Path out;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue training this model file on the same corpus.")
    Path resume;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the split, weights, shuffling and samples.")
    Long seed;

    @Option(names = "--batch-size", paramLabel = "N", description = "Windows per minibatch.")
    Integer batchSize;

    @Option(names = "--learning-rate", paramLabel = "LR", description = "Learning rate.")
    Double learningRate;

    @Option(names = "--glove", paramLabel = "FILE", description = "GloVe text file to initialise word embeddings.")
    Path glove;

    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = {"Override any model or training setting, e.g. --set units=256 --set dropout=0.3",
                "--set patience=0. See 'quatrain presets --json' for the names."})
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print training events as JSON lines on standard output.")
    boolean json;

    @Option(names = "--runs", paramLabel = "DIR",
            description = "Record statistics for the training UI ('quatrain ui') in DIR (default: ${DEFAULT-VALUE}).")
    Path runs = AppDirs.forCurrentPlatform().runs();

    @Option(names = "--no-stats", description = "Do not record statistics for the training UI.")
    boolean noStats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TrainingControl control = new TrainingControl();
        try (SignalStop stop = SignalStop.install(err, "quit without saving", (s, signal) -> {
            if (control.abandonIfNotBegun()) {
                s.exit(signal, "stopped by " + signal.label() + " before training began: nothing saved");
            } else {
                control.cancel(); // the running minibatch finishes, the trainer saves and returns
            }
        })) {
            return train(control, stop);
        }
    }

    private int train(TrainingControl control, SignalStop stop) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path known = this.out != null ? this.out : resume;
        if (known != null) { // before a large corpus is read; the trainer checks again, with the default name too
            OutputLock.checkFolder(known);
        }
        Corpus corpus = corpusOptions.load();
        TrainingRequest request = request(corpus);
        if (!noStats && request.model() != null && request.model().kind().isNeural()) {
            request = request.withStatsFile(runs.resolve(RunNames.runId(corpus.name(), request.model().preset())
                    + RunRecorder.EXTENSION));
        } else if (!noStats && request.resumeFrom() != null) {
            request = request.withStatsFile(runs.resolve(RunNames.runId(corpus.name(), "resumed") + RunRecorder.EXTENSION));
        }
        ProgressPrinter progress = json ? null : new ProgressPrinter(err, System.console() != null);
        TrainingListener printer = json ? new JsonEventPrinter(out) : progress;
        int[] batchesPerEpoch = {0};
        TrainingListener listener = event -> {
            if (event instanceof TrainingEvent.Started started) {
                batchesPerEpoch[0] = started.batchesPerEpoch();
            }
            stop.unlessExiting(() -> printer.onEvent(event));
        };
        TrainingResult result;
        try {
            result = new Trainer().train(request, listener, control);
        } catch (Throwable e) { // Errors too: MapDB's "DB was closed" is an IllegalAccessError
            stop.holdIfExiting(); // a signal's thread is ending the JVM: nothing more to say
            throw e;
        }
        stop.holdIfExiting();
        Optional<StopSignal> signal = stop.signal();
        if (signal.isPresent() && result.reason() == StopReason.CANCELLED) {
            String line = SaveReport.stopped(signal.get(), result, batchesPerEpoch[0], resumeCommand(result.output()));
            stop.unlessExiting(() -> {
                if (progress != null) {
                    progress.message(line);
                } else {
                    err.println(line);
                    err.flush();
                }
            });
            return signal.get().exitStatus();
        }
        if (!json) {
            out.println(SaveReport.saved(result, batchesPerEpoch[0]));
        }
        out.flush();
        return result.reason() == StopReason.FAILED ? 1 : 0;
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
        if (resume != null) {
            BundleInfo info = BundleIO.readInfo(resume);
            TrainingSpec training = applyTrainingOptions(info.training());
            return new TrainingRequest(corpus, null, training, out != null ? out : resume, resume);
        }
        Preset p = Presets.get(preset);
        Map<String, String> modelSettings = new LinkedHashMap<>();
        Map<String, String> trainingSettings = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (isKey(p.model(), e.getKey())) {
                modelSettings.put(e.getKey(), e.getValue());
            } else if (isKey(p.training(), e.getKey())) {
                trainingSettings.put(e.getKey(), e.getValue());
            } else {
                throw new SpecException("unknown setting \"" + e.getKey() + "\"; model settings: "
                        + String.join(", ", Overrides.keys(p.model())) + "; training settings: "
                        + String.join(", ", Overrides.keys(p.training())));
            }
        }
        if (glove != null) {
            modelSettings.put("gloveFile", glove.toString());
        }
        ModelSpec model = Overrides.apply(p.model(), modelSettings);
        TrainingSpec training = applyTrainingOptions(Overrides.apply(p.training(), trainingSettings));
        Path target = out != null ? out : Path.of(defaultName(corpus, p.name()));
        return new TrainingRequest(corpus, model, training, target, null);
    }

    private TrainingSpec applyTrainingOptions(TrainingSpec base) {
        Map<String, String> o = new LinkedHashMap<>();
        if (epochs != null) {
            o.put("epochs", epochs.toString());
        }
        if (maxMinutes != null) {
            o.put("maxMinutes", maxMinutes.toString());
        }
        if (seed != null) {
            o.put("seed", seed.toString());
        }
        if (batchSize != null) {
            o.put("batchSize", batchSize.toString());
        }
        if (learningRate != null) {
            o.put("learningRate", learningRate.toString());
        }
        return Overrides.apply(base, o);
    }

    private static boolean isKey(Record spec, String key) {
        String wanted = key.replace("-", "").replace("_", "");
        return Overrides.keys(spec).stream().anyMatch(k -> k.equalsIgnoreCase(wanted));
    }

    static String defaultName(Corpus corpus, String preset) {
        String base = corpus.name().startsWith("Built-in") ? "sample" : RunNames.slug(corpus.name());
        return base + "-" + preset + BundleIO.EXTENSION;
    }
}
