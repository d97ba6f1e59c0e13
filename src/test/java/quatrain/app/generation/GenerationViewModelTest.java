package quatrain.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.Notice;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.service.TrainingService;
import quatrain.core.AppDirs;
import quatrain.core.Json;
import quatrain.core.corpus.Corpus;
import quatrain.core.export.QuatrainExporter;
import quatrain.core.generate.Quatrain;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.TrainedModel;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

/** Without the FX toolkit, with real models trained on a tiny corpus made here. */
class GenerationViewModelTest {
    static final Corpus CORPUS = TestCorpora.corpus(80, 3);

    @TempDir
    static Path models;
    static TrainedModel markov;

    @TempDir
    Path dir;

    private final Session session = new Session();
    private final List<Long> rolled = new ArrayList<>(List.of(1234L, 5678L));
    private GenerationViewModel vm;

    @BeforeAll
    static void trainModels() {
        markov = train(Presets.get(Presets.MARKOV).model(), Presets.get(Presets.MARKOV).training(), "markov");
    }

    static TrainedModel train(ModelSpec model, TrainingSpec training, String name) {
        Path file = models.resolve(name + ".quatrain");
        new Trainer().train(new TrainingRequest(CORPUS, model, training, file, null), TrainingListener.NONE,
                new TrainingControl());
        return TrainedModel.open(file);
    }

    @BeforeEach
    void setUp() {
        AppDirs dirs = new AppDirs(dir.resolve("c"), dir.resolve("d"), dir.resolve("k"), dir.resolve("s"));
        AppContext ctx = new AppContext(dirs, Runnable::run, UiDispatcher.DIRECT, session,
                new TrainingService(Runnable::run, UiDispatcher.DIRECT, new Trainer()));
        vm = new GenerationViewModel(ctx, () -> rolled.remove(0));
        vm.form().newSeedEachTimeProperty().set(false);
        vm.form().seedProperty().set("7");
    }

    private void useMarkov() {
        session.modelProperty().set(markov);
    }

    private List<String> texts() {
        return vm.latest().stream().map(q -> q.quatrain().text()).toList();
    }

    @Test
    void withoutAModelItSaysHowToGetOne() {
        assertThat(vm.modelProperty().get()).isNull();
        assertThat(vm.canGenerateProperty().get()).isFalse();
        vm.generate();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error("No model", ModelSummary.NO_MODEL + "."));
    }

    @Test
    void describesTheModelFromItsFileAlone() {
        useMarkov();
        ModelSummary m = vm.modelProperty().get();
        assertThat(m.title()).isEqualTo("markov.quatrain");
        assertThat(m.details()).startsWith("markov · MARKOV · words · 1 epoch · best validation loss ")
                .endsWith(" · trained on tiny.txt");
        assertThat(m.source().corpusSha256()).isEqualTo(CORPUS.sha256());
        assertThat(m.novelty()).isTrue();
        assertThat(vm.canGenerateProperty().get()).isTrue();
    }

    @Test
    void generatesTheRequestedNumberWithTheSeedAndIndexOfEach() {
        useMarkov();
        vm.form().countProperty().set(3);
        vm.generate();
        assertThat(vm.latest()).hasSize(3);
        assertThat(vm.latest()).extracting(q -> q.quatrain().index()).containsExactly(0, 1, 2);
        assertThat(vm.latest()).allSatisfy(q -> {
            assertThat(q.quatrain().seed()).isEqualTo(7);
            assertThat(q.settings().count()).isEqualTo(3);
            assertThat(q.lines()).isNotEmpty();
        });
        assertThat(vm.resultTextProperty().get()).startsWith("3 quatrains · seed 7 · ");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.resultKindProperty().get()).isEqualTo(GenerationViewModel.ResultKind.BATCH);
    }

    @Test
    void theSameSeedWritesTheSameQuatrains() {
        useMarkov();
        vm.generate();
        List<String> first = texts();
        vm.generate();
        assertThat(texts()).isEqualTo(first);
    }

    @Test
    void newSeedEachTimeRollsAndShowsTheSeedBeforeGenerating() {
        useMarkov();
        vm.form().newSeedEachTimeProperty().set(true);
        vm.generate();
        assertThat(vm.form().seedProperty().get()).isEqualTo("1234");
        assertThat(vm.latest().get(0).quatrain().seed()).isEqualTo(1234);
    }

    @Test
    void sweepWritesOneQuatrainAtEachOfFourTemperatures() {
        useMarkov();
        vm.sweep();
        assertThat(vm.resultKindProperty().get()).isEqualTo(GenerationViewModel.ResultKind.SWEEP);
        assertThat(vm.latest()).extracting(q -> q.quatrain().temperature()).containsExactly(0.2, 0.5, 1.0, 1.2);
        assertThat(vm.latest()).extracting(q -> q.settings().temperature()).containsExactly(0.2, 0.5, 1.0, 1.2);
        assertThat(vm.latest()).extracting(q -> q.quatrain().index()).containsOnly(0);
        assertThat(vm.resultTextProperty().get()).startsWith("Temperature sweep · seed 7");
    }

    @Test
    void aSeedThatIsNotANumberIsReportedInline() {
        useMarkov();
        vm.form().seedProperty().set("abc");
        vm.generate();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error("Check the settings",
                "The seed must be a whole number such as 42 (got \"abc\")."));
        assertThat(vm.latest()).isEmpty();
    }

    @Test
    void outOfRangeSettingsAreReportedInline() {
        useMarkov();
        vm.form().countProperty().set(0);
        vm.generate();
        assertThat(vm.noticeProperty().get().text()).isEqualTo("Count must be between 1 and 50 (got 0).");
        vm.form().countProperty().set(2);
        vm.form().topPProperty().set(0);
        vm.generate();
        assertThat(vm.noticeProperty().get().text()).isEqualTo("Top-p must be above 0 and at most 1 (got 0.00).");
    }

    @Test
    void promptWordsTheModelDoesNotKnowShowTheGeneratorsMessage() {
        useMarkov();
        vm.form().promptProperty().set("the zebra");
        vm.generate();
        Notice n = vm.noticeProperty().get();
        assertThat(n.title()).isEqualTo("Could not generate");
        assertThat(n.text()).contains("not in the model's vocabulary: zebra");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aPromptStartsEveryQuatrain() {
        useMarkov();
        vm.form().promptProperty().set("the king");
        vm.generate();
        assertThat(texts()).allSatisfy(t -> assertThat(t.toLowerCase()).startsWith("the king"));
    }

    @Test
    void pinnedQuatrainsStayOnTopAcrossNewGenerations() {
        useMarkov();
        vm.form().countProperty().set(3);
        vm.generate();
        GeneratedQuatrain favourite = vm.latest().get(1);
        favourite.pinnedProperty().set(true);
        assertThat(vm.pinned()).containsExactly(favourite);
        assertThat(vm.latest()).hasSize(2).doesNotContain(favourite);
        vm.form().seedProperty().set("8");
        vm.generate();
        assertThat(vm.pinned()).containsExactly(favourite);
        assertThat(vm.latest()).hasSize(3);
        assertThat(vm.visible().get(0)).isSameAs(favourite);
        favourite.pinnedProperty().set(false);
        assertThat(vm.pinned()).isEmpty();
    }

    @Test
    void copyGivesTheSelectedQuatrainsAsTextWithHowToReproduceThem() {
        useMarkov();
        vm.form().countProperty().set(3);
        vm.generate();
        assertThat(vm.copySelection()).isEmpty();
        vm.latest().get(0).selectedProperty().set(true);
        vm.latest().get(2).selectedProperty().set(true);
        assertThat(vm.selectedCountProperty().get()).isEqualTo(2);
        String text = vm.copySelection();
        assertThat(text).contains(vm.latest().get(0).quatrain().lines().get(0))
                .contains(vm.latest().get(2).quatrain().lines().get(0)).contains("seed 7 · quatrain 2");
        assertThat(text).doesNotContain("quatrain 1 ·");
        vm.clearSelection();
        assertThat(vm.selectedCountProperty().get()).isZero();
    }

    @Test
    void exportWritesTheSelectionOrEverythingOnScreen() throws IOException {
        useMarkov();
        vm.form().countProperty().set(3);
        vm.generate();
        vm.latest().get(0).pinnedProperty().set(true);
        vm.latest().get(1).selectedProperty().set(true);
        Path md = dir.resolve("sel.md");
        vm.export(md, QuatrainExporter.Format.MARKDOWN, true);
        GeneratedQuatrain selected = vm.latest().get(1);
        assertThat(Files.readString(md)).isEqualTo(
                QuatrainExporter.format(List.of(selected.toEntry()), QuatrainExporter.Format.MARKDOWN));
        Path json = dir.resolve("all.json");
        vm.export(json, QuatrainExporter.Format.JSON, false);
        var tree = Json.mapper().readTree(Files.readString(json));
        assertThat(tree.get("quatrains")).hasSize(3);
        assertThat(tree.get("quatrains").get(0).get("model").get("file").asText()).isEqualTo("markov.quatrain");
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("Exported", "3 quatrains saved to " + json));
    }

    @Test
    void exportWithNothingToExportSaysSoAndWritesNothing() {
        Path txt = dir.resolve("none.txt");
        vm.export(txt, QuatrainExporter.Format.TXT, false);
        assertThat(txt).doesNotExist();
        assertThat(vm.noticeProperty().get().title()).isEqualTo("Nothing to export");
    }

    @Test
    void phrasesCopiedFromTheCorpusAreMarkedForHighlighting() {
        useMarkov();
        vm.form().temperatureProperty().set(0.2);
        vm.form().countProperty().set(5);
        vm.generate();
        List<Quatrain> copied = vm.latest().stream().map(GeneratedQuatrain::quatrain)
                .filter(q -> !q.novelty().copiedSpans().isEmpty()).toList();
        assertThat(copied).isNotEmpty();
        GeneratedQuatrain q = vm.latest().stream().filter(g -> copied.contains(g.quatrain())).findFirst().orElseThrow();
        assertThat(q.lines()).anySatisfy(l -> assertThat(l.segments()).anyMatch(QuatrainLine.Segment::copied));
    }

    @Test
    void aCharacterModelCountsCharactersInsteadOfWords() {
        ModelSpec chars = Overrides.apply(Presets.get(Presets.MARKOV).model(), Map.of("level", "CHAR", "markovOrder", "4"));
        session.modelProperty().set(train(chars, Presets.get(Presets.MARKOV).training(), "chars"));
        assertThat(vm.form().maxTokensLabelProperty().get()).isEqualTo("Max characters");
        assertThat(vm.form().maxTokensProperty().get()).isEqualTo(SamplingForm.DEFAULT_CHARACTERS);
        vm.generate();
        assertThat(vm.latest()).isNotEmpty();
        session.modelProperty().set(markov);
        assertThat(vm.form().maxTokensLabelProperty().get()).isEqualTo("Max words");
        assertThat(vm.form().maxTokensProperty().get()).isEqualTo(SamplingForm.DEFAULT_WORDS);
    }

    @Test
    void aSmallGruModelGeneratesWithNoveltyFigures() {
        ModelSpec gru = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
                Map.of("units", "16", "embeddingSize", "8"));
        TrainingSpec once = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                Map.of("epochs", "1", "batchSize", "64", "sampleEvery", "0"));
        session.modelProperty().set(train(gru, once, "gru"));
        assertThat(vm.modelProperty().get().details()).startsWith("quatrains-gru · GRU · words · 1 epoch");
        vm.form().countProperty().set(2);
        vm.generate();
        assertThat(vm.noticeProperty().get()).isNull();
        assertThat(vm.latest()).hasSize(2).allSatisfy(q -> assertThat(q.quatrain().novelty()).isNotNull());
    }
}
