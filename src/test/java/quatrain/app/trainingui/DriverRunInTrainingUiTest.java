package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.TestDrivers;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.service.TrainingStatus;
import quatrain.app.settings.SparkSettings;
import quatrain.app.spark.SparkTarget;
import quatrain.app.training.TrainingViewModel;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingEvent;
import quatrain.testing.TestCorpora;

/**
 * A Spark run lives in another process, which records its statistics into the app's runs folder: the Training UI
 * tab lists it and shows it while it trains, as it does a run of the app's own. A real driver process (through the
 * test seam) and DL4J's real training UI server.
 */
@Timeout(180)
class DriverRunInTrainingUiTest {
    @TempDir
    Path dir;
    private Set<ProcessHandle> before;
    private TrainingUiViewModel ui;

    @BeforeEach
    void rememberProcesses() {
        before = ProcessHandle.current().descendants().collect(Collectors.toSet());
    }

    @AfterEach
    void stopEverything() {
        if (ui != null) {
            ui.close();
        }
        ProcessHandle.current().descendants().filter(p -> !before.contains(p)).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aRunTheDriverRecordsIsListedAndShownWhileItTrains() {
        AppContext context = TestContexts.of(dir, Runnable::run, UiDispatcher.DIRECT,
                TestDrivers.localTrain(dir.resolve("drivers")));
        long[] now = {0};
        ui = new TrainingUiViewModel(context, UiServer::start, url -> CompletableFuture.completedFuture(null),
                new LiveRun(() -> now[0] += LiveRun.INTERVAL_NANOS)); // every batch of events is a look
        ui.activate();
        assertThat(ui.runs()).isEmpty();
        context.session().corpusProperty().set(TestCorpora.corpus(120, 5));
        context.session().modelSpecProperty().set(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
                Map.of("units", "16", "embeddingSize", "8")));
        context.session().trainingSpecProperty().set(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                Map.of("epochs", "3", "batchSize", "64", "sampleEvery", "0", "patience", "0")));
        context.session().sparkTargetProperty().set(new SparkTarget(SparkSettings.defaults(), null));
        TrainingViewModel training = new TrainingViewModel(context);
        List<String> shownWhileTraining = new ArrayList<>();
        context.training().addObserver(events -> {
            if (events.stream().anyMatch(TrainingEvent.EpochEnd.class::isInstance)
                    && context.training().getStatus() == TrainingStatus.RUNNING && ui.selectedRunProperty().get() != null) {
                shownWhileTraining.add(ui.selectedRunProperty().get().id());
            }
        });

        training.train();

        assertThat(training.statusProperty().get()).isEqualTo(TrainingStatus.FINISHED);
        assertThat(ui.runs()).singleElement().satisfies(run -> {
            assertThat(run.id()).contains("tiny-quatrains-gru");
            assertThat(context.dirs().runs().resolve(run.id() + ".dl4j")).isRegularFile();
            assertThat(shownWhileTraining).isNotEmpty().containsOnly(run.id());
        });
    }
}
