package quatrain.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Option;
import quatrain.core.AppDirs;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.SpecException;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.RunNames;
import quatrain.engine.ModelFiles;
import quatrain.engine.ui.RunRecorder;

/**
 * The options {@code train} and {@code spark-train} share, and what they make of them: the preset with every
 * {@code --set} applied (model, training and, for Spark, averaging settings), the run's statistics file and the
 * default model file name.
 */
final class TrainingOptions {
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
            description = "Override any model or training setting, e.g. --set units=256 --set dropout=0.3 --set"
                    + " patience=0. See 'quatrain presets --json' for the names.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print training events as JSON lines on standard output.")
    boolean json;

    @Option(names = "--runs", paramLabel = "DIR",
            description = "Record statistics for the training UI ('quatrain ui') in DIR (default: ${DEFAULT-VALUE}).")
    Path runs = AppDirs.forCurrentPlatform().runs();

    @Option(names = "--no-stats", description = "Do not record statistics for the training UI.")
    boolean noStats;

    /** The preset with the settings applied. */
    record Specs(Preset preset, ModelSpec model, TrainingSpec training, SparkSpec spark) {
    }

    /**
     * The preset's specs with every {@code --set} and option applied.
     *
     * @param sparkSettings whether the averaging settings are allowed ({@code spark-train}); for {@code train} they
     *                      are refused, saying whose they are
     */
    Specs specs(boolean sparkSettings) {
        Preset p = Presets.get(preset);
        Map<String, String> model = new LinkedHashMap<>();
        Map<String, String> training = new LinkedHashMap<>();
        Map<String, String> spark = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (isKey(p.model(), e.getKey())) {
                model.put(e.getKey(), e.getValue());
            } else if (isKey(p.training(), e.getKey())) {
                training.put(e.getKey(), e.getValue());
            } else if (isKey(p.spark(), e.getKey())) {
                if (!sparkSettings) {
                    throw new SpecException("\"" + e.getKey() + "\" is a setting of spark-train (training on a Spark"
                            + " cluster), not of train");
                }
                spark.put(e.getKey(), e.getValue());
            } else {
                throw unknown(p, e.getKey(), sparkSettings);
            }
        }
        if (glove != null) {
            model.put("gloveFile", glove.toString());
        }
        return new Specs(p, Overrides.apply(p.model(), model), apply(Overrides.apply(p.training(), training)),
                Overrides.apply(p.spark(), spark));
    }

    /** For a resumed run: the file's training settings with the options given here. */
    TrainingSpec resumed(TrainingSpec fromFile) {
        return apply(fromFile);
    }

    /** For a resumed Spark run: the default averaging settings with any given here. */
    SparkSpec resumedSpark() {
        Map<String, String> spark = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (isKey(SparkSpec.defaults(), k)) {
                spark.put(k, v);
            }
        });
        return Overrides.apply(SparkSpec.defaults(), spark);
    }

    private TrainingSpec apply(TrainingSpec base) {
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

    private static SpecException unknown(Preset p, String key, boolean sparkSettings) {
        List<String> parts = new ArrayList<>(List.of(
                "model settings: " + String.join(", ", Overrides.keys(p.model())),
                "training settings: " + String.join(", ", Overrides.keys(p.training()))));
        if (sparkSettings) {
            parts.add("Spark settings: " + String.join(", ", Overrides.keys(p.spark())));
        }
        return new SpecException("unknown setting \"" + key + "\"; " + String.join("; ", parts));
    }

    static boolean isKey(Record spec, String key) {
        String wanted = key.replace("-", "").replace("_", "");
        return Overrides.keys(spec).stream().anyMatch(k -> k.equalsIgnoreCase(wanted));
    }

    /** The statistics file of a new run of {@code preset} on {@code corpusName}, or null when none is recorded. */
    Path statsFile(String corpusName, String presetOrResumed) {
        return noStats ? null : runs.resolve(RunNames.runId(corpusName, presetOrResumed) + RunRecorder.EXTENSION);
    }

    /** CORPUS-PRESET.quatrain ("sample-..." for the built-in corpus). */
    static String defaultName(String corpusName, String preset) {
        String base = corpusName.startsWith("Built-in") ? "sample" : RunNames.slug(corpusName);
        return base + "-" + preset + ModelFiles.EXTENSION;
    }
}
