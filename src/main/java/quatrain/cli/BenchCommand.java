package quatrain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quatrain.core.Json;
import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusException;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.corpus.TextDecoder;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TokenLevel;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.NetworkFactory;
import quatrain.engine.TrainedModel;
import quatrain.engine.bench.BenchResult;
import quatrain.engine.bench.GenerationBenchmark;
import quatrain.engine.bench.JudgeBenchmark;
import quatrain.engine.bench.Machine;
import quatrain.engine.bench.PeerRecipe;
import quatrain.engine.bench.TrainingBenchmark;

/** {@code quatrain bench}: figures for docs/BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure training speed, generation speed or the time to the app's first frame.",
            "Training cases give seconds per epoch and tokens/s, generate gives ms per quatrain, judge its held-out AUC and"
                    + " the copies among the quatrains it chooses, first-frame the time from launch to the app's first"
                    + " frame. Prints one JSON line per case with --json. Run on a quiet"
                    + " machine; see docs/BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--case", required = true, paramLabel = "NAME",
            description = "A preset name (quatrains-gru, chars-lstm, chars-deep, markov), word-lstm, generate, judge or"
                    + " first-frame.")
    String caseName;

    @Option(names = "--corpus", paramLabel = "FILE", description = "Text to train on (default: the built-in sample).")
    Path corpus;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N characters of the corpus (0 = all).")
    int chars;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO", description = "Document format of the corpus.")
    DocumentFormat format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Compute threads (0 = ND4J's default).")
    int threads;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "3", description = "Epochs; the first is a warm-up (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batches", paramLabel = "N", defaultValue = "0",
            description = "Time only N minibatches per epoch and extrapolate (0 = whole epochs).")
    int batches;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a model or training setting.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--impl", paramLabel = "IMPL", defaultValue = "FUSED",
            description = "Recurrent layers: FUSED (the app's) or REFERENCE (SameDiff GRU / DL4J LSTM).")
    NetworkFactory.Implementation implementation;

    @Option(names = "--recipe", paramLabel = "RECIPE", defaultValue = "ours",
            description = "ours: tokenise and window the corpus as the app does; peer: exactly as the PyTorch peer in"
                    + " docs/bench/peer (Keras tokenisation, its windows), for a like-for-like speed comparison.")
    String recipe;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file for the generate and judge cases.")
    Path model;

    @Option(names = "--quatrains", paramLabel = "N", defaultValue = "200", description = "Quatrains to time (generate).")
    int quatrains;

    @Option(names = "--temperatures", paramLabel = "T", split = ",", defaultValue = "0.5,1.0,1.2",
            description = "Temperatures of the judge case (default: ${DEFAULT-VALUE}).")
    List<Double> temperatures;

    @Option(names = "--best-of", paramLabel = "N", defaultValue = "40",
            description = "Candidates per temperature of the judge case, of which the best --keep are chosen.")
    int bestOf;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "10", description = "Quatrains the judge case chooses.")
    int keep;

    @Option(names = "--launches", paramLabel = "N", defaultValue = "5",
            description = "App launches to time after a warm-up launch (first-frame; default: ${DEFAULT-VALUE}).")
    int launches;

    @Option(names = "--alternate-stats",
            description = "Record training UI statistics on every other epoch and report both epoch times (the"
                    + " listener's overhead, measured interleaved in one process).")
    boolean alternateStats;

    @Option(names = "--json", description = "Print the figures as one JSON line.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads > 0) {
            Machine.useThreads(threads);
        }
        BenchResult result;
        if (caseName.equals("first-frame")) {
            result = FirstFrameBenchmark.run(launches);
        } else if (caseName.equals("judge")) {
            if (model == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--case judge needs --model FILE");
            }
            result = JudgeBenchmark.run(model, temperatures, bestOf, keep);
        } else if (caseName.equals("generate")) {
            if (model == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--case generate needs --model FILE");
            }
            result = GenerationBenchmark.run(TrainedModel.open(model), quatrains, 32);
        } else {
            Preset preset = preset(caseName);
            Map<String, String> modelSettings = new LinkedHashMap<>();
            Map<String, String> trainingSettings = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : settings.entrySet()) {
                boolean isModel = Overrides.keys(preset.model()).stream()
                        .anyMatch(k -> k.equalsIgnoreCase(e.getKey().replace("-", "")));
                (isModel ? modelSettings : trainingSettings).put(e.getKey(), e.getValue());
            }
            ModelSpec m = Overrides.apply(preset.model(), modelSettings);
            TrainingSpec t = Overrides.apply(preset.training(), trainingSettings);
            if (recipe.equals("peer")) {
                result = peerRecipe(m, t);
            } else {
                long loadStart = System.nanoTime();
                Corpus text = loadCorpus();
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                result = TrainingBenchmark.run(caseName, text, m, t, Math.max(1, epochs), batches, implementation,
                        alternateStats).put("load_seconds", Math.round(loadSeconds * 100) / 100.0);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result.values()));
        } else {
            result.values().forEach((k, v) -> out.printf(Locale.ROOT, "%-28s %s%n", k, v));
        }
        out.flush();
        return 0;
    }

    private BenchResult peerRecipe(ModelSpec m, TrainingSpec t) {
        if (corpus == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--recipe peer needs --corpus FILE");
        }
        PeerRecipe.Data data = m.level() == TokenLevel.CHAR
                ? PeerRecipe.chars(corpus, chars > 0 ? chars : 600_000, m.sequenceLength(), m.windowStep())
                : PeerRecipe.words(corpus, m.sequenceLength(), t.seed());
        return TrainingBenchmark.time(caseName, data.train(), data.vocabularySize(), m, t, Math.max(1, epochs), batches,
                implementation, alternateStats).put("recipe", "peer").put("corpus", corpus.getFileName() + " (" + data.description() + ")");
    }

    /** The presets, plus "word-lstm": the seed's word model with an LSTM instead of the GRU. */
    static Preset preset(String name) {
        if (name.equals("word-lstm")) {
            Preset gru = Presets.get(Presets.QUATRAINS_GRU);
            return new Preset(name, "word LSTM", Overrides.apply(gru.model(), Map.of("kind", "LSTM")), gru.training());
        }
        return Presets.get(name);
    }

    private Corpus loadCorpus() {
        if (corpus == null) {
            return SampleCorpus.corpus();
        }
        CorpusLoader loader = new CorpusLoader(format, CorpusLoader.DEFAULT_MAX_BYTES);
        if (chars <= 0) {
            return loader.load(corpus);
        }
        String text = TextDecoder.decode(readAll(corpus)).text();
        return loader.fromText(corpus.getFileName() + " (first " + chars + " characters)",
                text.substring(0, Math.min(chars, text.length())));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + file + "\": " + e.getMessage(), e);
        }
    }
}
