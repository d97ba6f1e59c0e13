package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quatrain.core.QuatrainException;
import quatrain.core.spec.Presets;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.TrainedModel;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;

/**
 * The model files of every preset written by format version 2 (src/test/resources/golden/format-2, made by
 * {@link FormatFixtures}) open, write the same quatrains, score the same held-out text, and resume (a Markov chain: refuse to, in words)
 * (decision 0007).
 */
class FormatFixturesTest {
    private static final Path FOLDER = FormatFixtures.folder(2);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {Presets.QUATRAINS_GRU, Presets.CHARS_LSTM, Presets.CHARS_DEEP, Presets.MARKOV})
    void aVersion2FileWritesScoresAndResumesAsWhenItWasSaved(String preset) throws IOException {
        Path file = FOLDER.resolve(preset + ".quatrain");
        assertThat(BundleIO.readInfo(file).manifest().formatVersion()).isEqualTo(2);
        TrainedModel model = TrainedModel.open(file);

        assertThat(FormatFixtures.quatrains(model)).as("quatrains for seed 7")
                .isEqualTo(Files.readString(FOLDER.resolve(preset + ".expected.txt")));
        double recorded = Double.parseDouble(Files.readString(FOLDER.resolve(preset + ".cross-entropy.txt")).trim());
        assertThat(FormatFixtures.crossEntropy(model)).as("cross-entropy on the held-out text")
                .isCloseTo(recorded, within(1e-4));

        Path copy = Files.copy(file, dir.resolve(preset + ".quatrain"));
        int done = BundleIO.readInfo(copy).state().epochsDone();
        TrainingRequest more = new TrainingRequest(FormatFixtures.TRAIN, null,
                FormatFixtures.training(preset).withEpochs(done + 1), copy, copy);
        if (preset.equals(Presets.MARKOV)) { // one pass: resuming is refused in words, the file left as it was
            assertThatThrownBy(() -> new Trainer().train(more, TrainingListener.NONE, new TrainingControl()))
                    .isInstanceOf(QuatrainException.class).hasMessageContaining("nothing to resume");
            assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
            return;
        }
        TrainingResult resumed = new Trainer().train(more, TrainingListener.NONE, new TrainingControl());
        assertThat(resumed.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(BundleIO.readInfo(copy).state().epochsDone()).isEqualTo(done + 1);
        assertThat(TrainedModel.open(copy).generator().generate(FormatFixtures.SAMPLING)).hasSize(2);
    }
}
