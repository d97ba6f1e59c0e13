package quatrain.engine.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import quatrain.core.bundle.Manifest;
import quatrain.core.corpus.Corpus;
import quatrain.core.generate.Quatrain;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Evaluator;
import quatrain.engine.Judging;
import quatrain.engine.TrainedModel;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

/**
 * One small model file of every preset, written by the code of the current format version, with what it must keep
 * doing: the quatrains it writes for a seed and its cross-entropy on a held-out text (docs/decisions/0007). Run
 * {@link #main} once when {@code Manifest.CURRENT_VERSION} changes, into a new folder {@code golden/format-N}; never
 * rewrite an existing folder: its files stand for the ones users have.
 */
final class FormatFixtures {
    static final Path ROOT = Path.of("src/test/resources/golden");
    static final SamplingSpec SAMPLING = new SamplingSpec(0.8, 0, 1.0, "", 32, 2, 7);
    /** The text the models train on, and the one they are scored on. */
    static final Corpus TRAIN = TestCorpora.corpus(80, 11);
    static final Corpus HELD_OUT = TestCorpora.corpus(20, 12);

    /** Every preset, made small: a few thousand parameters, two epochs on {@link #TRAIN}. */
    static final Map<String, Map<String, String>> SMALL = Map.of(
            Presets.QUATRAINS_GRU, Map.of("units", "8", "embeddingSize", "4"),
            Presets.CHARS_LSTM, Map.of("units", "8", "sequenceLength", "12", "windowStep", "3"),
            Presets.CHARS_DEEP, Map.of("units", "8", "sequenceLength", "16", "windowStep", "16"),
            Presets.MARKOV, Map.of());

    private FormatFixtures() {
    }

    static Path folder(int version) {
        return ROOT.resolve("format-" + version);
    }

    static ModelSpec model(String preset) {
        return Overrides.apply(Presets.get(preset).model(), SMALL.get(preset));
    }

    static TrainingSpec training(String preset) {
        Preset p = Presets.get(preset);
        return Overrides.apply(p.training(), Map.of("epochs", "2", "batchSize", "16", "patience", "0",
                "sampleEvery", "0", "maxMinutes", "0"));
    }

    static String quatrains(TrainedModel model) {
        StringBuilder text = new StringBuilder();
        for (Quatrain q : model.generator().generate(SAMPLING)) {
            text.append(q.text()).append("\n\n");
        }
        return text.toString();
    }

    /** The judge's scores of the {@link #SAMPLING} quatrains, one per line (format 3 on: every fixture has a judge). */
    static String judgeScores(TrainedModel model) {
        StringBuilder text = new StringBuilder();
        for (double s : model.judgeScores(model.generator().generate(SAMPLING))) {
            text.append(String.format(Locale.ROOT, "%.6f%n", s));
        }
        return text.toString();
    }

    static double crossEntropy(TrainedModel model) {
        return Evaluator.evaluate(model, HELD_OUT).crossEntropy();
    }

    /** A judge small enough for a fixture: 40 texts of each kind, two epochs. */
    static final JudgeSettings JUDGE = JudgeSettings.at(1.0, 42).withSamples(40).withEpochs(2);

    /**
     * Writes NAME.quatrain (with a judge), NAME.expected.txt, NAME.judge-scores.txt and NAME.cross-entropy.txt for
     * every preset.
     */
    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(folder(Manifest.CURRENT_VERSION));
        for (String preset : List.of(Presets.QUATRAINS_GRU, Presets.CHARS_LSTM, Presets.CHARS_DEEP, Presets.MARKOV)) {
            Path file = out.resolve(preset + ".quatrain");
            new Trainer().train(new TrainingRequest(TRAIN, model(preset), training(preset), file, null),
                    TrainingListener.NONE, new TrainingControl());
            TrainedModel model = Judging.train(TrainedModel.open(file), null, JUDGE, JudgeProgress.Listener.NONE,
                    () -> false);
            Files.writeString(out.resolve(preset + ".expected.txt"), quatrains(model));
            Files.writeString(out.resolve(preset + ".judge-scores.txt"), judgeScores(model));
            Files.writeString(out.resolve(preset + ".cross-entropy.txt"),
                    String.format(Locale.ROOT, "%.6f%n", crossEntropy(model)));
            System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
        }
    }
}
