package quatrain.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import quatrain.app.UiDispatcher;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.RunNames;
import quatrain.core.training.StopReason;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;
import quatrain.engine.ui.TrainingUiServer;
import quatrain.testing.TestCorpora;

class TrainingServiceTest {
    private static final Corpus CORPUS = TestCorpora.corpus(120, 5);
    private static final ModelSpec GRU = Presets.get(Presets.QUATRAINS_GRU).model();
    private static final TrainingSpec TRAINING = Presets.get(Presets.QUATRAINS_GRU).training();

    @TempDir
    Path dir;

    private final Trainer trainer = mock(Trainer.class);

    private TrainingRequest startAndCapture(TrainingService service, TrainingRequest request) {
        service.start(request);
        ArgumentCaptor<TrainingRequest> captor = ArgumentCaptor.forClass(TrainingRequest.class);
        verify(trainer).train(captor.capture(), any(), any());
        return captor.getValue();
    }

    /** A run's file name with its time stamp blanked, to compare with {@code RunNames}' pattern. */
    private static String withoutTime(Object file) {
        return Path.of(file.toString()).getFileName().toString().replaceAll("\\d{8}-\\d{6}(-[0-9a-z]{5})?", "STAMP");
    }

    private TrainingService recording() {
        return new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer, dir.resolve("runs"));
    }

    @Test
    void aNetworkRunRecordsItsStatisticsInItsOwnFileInTheRunsFolder() {
        TrainingRequest sent = new TrainingRequest(CORPUS, GRU, TRAINING, dir.resolve("m.quatrain"), null);
        Path stats = startAndCapture(recording(), sent).statsFile();
        assertThat(stats.getParent()).isEqualTo(dir.resolve("runs"));
        assertThat(withoutTime(stats)).isEqualTo(withoutTime(RunNames.runId("tiny.txt", "quatrains-gru") + ".dl4j"));
    }

    @Test
    void aResumedRunIsRecordedToo() {
        Path model = dir.resolve("m.quatrain");
        TrainingRequest sent = new TrainingRequest(CORPUS, null, TRAINING, model, model);
        assertThat(withoutTime(startAndCapture(recording(), sent).statsFile()))
                .isEqualTo(withoutTime(RunNames.runId("tiny.txt", "resumed") + ".dl4j"));
    }

    @Test
    void theRunBeingRecordedIsKnownFromItsStartToItsEnd() {
        TrainingService service = recording();
        Path[] whileTraining = new Path[1];
        when(trainer.train(any(), any(), any())).thenAnswer(call -> {
            whileTraining[0] = service.recordingProperty().get();
            return new TrainingResult(dir.resolve("m.quatrain"), StopReason.COMPLETED, List.of(), null);
        });
        TrainingRequest sent = new TrainingRequest(CORPUS, GRU, TRAINING, dir.resolve("m.quatrain"), null);
        TrainingRequest recorded = startAndCapture(service, sent);
        assertThat(whileTraining[0]).isEqualTo(recorded.statsFile()).isNotNull();
        assertThat(service.recordingProperty().get()).isNull();
    }

    @Test
    void aMarkovChainHasNothingToRecord() {
        ModelSpec markov = Presets.get(Presets.MARKOV).model();
        TrainingRequest sent = new TrainingRequest(CORPUS, markov, TRAINING, dir.resolve("m.quatrain"), null);
        assertThat(startAndCapture(recording(), sent).statsFile()).isNull();
    }

    @Test
    void aStatsFileTheRequestNamesIsKept() {
        Path own = dir.resolve("elsewhere/mine.dl4j");
        TrainingRequest sent = new TrainingRequest(CORPUS, GRU, TRAINING, dir.resolve("m.quatrain"), null)
                .withStatsFile(own);
        assertThat(startAndCapture(recording(), sent).statsFile()).isEqualTo(own);
    }

    @Test
    void withoutARunsFolderNothingIsRecorded() {
        TrainingService service = new TrainingService(Runnable::run, UiDispatcher.DIRECT, trainer);
        TrainingRequest sent = new TrainingRequest(CORPUS, GRU, TRAINING, dir.resolve("m.quatrain"), null);
        assertThat(startAndCapture(service, sent).statsFile()).isNull();
    }

    @Test
    void aRealRunLeavesAStoredRunTheTrainingUiLists() throws Exception {
        Path runs = dir.resolve("runs");
        TrainingService service = new TrainingService(Runnable::run, UiDispatcher.DIRECT, new Trainer(), runs);
        ModelSpec small = Overrides.apply(GRU, Map.of("units", "16", "embeddingSize", "8"));
        TrainingSpec fast = Overrides.apply(TRAINING, Map.of("epochs", "1", "batchSize", "64", "sampleEvery", "0"));
        TrainingResult result = service.start(new TrainingRequest(CORPUS, small, fast, dir.resolve("m.quatrain"), null))
                .get();
        assertThat(result.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(service.getStatus()).isEqualTo(TrainingStatus.FINISHED);
        assertThat(TrainingUiServer.listRuns(runs)).singleElement().satisfies(run -> {
            assertThat(run.id()).contains("tiny-quatrains-gru");
            assertThat(Files.size(run.file())).isEqualTo(run.bytes()).isPositive();
        });
    }

    @Test
    void theStatusSaysHowTheRunEnded() {
        assertThat(TrainingService.statusAfter(StopReason.CANCELLED)).isEqualTo(TrainingStatus.STOPPED);
        assertThat(TrainingService.statusAfter(StopReason.FAILED)).isEqualTo(TrainingStatus.FAILED);
        assertThat(TrainingService.statusAfter(StopReason.COMPLETED)).isEqualTo(TrainingStatus.FINISHED);
        assertThat(TrainingService.statusAfter(StopReason.EARLY_STOPPED)).isEqualTo(TrainingStatus.STOPPED_EARLY);
        assertThat(TrainingService.statusAfter(StopReason.TIME_LIMIT)).isEqualTo(TrainingStatus.TIME_LIMIT);
        assertThat(TrainingStatus.STOPPED_EARLY.label()).isEqualTo("Stopped early");
        for (StopReason r : StopReason.values()) {
            assertThat(TrainingService.statusAfter(r).isActive()).isFalse();
        }
    }

    @Test
    void onlyARunInThisProcessCanPause() {
        TrainingService service = new TrainingService(task -> { }, UiDispatcher.DIRECT, trainer);
        service.start(new TrainingRequest(CORPUS, GRU, TRAINING, dir.resolve("m.quatrain"), null));
        assertThat(service.pausableProperty().get()).isTrue();
        assertThat(service.driverRunProperty().get()).isFalse();
        service.pause();
        assertThat(service.getStatus()).isEqualTo(TrainingStatus.PAUSED);
    }
}
