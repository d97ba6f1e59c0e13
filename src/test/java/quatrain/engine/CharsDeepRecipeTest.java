package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.testing.TestCorpora;

/**
 * The chars-deep recipe as the preset has it (sequences with a loss at every position, two LSTM layers with dropout
 * between them, Adam with warm-up and cosine decay, clipping), made small: it must learn a small text's characters
 * in a few epochs, its held-out loss falling and ending far below what the characters' frequencies give.
 * The 30-minute figures on a real text are in docs/BENCHMARKS.md; this keeps the pieces honest between runs.
 */
class CharsDeepRecipeTest {
    @TempDir
    Path dir;

    @Test
    void learnsASmallTextsCharactersEpochAfterEpoch() {
        Preset preset = Presets.get(Presets.CHARS_DEEP);
        // Smaller and shorter, with a learning rate for a few hundred updates instead of thousands.
        ModelSpec spec = Overrides.apply(preset.model(), Map.of("units", "48", "sequenceLength", "32",
                "windowStep", "32"));
        TrainingSpec training = Overrides.apply(preset.training(), Map.of("epochs", "8", "batchSize", "8",
                "learningRate", "0.01", "maxMinutes", "0", "sampleEvery", "0", "validationSplit", "RANDOM"));
        Corpus corpus = TestCorpora.corpus(160, 5);
        TrainingResult result = new Trainer().train(new TrainingRequest(corpus, spec, training,
                dir.resolve("deep.quatrain"), null), TrainingListener.NONE, new TrainingControl());

        assertThat(result.reason()).isEqualTo(StopReason.COMPLETED);
        List<Double> validation = result.history().stream().map(EpochStats::valLoss).toList();
        double unigram = unigramEntropy(String.join("\n", corpus.documents()));
        assertThat(validation.get(validation.size() - 1)).as("last epoch's of %s", validation)
                .isLessThan(validation.get(0)).isLessThan(validation.get(validation.size() / 2));
        assertThat(validation.get(validation.size() - 1)).as("nats per character in %s; the frequencies alone give %.2f",
                validation, unigram).isLessThan(0.6 * unigram);
    }

    @Test
    void randomOffsetCutsEachEpochsSequencesElsewhereAsTheSeedSays() {
        List<Double> fixed = validationLosses("fixed", false);
        List<Double> shifted = validationLosses("shifted", true);
        assertThat(shifted).as("the same run with the text cut at new places").isNotEqualTo(fixed);
        assertThat(validationLosses("again", true)).as("the same seed").isEqualTo(shifted);
    }

    private List<Double> validationLosses(String name, boolean randomOffset) {
        Preset preset = Presets.get(Presets.CHARS_DEEP);
        ModelSpec spec = Overrides.apply(preset.model(), Map.of("units", "16", "layers", "1", "sequenceLength", "32",
                "windowStep", "32"));
        TrainingSpec training = Overrides.apply(preset.training(), Map.of("epochs", "2", "batchSize", "8",
                "maxMinutes", "0", "sampleEvery", "0", "randomOffset", String.valueOf(randomOffset)));
        TrainingResult result = new Trainer().train(new TrainingRequest(TestCorpora.corpus(60, 5), spec, training,
                dir.resolve(name + ".quatrain"), null), TrainingListener.NONE, new TrainingControl());
        return result.history().stream().map(EpochStats::valLoss).toList();
    }

    private static double unigramEntropy(String text) {
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : text.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        double h = 0;
        for (int n : counts.values()) {
            double p = (double) n / text.length();
            h -= p * Math.log(p);
        }
        return h;
    }
}
