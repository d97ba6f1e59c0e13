package quatrain.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.service.TrainingService;
import quatrain.app.settings.SettingsStore;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelEstimator;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.training.Durations;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;
import quatrain.testing.TestCorpora;

/** The time estimate learns from measured epochs: same preset, same corpus, the warm-up epoch left out. */
class EstimateViewModelTest {
    @TempDir
    Path dir;
    private final Trainer trainer = mock(Trainer.class);
    private final Corpus corpus = TestCorpora.corpus(300, 5);
    private AppContext context;
    private ModelViewModel model;

    @BeforeEach
    void setUp() {
        context = new AppContext(TestContexts.dirs(dir), Runnable::run, UiDispatcher.DIRECT, new Session(),
                new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer));
        model = new ModelViewModel(context, TestContexts.settings(context), TestContexts::cpuOnly);
        context.session().corpusProperty().set(corpus);
    }

    /** A run of the session's settings whose epochs take {@code seconds} each (and a made-up token rate). */
    private void trainWithEpochsOf(double... seconds) {
        when(trainer.train(any(), any(), any())).thenAnswer(call -> {
            TrainingListener events = call.getArgument(1);
            events.onEvent(new TrainingEvent.Started("CPU", 1000, 50, 1000, 10, 1, seconds.length));
            for (int i = 0; i < seconds.length; i++) {
                events.onEvent(new TrainingEvent.EpochEnd(new EpochStats(i + 1, 10L * (i + 1), 3, 3, 0.2, 20,
                        123_456, seconds[i], 0, 0.003, 0), false));
            }
            return new TrainingResult(dir.resolve("m.quatrain"), StopReason.COMPLETED, List.of(), null);
        });
        context.training().start(new TrainingRequest(corpus, context.session().modelSpecProperty().get(),
                context.session().trainingSpecProperty().get(), dir.resolve("m.quatrain"), null)).join();
    }

    private double flopsPerEpoch(Corpus c) {
        ModelSpec m = context.session().modelSpecProperty().get();
        TrainingSpec t = context.session().trainingSpecProperty().get();
        try (TokenizedCorpus data = TokenizedCorpus.prepare(c, m, t.validationFraction(), t.seed(), null)) {
            long train = ModelEstimator.windows(data.train(), m.sequenceLength(), m.windowStep(), m.everyStep());
            long val = ModelEstimator.windows(data.validation(), m.sequenceLength(), m.windowStep(), m.everyStep());
            return ModelEstimator.estimate(m, t, data.vocabulary().size(), m.embeddingSize(), train, val, 0)
                    .flopsPerEpoch();
        }
    }

    @Test
    void theSamePresetOnTheSameCorpusIsEstimatedAtItsMedianEpochAfterTheWarmUp() {
        // The epochs of the issue: a slow first one, then 3.4 to 8.2 s.
        trainWithEpochsOf(24, 3.4, 8.2, 5.0);
        assertThat(model.estimate().timeProperty().get()).startsWith("≈ 5 s per epoch, ");
        assertThat(model.estimate().noteProperty().get()).contains("your last quatrains-gru run on this device");
    }

    @Test
    void anotherCorpusSizeIsEstimatedInProportionToItsWork() {
        trainWithEpochsOf(24, 10, 10);
        Corpus bigger = TestCorpora.corpus(900, 6);
        double expected = 10 * flopsPerEpoch(bigger) / flopsPerEpoch(corpus);
        context.session().corpusProperty().set(bigger);
        assertThat(expected).isGreaterThan(25);
        assertThat(model.estimate().timeProperty().get()).startsWith("≈ " + Durations.rounded(expected) + " per epoch");
    }

    @Test
    void aRateRememberedTheOldWayFromOneEpochsTokenRateIsNotUsed() {
        SettingsStore settings = TestContexts.settings(context);
        settings.update(st -> st.withMeasuredFlops(Map.of("quatrains-gru@CPU", 14.5e9)));
        model = new ModelViewModel(context, settings, TestContexts::cpuOnly);
        assertThat(model.estimate().noteProperty().get()).contains("assuming 2 CPU threads");
    }

    @Test
    void aRunWithOnlyItsWarmUpEpochTeachesTheEstimateNothing() {
        String before = model.estimate().timeProperty().get();
        trainWithEpochsOf(24);
        assertThat(model.estimate().timeProperty().get()).isEqualTo(before);
        assertThat(model.estimate().noteProperty().get()).contains("assuming 2 CPU threads");
    }
}
