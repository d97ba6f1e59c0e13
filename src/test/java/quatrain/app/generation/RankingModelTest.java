package quatrain.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.context.AppContext;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.judge.BestOf;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.RankedQuatrain;
import quatrain.core.spec.Presets;
import quatrain.core.spec.SamplingSpec;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.TrainedModel;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;
import quatrain.testing.TestCorpora;

/**
 * Rank in the generation view model, without the FX toolkit: a small GRU model file with its corpus (a copy of the
 * format-2 golden file), a judge of 40 texts a kind and 2 epochs, everything on the calling thread.
 */
class RankingModelTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/format-2/quatrains-gru.quatrain");
    /** The text the golden file was trained on (its README). */
    static final String CORPUS = TestCorpora.stanzas(80, 11);

    @TempDir
    Path dir;
    private AppContext ctx;
    private GenerationViewModel vm;
    private Path modelFile;

    static JudgeSettings small(double temperature) {
        return JudgeSettings.at(temperature, 42).withSamples(40).withEpochs(2);
    }

    @BeforeEach
    void setUp() throws IOException {
        ctx = TestContexts.direct(dir);
        vm = new GenerationViewModel(ctx, () -> 1L, RankingModelTest::small);
        vm.form().newSeedEachTimeProperty().set(false);
        vm.form().seedProperty().set("7");
        vm.form().countProperty().set(3);
        modelFile = Files.copy(GOLDEN, dir.resolve("gru.quatrain"));
    }

    private void open(Path file) {
        ctx.session().modelProperty().set(TrainedModel.open(file));
    }

    private List<Integer> shownIndices() {
        return vm.latest().stream().map(q -> q.quatrain().index()).toList();
    }

    /** What BestOf chooses from the same candidates, as the command line's --best-of would. */
    private List<RankedQuatrain> expected(boolean excludeCopies) throws Exception {
        TrainedModel model = ctx.session().modelProperty().get();
        SamplingSpec spec = vm.form().build();
        TextGenerator generator = model.generator();
        List<Quatrain> candidates = new ArrayList<>();
        for (int i = 0; i < vm.ranking().bestOfProperty().get(); i++) {
            candidates.add(generator.generateOne(spec, i));
        }
        return BestOf.choose(candidates, model.judgeScores(candidates), spec.count(), excludeCopies);
    }

    @Test
    void bestOfFollowsFourTimesTheCountUntilSetOtherwise() {
        assertThat(vm.ranking().bestOfProperty().get()).isEqualTo(12);
        vm.form().countProperty().set(5);
        assertThat(vm.ranking().bestOfProperty().get()).isEqualTo(20);
        vm.ranking().bestOfProperty().set(7);
        vm.form().countProperty().set(2);
        assertThat(vm.ranking().bestOfProperty().get()).isEqualTo(7);
        assertThat(vm.ranking().candidates(9)).as("never fewer than the count").isEqualTo(9);
    }

    @Test
    void rankTrainsAJudgeThenShowsTheBestByScoreWithTheirScores() throws Exception {
        open(modelFile);
        assertThat(vm.modelProperty().get().judge()).isEmpty();
        List<String> progress = new ArrayList<>();
        vm.ranking().progressTextProperty().addListener((o, a, text) -> progress.add(text));
        vm.rank();

        TrainedModel judged = ctx.session().modelProperty().get();
        assertThat(judged.judgeInfo()).as("the session uses the model with its judge").isPresent();
        assertThat(TrainedModel.open(modelFile).judgeInfo()).as("saved in the file").isPresent();
        assertThat(vm.modelProperty().get().judge()).startsWith("judge: AUC ").endsWith(" at T 1.0");
        assertThat(progress).anySatisfy(t -> assertThat(t).contains("writing quatrains"))
                .anySatisfy(t -> assertThat(t).contains("epoch 2 of 2 · held-out AUC"));
        assertThat(vm.ranking().judgingProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.resultKindProperty().get()).isEqualTo(GenerationViewModel.ResultKind.RANK);
        assertThat(vm.resultTextProperty().get()).startsWith("Best 3 of 12 by the judge · seed 7");

        List<RankedQuatrain> best = expected(true);
        assertThat(vm.latest()).hasSize(best.size()).allSatisfy(q -> assertThat(q.hasScore()).isTrue());
        assertThat(shownIndices()).isEqualTo(best.stream().map(r -> r.quatrain().index()).toList());
        assertThat(vm.latest()).extracting(GeneratedQuatrain::score)
                .isEqualTo(best.stream().map(RankedQuatrain::score).toList())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theSameSeedChoosesTheSameQuatrainsAgain() {
        open(modelFile);
        vm.rank();
        List<Integer> first = shownIndices();
        List<Double> scores = vm.latest().stream().map(GeneratedQuatrain::score).toList();
        List<String> texts = vm.latest().stream().map(q -> q.quatrain().text()).toList();
        vm.form().seedProperty().set("8");
        vm.rank();
        assertThat(vm.latest()).allSatisfy(q -> assertThat(q.quatrain().seed()).isEqualTo(8));
        assertThat(vm.latest().stream().map(q -> q.quatrain().text()).toList()).isNotEqualTo(texts);
        vm.form().seedProperty().set("7");
        vm.rank();
        assertThat(shownIndices()).isEqualTo(first);
        assertThat(vm.latest()).extracting(GeneratedQuatrain::score).isEqualTo(scores);
    }

    @Test
    void hideCopiesPassesOverQuatrainsFlaggedAsCopies() throws Exception {
        // A Markov chain of a tiny corpus copies it often (the small GRU hardly ever does).
        Path markov = dir.resolve("markov.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(80, 3), Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), markov, null), TrainingListener.NONE, new TrainingControl());
        open(markov);
        vm.form().temperatureProperty().set(0.5);
        vm.ranking().bestOfProperty().set(24);
        vm.ranking().hideCopiesProperty().set(false);
        vm.rank();
        List<RankedQuatrain> withCopies = expected(false);
        assertThat(withCopies).as("a copy is among the best by score").anySatisfy(r -> assertThat(r.copies()).isTrue());
        assertThat(shownIndices()).containsExactlyInAnyOrderElementsOf(
                withCopies.stream().map(r -> r.quatrain().index()).toList());
        assertThat(vm.latest()).anySatisfy(q -> assertThat(q.quatrain().novelty().flagged()).isTrue());

        vm.ranking().hideCopiesProperty().set(true);
        vm.rank();
        assertThat(vm.latest()).isNotEmpty().noneSatisfy(q -> assertThat(q.quatrain().novelty().flagged()).isTrue());
        assertThat(shownIndices()).isEqualTo(expected(true).stream().map(r -> r.quatrain().index()).toList());
    }

    @Test
    void sortByScoreOffShowsTheChosenInTheOrderWritten() {
        open(modelFile);
        vm.ranking().sortByScoreProperty().set(false);
        vm.rank();
        assertThat(shownIndices()).isSorted();
        vm.ranking().sortByScoreProperty().set(true);
        assertThat(vm.latest()).extracting(GeneratedQuatrain::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void generateScoresItsCardsOnlyOnceTheModelHasAJudge() {
        open(modelFile);
        vm.generate();
        assertThat(vm.latest()).hasSize(3).noneSatisfy(q -> assertThat(q.hasScore()).isTrue());
        vm.rank();
        vm.generate();
        assertThat(vm.resultKindProperty().get()).isEqualTo(GenerationViewModel.ResultKind.BATCH);
        assertThat(vm.latest()).hasSize(3).allSatisfy(q -> assertThat(q.hasScore()).isTrue());
        assertThat(vm.latest()).extracting(GeneratedQuatrain::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aModelFileWithoutItsCorpusAsksForTheFileAndRanksWithIt() throws Exception {
        Path bare = withoutCorpus(modelFile);
        byte[] before = Files.readAllBytes(bare);
        open(bare);
        vm.rank();
        assertThat(vm.noticeProperty().get().title()).isEqualTo("The judge needs the corpus");
        assertThat(vm.noticeProperty().get().text()).contains("does not hold the text it was trained on")
                .contains("Choose the corpus file");
        assertThat(vm.ranking().corpusWantedProperty().get()).isTrue();
        assertThat(vm.latest()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(Files.readAllBytes(bare)).isEqualTo(before);

        vm.rankWithCorpus(dir.resolve("missing.txt"));
        assertThat(vm.noticeProperty().get().title()).isEqualTo("Could not rank");
        assertThat(vm.ranking().corpusWantedProperty().get()).as("another file may be chosen").isTrue();

        Path text = Files.writeString(dir.resolve("tiny.txt"), CORPUS);
        vm.rankWithCorpus(text);
        assertThat(vm.noticeProperty().get()).isNull();
        assertThat(vm.ranking().corpusWantedProperty().get()).isFalse();
        assertThat(vm.latest()).hasSize(3).allSatisfy(q -> assertThat(q.hasScore()).isTrue());
        assertThat(ctx.session().modelProperty().get().judgeInfo()).get()
                .satisfies(j -> assertThat(j.corpus()).startsWith("tiny.txt (sha256 "));
    }

    @Test
    void cancellingTheJudgeLeavesTheModelFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(modelFile);
        open(modelFile);
        TrainedModel original = ctx.session().modelProperty().get();
        // Progress arrives on the training thread here (same-thread dispatch): cancel at the first report.
        vm.ranking().progressTextProperty().addListener((o, a, text) -> vm.ranking().cancel());
        vm.rank();
        assertThat(vm.noticeProperty().get().title()).isEqualTo("Ranking stopped");
        assertThat(vm.noticeProperty().get().text()).contains("unchanged");
        assertThat(vm.ranking().judgingProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(ctx.session().modelProperty().get()).isSameAs(original);
        assertThat(Files.readAllBytes(modelFile)).isEqualTo(before);
    }

    /** The same model in a file that does not hold its corpus, as training writes one of a very large corpus. */
    static Path withoutCorpus(Path file) {
        ModelBundle b = BundleIO.read(file);
        Path bare = file.resolveSibling("bare.quatrain");
        BundleIO.write(new ModelBundle(b.manifest(), b.model(), b.training(), b.vocabulary(), b.history(), b.state(),
                List.of(), b.network(), b.bestParams(), b.markov()), bare);
        return bare;
    }
}
