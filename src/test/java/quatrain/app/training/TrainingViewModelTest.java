package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import quatrain.core.spec.Presets;
import quatrain.core.training.EpochStats;
import quatrain.core.training.OverfitWatch;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

/** Without the FX toolkit: events are fed straight to the view model's observer, on the test thread. */
class TrainingViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:00Z"), ZoneOffset.UTC);
    static final String RUN_ID = "tiny-quatrains-gru-20250301-101500";

    @TempDir
    Path dir;

    private final Session session = new Session();
    /** Training tasks are queued and never run: the tests play the engine's part by feeding events. */
    private final List<Runnable> trainingTasks = new ArrayList<>();
    private final Corpus corpus = TestCorpora.corpus(40, 1);
    private AppDirs dirs;
    private TrainingViewModel vm;

    @BeforeEach
    void setUp() {
        dirs = new AppDirs(dir.resolve("config"), dir.resolve("data"), dir.resolve("cache"), dir.resolve("state"));
        vm = viewModel(new TrainingService(trainingTasks::add, UiDispatcher.DIRECT, new Trainer()));
    }

    private TrainingViewModel viewModel(TrainingService service) {
        return new TrainingViewModel(new AppContext(dirs, Runnable::run, UiDispatcher.DIRECT, session, service), CLOCK);
    }

    static TrainingEvent.Started started(int batches, int epochs) {
        return new TrainingEvent.Started("CPU", 1000, 50, 1000, batches, 1, epochs);
    }

    static TrainingEvent.BatchEnd batch(int epoch, int b, int of, double loss, double tokensPerSecond, double elapsed) {
        return new TrainingEvent.BatchEnd(epoch, b, of, (long) (epoch - 1) * of + b, loss, tokensPerSecond, elapsed);
    }

    static TrainingEvent.EpochEnd epoch(int epoch, long step, double train, double val, double accuracy,
            double elapsed) {
        return new TrainingEvent.EpochEnd(new EpochStats(epoch, step, train, val, accuracy, Math.exp(val), 500, 1,
                elapsed, 0.003, 0), false);
    }

    private PlotLine line(ChartKind kind, PlotLine.Role role, String label) {
        return vm.charts().linesProperty(kind).get().stream()
                .filter(l -> l.role() == role && l.label().equals(label)).findFirst().orElseThrow();
    }

    private void startRun() {
        session.corpusProperty().set(corpus);
        vm.train();
    }

    @Test
    void trainIsOfferedOnlyWithACorpusAndWhileNothingRuns() {
        assertThat(vm.canTrainProperty().get()).isFalse();
        assertThat(vm.setupTextProperty().get()).startsWith("No corpus yet");
        session.corpusProperty().set(corpus);
        assertThat(vm.canTrainProperty().get()).isTrue();
        assertThat(vm.setupTextProperty().get()).isEqualTo("tiny.txt · quatrains-gru · 30 epochs");
        vm.train();
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.RUNNING);
        assertThat(vm.canTrainProperty().get()).isFalse();
        assertThat(vm.canPauseProperty().get()).isTrue();
        assertThat(vm.canStopProperty().get()).isTrue();
        vm.pause();
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(vm.statusTextProperty().get()).isEqualTo("Paused");
    }

    @Test
    void trainWithoutACorpusExplainsWhatIsMissing() {
        vm.train();
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(trainingTasks).isEmpty();
    }

    @Test
    void trainWithoutModelSettingsSaysSoInsteadOfThrowing() {
        session.corpusProperty().set(corpus);
        session.trainingSpecProperty().set(null);
        vm.train();
        assertThat(vm.noticeProperty().get().title()).isEqualTo("No model settings");
        assertThat(trainingTasks).isEmpty();
    }

    @Test
    void trainWritesToAModelFileNamedForCorpusPresetAndTime() {
        List<TrainingRequest> requests = new ArrayList<>();
        Trainer trainer = mock(Trainer.class);
        when(trainer.train(any(), any(), any())).thenAnswer(inv -> {
            requests.add(inv.getArgument(0));
            throw new OutOfMemoryError("Java heap space");
        });
        vm = viewModel(new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer));
        startRun();
        TrainingRequest r = requests.get(0);
        assertThat(r.output()).isEqualTo(dirs.models().resolve(RUN_ID + ".quatrain"));
        assertThat(r.resumeFrom()).isNull();
        assertThat(r.corpus()).isSameAs(corpus);
        assertThat(r.model()).isEqualTo(session.modelSpecProperty().get());
        // The worker died without a Finished event: the failure is still shown, as a sentence.
        assertThat(vm.noticeProperty().get().text()).startsWith("Training ran out of memory");
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.FAILED);
    }

    @Test
    void minibatchAndEpochEventsBecomeChartSeriesOnTheStepAxis() {
        startRun();
        vm.charts().smoothingProperty().set(0);
        vm.onEvents(List.of(started(2, 3), batch(1, 1, 2, 3.0, 100, 0.5), batch(1, 2, 2, 2.0, 200, 1.0),
                epoch(1, 2, 2.5, 2.8, 0.25, 1.2)));
        List<PlotLine> loss = vm.charts().linesProperty(ChartKind.LOSS).get();
        assertThat(loss).extracting(PlotLine::role).containsExactly(PlotLine.Role.SMOOTHED, PlotLine.Role.EPOCH,
                PlotLine.Role.EPOCH);
        PlotLine minibatch = line(ChartKind.LOSS, PlotLine.Role.SMOOTHED, "Minibatch loss");
        assertThat(minibatch.x()).containsExactly(1, 2);
        assertThat(minibatch.y()).containsExactly(3.0, 2.0);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.EPOCH, "Validation loss").y()).containsExactly(2.8);
        assertThat(line(ChartKind.ACCURACY, PlotLine.Role.EPOCH, "Validation accuracy").y()).containsExactly(25.0);
        assertThat(line(ChartKind.PERPLEXITY, PlotLine.Role.EPOCH, "Perplexity").y()[0])
                .isCloseTo(Math.exp(2.8), within(1e-9));
        assertThat(line(ChartKind.THROUGHPUT, PlotLine.Role.SMOOTHED, "Tokens per second").y())
                .containsExactly(100.0, 200.0);
    }

    @Test
    void smoothingDrawsTheDebiasedEmaAndKeepsTheRawLine() {
        startRun();
        vm.onEvents(List.of(started(3, 1), batch(1, 1, 3, 1, 10, 0.1), batch(1, 2, 3, 2, 10, 0.2),
                batch(1, 3, 3, 3, 10, 0.3)));
        vm.charts().smoothingProperty().set(0.5);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.RAW, "Minibatch loss (raw)").y()).containsExactly(1, 2, 3);
        double[] smoothed = line(ChartKind.LOSS, PlotLine.Role.SMOOTHED, "Minibatch loss").y();
        assertThat(smoothed[0]).isCloseTo(1.0, within(1e-12));
        assertThat(smoothed[1]).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(smoothed[2]).isCloseTo(17.0 / 7, within(1e-12));
    }

    @Test
    void logScaleDrawsLog10AndLeavesOutValuesAtOrBelowZero() {
        startRun();
        vm.onEvents(List.of(started(1, 2), epoch(1, 1, 3, 3, 0.0, 1), epoch(2, 2, 2, 2, 0.25, 2)));
        vm.charts().logScaleProperty().set(true);
        PlotLine accuracy = line(ChartKind.ACCURACY, PlotLine.Role.EPOCH, "Validation accuracy");
        assertThat(accuracy.x()).containsExactly(2);
        assertThat(accuracy.y()[0]).isCloseTo(Math.log10(25), within(1e-12));
        vm.charts().logScaleProperty().set(false);
        assertThat(line(ChartKind.ACCURACY, PlotLine.Role.EPOCH, "Validation accuracy").y()).containsExactly(0, 25);
    }

    @Test
    void xAxisSwitchesBetweenStepEpochAndWallTime() {
        startRun();
        vm.onEvents(List.of(started(4, 2), batch(2, 2, 4, 1.0, 10, 7.5), epoch(2, 8, 1, 1, 0.5, 9.0)));
        vm.charts().smoothingProperty().set(0);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.SMOOTHED, "Minibatch loss").x()).containsExactly(6);
        vm.charts().xAxisProperty().set(XAxisMode.EPOCH);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.SMOOTHED, "Minibatch loss").x()).containsExactly(1.5);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.EPOCH, "Validation loss").x()).containsExactly(2);
        vm.charts().xAxisProperty().set(XAxisMode.WALL_TIME);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.SMOOTHED, "Minibatch loss").x()).containsExactly(7.5);
        assertThat(line(ChartKind.LOSS, PlotLine.Role.EPOCH, "Validation loss").x()).containsExactly(9.0);
    }

    @Test
    void csvExportHasOneRowPerPointOfEverySeriesWithTheSmoothedOnes() throws IOException {
        startRun();
        vm.onEvents(List.of(started(2, 1), batch(1, 1, 2, 2.0, 100, 0.5), batch(1, 2, 2, 1.0, 200, 1.0),
                new TrainingEvent.EpochEnd(new EpochStats(1, 2, 1.5, 1.8, 0.25, 6.0, 150, 1.2, 1.2, 0.003, 0), true)));
        vm.charts().smoothingProperty().set(0.5);
        Path csv = dir.resolve("charts.csv");
        vm.exportCsv(csv);
        assertThat(Files.readString(csv)).isEqualTo(String.join("\n",
                "run,series,step,epoch,wall_seconds,value",
                RUN_ID + ",minibatch_loss,1,0.5,0.5,2",
                RUN_ID + ",minibatch_loss,2,1,1,1",
                RUN_ID + ",minibatch_loss_smoothed,1,0.5,0.5,2",
                RUN_ID + ",minibatch_loss_smoothed,2,1,1,1.333333333",
                RUN_ID + ",train_loss,2,1,1.2,1.5",
                RUN_ID + ",val_loss,2,1,1.2,1.8",
                RUN_ID + ",val_accuracy,2,1,1.2,0.25",
                RUN_ID + ",perplexity,2,1,1.2,6",
                RUN_ID + ",tokens_per_second,1,0.5,0.5,100",
                RUN_ID + ",tokens_per_second,2,1,1,200",
                RUN_ID + ",tokens_per_second_smoothed,1,0.5,0.5,100",
                RUN_ID + ",tokens_per_second_smoothed,2,1,1,166.6666667", ""));
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("Exported", "Chart data saved to " + csv));
    }

    @Test
    void csvExportWithoutDataSaysSoInsteadOfWritingAnEmptyFile() {
        Path csv = dir.resolve("empty.csv");
        vm.exportCsv(csv);
        assertThat(csv).doesNotExist();
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
    }

    @Test
    void theLatestFiveEarlierRunsOnTheSameCorpusAreOverlaidNewestFirst() throws IOException {
        RunStore store = new RunStore(dirs.runs());
        for (int i = 1; i <= 6; i++) {
            saveRun(store, "old-" + i, corpus.sha256(), "2025-02-0" + i + "T08:00:00Z", i);
        }
        saveRun(store, "other-text", "0".repeat(64), "2025-02-28T08:00:00Z", 7);
        startRun();
        List<TrainingCharts.Overlay> overlays = vm.charts().overlaysProperty().get();
        assertThat(overlays).extracting(TrainingCharts.Overlay::label).containsExactly("6 Feb 08:00 · markov",
                "5 Feb 08:00 · markov", "4 Feb 08:00 · markov", "3 Feb 08:00 · markov", "2 Feb 08:00 · markov");
        assertThat(overlays).extracting(TrainingCharts.Overlay::color).containsExactly(4, 5, 6, 7, 8);
        PlotLine newest = line(ChartKind.LOSS, PlotLine.Role.OVERLAY, "6 Feb 08:00 · markov");
        assertThat(newest.y()).containsExactly(6.0);
        assertThat(newest.color()).isEqualTo(4);
    }

    private static void saveRun(RunStore store, String id, String sha, String startedAt, int minutesAgo)
            throws IOException {
        store.save(new RunRecord(RunRecord.VERSION, id, "tiny.txt", sha, "markov", startedAt,
                Map.of(Metric.VAL_LOSS.key(), List.of(new RunPoint(1, 1, 1, minutesAgo)))));
        Files.setLastModifiedTime(store.file(id), FileTime.from(Instant.parse(startedAt)));
    }

    @Test
    void everyEpochSavesTheRunSoTheNextRunCanCompare() {
        startRun();
        vm.onEvents(List.of(started(1, 2), batch(1, 1, 1, 3, 10, 1), epoch(1, 1, 3, 3.5, 0.1, 1)));
        assertThat(dirs.runs().resolve(RUN_ID + ".json")).exists();
        List<RunRecord> saved = new RunStore(dirs.runs()).previous(corpus.sha256(), "none", 5);
        assertThat(saved).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(RUN_ID);
            assertThat(r.preset()).isEqualTo(Presets.QUATRAINS_GRU);
            assertThat(r.startedAt()).isEqualTo("2025-03-01T10:15:00Z");
            assertThat(r.points(Metric.VAL_LOSS)).extracting(RunPoint::value).containsExactly(3.5);
            assertThat(r.points(Metric.MINIBATCH_LOSS)).hasSize(1);
        });
    }

    @Test
    void overfittingRaisesTheBannerOnceEvenWhenTheEngineWarnsToo() {
        startRun();
        vm.onEvents(List.of(started(1, 5), epoch(1, 1, 3.0, 2.0, 0.1, 1), epoch(2, 2, 2.5, 2.1, 0.1, 2),
                epoch(3, 3, 2.0, 2.2, 0.1, 3)));
        assertThat(vm.overfittingProperty().get()).isFalse();
        List<EpochStats> history = new ArrayList<>();
        double[][] figures = {{3.0, 2.0}, {2.5, 2.1}, {2.0, 2.2}, {1.5, 2.3}};
        for (int i = 0; i < figures.length; i++) {
            history.add(epoch(i + 1, i + 1, figures[i][0], figures[i][1], 0.1, i + 1).stats());
        }
        String engineWarning = OverfitWatch.check(history, OverfitWatch.DEFAULT_EPOCHS).orElseThrow();
        vm.onEvents(List.of(new TrainingEvent.EpochEnd(history.get(3), false), new TrainingEvent.Warning(engineWarning)));
        assertThat(vm.overfittingProperty().get()).isTrue();
        assertThat(vm.warnings()).containsExactly(engineWarning);
        assertThat(engineWarning).startsWith("Overfitting:");
    }

    @Test
    void otherWarningsAreListedAndCanBeDismissed() {
        startRun();
        vm.onEvents(List.of(new TrainingEvent.Warning("The corpus is small.")));
        assertThat(vm.warnings()).containsExactly("The corpus is small.");
        vm.dismissWarning("The corpus is small.");
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void samplesAppearNewestFirstWithEpochAndTemperature() {
        startRun();
        vm.onEvents(List.of(new TrainingEvent.Sample(1, 0.2, "a"), new TrainingEvent.Sample(1, 1.2, "b"),
                new TrainingEvent.Sample(2, 0.2, "c")));
        assertThat(vm.samples()).containsExactly(new SampleItem(2, 0.2, "c"), new SampleItem(1, 1.2, "b"),
                new SampleItem(1, 0.2, "a"));
    }

    @Test
    void progressShowsEpochMinibatchTimeLeftAndThroughput() {
        startRun();
        vm.onEvents(List.of(started(10, 4), batch(2, 5, 10, 1, 12_345.6, 30)));
        TrainingProgress p = vm.progress();
        assertThat(p.fractionProperty().get()).isCloseTo(15 / 40.0, within(1e-12));
        assertThat(p.epochTextProperty().get()).isEqualTo("Epoch 2/4");
        assertThat(p.batchTextProperty().get()).isEqualTo("Minibatch 5/10");
        assertThat(p.speedTextProperty().get()).isEqualTo("12,346 tokens/s");
        // One minibatch timed: too few for an estimate (a run's first seconds would promise minutes).
        assertThat(p.etaTextProperty().get()).isEqualTo("Estimating time left…");
    }

    @Test
    void timeLeftComesFromTheMedianTimedMinibatchNotTheSlowFirstOne() {
        startRun();
        List<TrainingEvent> events = new ArrayList<>(List.of(started(10, 4)));
        // The first minibatch pays for warming up (5 s); the next six take 2 s each.
        for (int b = 1; b <= 7; b++) {
            events.add(batch(1, b, 10, 1, 1000, 5 + 2.0 * (b - 1)));
        }
        vm.onEvents(events);
        // 33 minibatches left at 2 s each (elapsed over done would say 17 s / 7 × 33 = 80 s).
        assertThat(vm.progress().etaTextProperty().get()).isEqualTo("About 1 min 06 s left");
    }

    @Test
    void aFinishedRunOpensItsModelForGeneration() {
        Path file = dir.resolve("markov.quatrain");
        new Trainer().train(new TrainingRequest(corpus, Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), file, null), TrainingListener.NONE, new TrainingControl());
        startRun();
        vm.onEvents(List.of(new TrainingEvent.Finished(StopReason.CANCELLED, 2, 3.25, file, "stopped by the user")));
        assertThat(session.modelProperty().get()).isNotNull();
        assertThat(session.modelProperty().get().file()).isEqualTo(file);
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("Model ready", "Stopped after 2 epochs, best validation loss"
                + " 3.250. Model saved to " + file + " — ready to generate."));
    }

    @Test
    void aFailedRunShowsTheEnginesMessageInline() {
        startRun();
        vm.onEvents(List.of(new TrainingEvent.Finished(StopReason.FAILED, 0, Double.NaN, dir.resolve("x.quatrain"),
                "The corpus has only 12 words; a model needs at least 100.")));
        assertThat(vm.noticeProperty().get()).isEqualTo(
                Notice.error("Training failed", "The corpus has only 12 words; a model needs at least 100."));
        assertThat(session.modelProperty().get()).isNull();
    }

    @Test
    void aModelFileThatCannotBeOpenedIsReportedNotThrown() {
        startRun();
        Path missing = dir.resolve("gone.quatrain");
        vm.onEvents(List.of(new TrainingEvent.Finished(StopReason.COMPLETED, 1, 2.0, missing, "all epochs done")));
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(vm.noticeProperty().get().text()).contains("could not be opened").contains("No model file");
    }

    @Test
    void aRealMarkovRunOnTheSameThreadEndsWithItsModelInTheSession() {
        vm = viewModel(new TrainingService(Runnable::run, UiDispatcher.DIRECT, new Trainer()));
        session.modelSpecProperty().set(Presets.get(Presets.MARKOV).model());
        session.trainingSpecProperty().set(Presets.get(Presets.MARKOV).training());
        startRun();
        assertThat(vm.statusProperty().get()).isEqualTo(TrainingStatus.FINISHED);
        assertThat(session.modelProperty().get()).isNotNull();
        assertThat(vm.charts().linesProperty(ChartKind.LOSS).get()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("Training loss (epoch)");
            assertThat(l.size()).isEqualTo(1);
        });
        assertThat(vm.samples()).hasSize(4);
        assertThat(vm.progress().fractionProperty().get()).isEqualTo(1.0);
        assertThat(dirs.models().resolve("tiny-markov-20250301-101500.quatrain")).exists();
    }
}
