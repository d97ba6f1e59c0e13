package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import quatrain.app.service.TrainingStatus;
import quatrain.core.AppDirs;
import quatrain.core.corpus.Corpus;
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

/** Resuming a model file and showing an opened model's history, with real tiny networks on the test thread. */
class ResumeTrainingTest {
    static final ModelSpec SMALL = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
            Map.of("units", "16", "embeddingSize", "8"));
    static final TrainingSpec FAST = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
            Map.of("batchSize", "64", "patience", "0", "sampleEvery", "0", "validationFraction", "0.1"));
    static final Corpus CORPUS = TestCorpora.corpus(80, 3);

    @TempDir
    static Path shared;
    static Path twoEpochs;

    @TempDir
    Path dir;
    private final Session session = new Session();
    private TrainingViewModel vm;

    @BeforeAll
    static void trainAModel() {
        twoEpochs = shared.resolve("two-epochs.quatrain");
        new Trainer().train(new TrainingRequest(CORPUS, SMALL, FAST.withEpochs(2), twoEpochs, null),
                TrainingListener.NONE, new TrainingControl());
    }

    @BeforeEach
    void setUp() {
        AppDirs dirs = new AppDirs(dir.resolve("c"), dir.resolve("d"), dir.resolve("k"), dir.resolve("s"));
        vm = new TrainingViewModel(new AppContext(dirs, Runnable::run, UiDispatcher.DIRECT, session,
                new TrainingService(Runnable::run, UiDispatcher.DIRECT, new Trainer())), TrainingViewModelTest.CLOCK);
    }

    private PlotLine epochLine(String label) {
        return vm.charts().linesProperty(ChartKind.LOSS).get().stream().filter(l -> l.label().equals(label))
                .findFirst().orElseThrow();
    }

    @Test
    void anOpenedModelShowsItsTrainingHistoryOnTheCharts() {
        assertThat(vm.charts().hasData()).isFalse();
        session.modelProperty().set(TrainedModel.open(twoEpochs));
        assertThat(epochLine("Training loss (epoch)").size()).isEqualTo(2);
        assertThat(epochLine("Validation loss").size()).isEqualTo(2);
        assertThat(vm.charts().hasData()).isTrue();
    }

    @Test
    void continueTrainsTheLoadedModelOnIntoANewFileWithItsHistoryFirst() {
        session.corpusProperty().set(CORPUS);
        session.trainingSpecProperty().set(FAST.withEpochs(1));
        assertThat(vm.canContinueProperty().get()).isFalse();
        session.modelProperty().set(TrainedModel.open(twoEpochs));
        assertThat(vm.canContinueProperty().get()).isTrue();

        vm.continueModel();

        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.FINISHED);
        TrainedModel resumed = session.modelProperty().get();
        assertThat(resumed.file()).isNotEqualTo(twoEpochs).hasParent(dir.resolve("d").resolve("models"));
        assertThat(resumed.info().history()).hasSize(3);
        assertThat(resumed.info().state().epochsDone()).isEqualTo(3);
        assertThat(epochLine("Training loss (epoch)").size()).isEqualTo(3);
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
    }

    @Test
    void resumingOnAnotherTextIsRefusedInlineWithTheEnginesReason() {
        session.corpusProperty().set(TestCorpora.corpus(80, 11));
        vm.resumeFrom(twoEpochs);
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(vm.noticeProperty().get().text()).contains("vocabulary");
    }

    @Test
    void aMarkovChainHasNothingToResume() {
        Path markov = dir.resolve("markov.quatrain");
        new Trainer().train(new TrainingRequest(CORPUS, Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), markov, null), TrainingListener.NONE, new TrainingControl());
        session.corpusProperty().set(CORPUS);
        vm.resumeFrom(markov);
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.error("Cannot resume",
                "A Markov chain trains in one pass; there is nothing to resume. Train it again."));
        assertThat(vm.canContinueProperty().get()).isFalse();
    }
}
