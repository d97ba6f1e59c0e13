package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
 * The model files of every preset written by each format version from 2 on (src/test/resources/golden/format-N, made
 * by {@link FormatFixtures}) open, write the same quatrains, score the same held-out text, and resume (a Markov
 * chain: refuse to, in words); from version 3 their judge scores those quatrains as it did, until training on
 * retires it (decision 0007).
 */
class FormatFixturesTest {
    @TempDir
    Path dir;

    static Stream<Arguments> fixtures() {
        return Stream.of(2, 3).flatMap(version -> Stream.of(Presets.QUATRAINS_GRU, Presets.CHARS_LSTM,
                Presets.CHARS_DEEP, Presets.MARKOV).map(preset -> Arguments.of(version, preset)));
    }

    @ParameterizedTest(name = "format {0}: {1}")
    @MethodSource("fixtures")
    void aFileWritesScoresJudgesAndResumesAsWhenItWasSaved(int version, String preset) throws IOException {
        Path folder = FormatFixtures.folder(version);
        Path file = folder.resolve(preset + ".quatrain");
        assertThat(BundleIO.readInfo(file).manifest().formatVersion()).isEqualTo(version);
        TrainedModel model = TrainedModel.open(file);
        if (version >= 3) {
            assertThat(FormatFixtures.judgeScores(model)).as("judge scores of the quatrains for seed 7")
                    .isEqualTo(Files.readString(folder.resolve(preset + ".judge-scores.txt")));
        } else {
            assertThat(model.judgeInfo()).isEmpty();
        }

        assertThat(FormatFixtures.quatrains(model)).as("quatrains for seed 7")
                .isEqualTo(Files.readString(folder.resolve(preset + ".expected.txt")));
        double recorded = Double.parseDouble(Files.readString(folder.resolve(preset + ".cross-entropy.txt")).trim());
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
        TrainedModel trainedOn = TrainedModel.open(copy);
        assertThat(trainedOn.generator().generate(FormatFixtures.SAMPLING)).hasSize(2);
        assertThat(trainedOn.judgeInfo()).as("a judge of the weights before").isEmpty();
    }
}
