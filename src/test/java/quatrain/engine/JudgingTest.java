package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.generate.Quatrain;
import quatrain.core.judge.JudgeCorpus;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.NoCorpusException;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;

class JudgingTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/format-2/quatrains-gru.quatrain");
    private static final JudgeSettings SMALL = JudgeSettings.at(1.0, 42).withSamples(40).withEpochs(2);
    private static final SamplingSpec SAMPLING = SamplingSpec.defaults().withCount(3).withSeed(7);

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyModel() throws IOException {
        file = Files.copy(GOLDEN, dir.resolve("model.quatrain"));
    }

    @Test
    void keepsTheJudgeInTheFileWithoutChangingTheModel() {
        TrainedModel before = TrainedModel.open(file);
        List<Quatrain> written = before.generator().generate(SAMPLING);

        TrainedModel judged = Judging.train(before, null, SMALL, JudgeProgress.Listener.NONE, () -> false);
        JudgeInfo info = judged.judgeInfo().orElseThrow();
        assertThat(info.corpus()).isEqualTo("the model file");
        assertThat(info.trainingTexts() + info.heldOutTexts()).isEqualTo(80);
        assertThat(info.heldOutAuc()).isBetween(0.0, 1.0);

        TrainedModel reopened = TrainedModel.open(file);
        assertThat(reopened.info().manifest().formatVersion()).isEqualTo(3);
        assertThat(reopened.judgeInfo()).contains(info);
        assertThat(reopened.judgeOutdated()).isFalse();
        assertThat(reopened.generator().generate(SAMPLING)).extracting(Quatrain::text)
                .isEqualTo(written.stream().map(Quatrain::text).toList());
        assertThat(reopened.judgeScores(written)).containsExactly(judged.judgeScores(written));
        assertThat(java.util.Arrays.stream(reopened.judgeScores(written)).boxed()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    }

    @Test
    void retiresTheJudgeWhenTheWeightsChange() {
        Judging.train(TrainedModel.open(file), null, SMALL, JudgeProgress.Listener.NONE, () -> false);
        ModelBundle bundle = BundleIO.read(file);
        bundle.bestParams().addi(0.01); // what training on would do to the weights the model samples from
        BundleIO.write(bundle, file);

        TrainedModel trainedOn = TrainedModel.open(file);
        assertThat(trainedOn.judgeInfo()).isEmpty();
        assertThat(trainedOn.judgeOutdated()).isTrue();
        assertThat(trainedOn.info().judge()).isNotNull();
        assertThatThrownBy(() -> trainedOn.judgeScores(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void asksForTheCorpusWhenTheFileDoesNotHoldIt() throws IOException {
        ModelBundle full = BundleIO.read(file);
        BundleIO.write(new ModelBundle(full.manifest(), full.model(), full.training(), full.vocabulary(), full.history(),
                full.state(), List.of(), full.network(), full.bestParams(), full.markov()), file);
        byte[] without = Files.readAllBytes(file);
        TrainedModel model = TrainedModel.open(file);

        assertThatThrownBy(() -> Judging.train(model, null, SMALL, JudgeProgress.Listener.NONE, () -> false))
                .isInstanceOf(NoCorpusException.class)
                .hasMessageContaining("does not hold the text it was trained on")
                .hasMessageContaining(full.manifest().corpus().name())
                .satisfies(e -> assertThat(((NoCorpusException) e).corpusName())
                        .isEqualTo(full.manifest().corpus().name()));
        assertThat(Files.readAllBytes(file)).isEqualTo(without);

        TrainedModel judged = Judging.train(model, new JudgeCorpus(full.documents(), "sample.txt"), SMALL,
                JudgeProgress.Listener.NONE, () -> false);
        assertThat(judged.judgeInfo().orElseThrow().corpus()).isEqualTo("sample.txt");
        assertThat(TrainedModel.open(file).info().hasCorpus()).isFalse();
    }

    @Test
    void leavesTheFileAsItWasWhenCancelled() throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Judging.train(TrainedModel.open(file), null, SMALL, JudgeProgress.Listener.NONE,
                () -> true)).isInstanceOf(CancellationException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void reportsWritingThenEveryEpoch() {
        List<JudgeProgress> seen = new java.util.ArrayList<>();
        Judging.train(TrainedModel.open(file), null, SMALL, seen::add, () -> false);
        assertThat(seen).first().satisfies(p -> assertThat(p.phase()).isEqualTo(JudgeProgress.Phase.WRITING));
        assertThat(seen).filteredOn(p -> p.phase() == JudgeProgress.Phase.WRITING).hasSize(40);
        assertThat(seen).filteredOn(p -> p.phase() == JudgeProgress.Phase.TRAINING)
                .extracting(JudgeProgress::done).containsExactly(1, 2);
    }
}
