package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import quatrain.app.FxTestSupport;
import quatrain.app.TestDrivers;
import quatrain.app.service.TrainingStatus;
import quatrain.app.training.ChartKind;
import quatrain.app.training.PlotLine;
import quatrain.app.training.TrainingPane;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.testing.TestCorpora;

/**
 * The whole path in the window (Monocle, headless): choose "Spark cluster" in the Model pane with master
 * {@code local[2]}, press Train in the Training pane, and see its charts receive the driver process's epochs.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SparkTrainingFxTest {
    @TempDir
    Path dir;
    private FxTestSupport.Started app;
    private Set<ProcessHandle> before;

    @Start
    void start(Stage stage) {
        before = ProcessHandle.current().descendants().collect(Collectors.toSet());
        // The real driver: quatrain spark-train --master local[2], a JVM of its own with Spark on its class path.
        TestDrivers drivers = TestDrivers.sparkTrain(dir.resolve("drivers"));
        app = FxTestSupport.start(stage, dir, drivers);
    }

    @Stop
    void stop() {
        app.close();
        ProcessHandle.current().descendants().filter(p -> !before.contains(p)).forEach(ProcessHandle::destroyForcibly);
    }

    private TrainingPane trainingPane(FxRobot robot) {
        return robot.lookup(".training-pane").queryAs(TrainingPane.class);
    }

    private int epochPoints(FxRobot robot) {
        return trainingPane(robot).viewModel().charts().linesProperty(ChartKind.LOSS).get().stream()
                .filter(l -> l.role() == PlotLine.Role.EPOCH).mapToInt(PlotLine::size).max().orElse(0);
    }

    @Test
    void aSparkRunStartedFromTheModelPaneFillsTheTrainingCharts(FxRobot robot) {
        var session = app.context().session();
        FxTestSupport.waitUntil(() -> session.corpusProperty().get() != null); // the sample, loaded at start
        robot.interact(() -> {
            session.corpusProperty().set(TestCorpora.corpus(120, 5));
            session.modelSpecProperty().set(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
                    Map.of("units", "16", "embeddingSize", "8")));
            session.trainingSpecProperty().set(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                    Map.of("epochs", "200", "batchSize", "64", "patience", "0", "sampleEvery", "1")));
            app.window().showPane("Model");
        });

        robot.clickOn("#device-SPARK");
        TextField master = robot.lookup("#sparkMaster").queryAs(TextField.class);
        robot.interact(() -> master.setText(""));
        robot.clickOn(master).write("local[2]");
        Label status = robot.lookup("#sparkStatus").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> status.getText().startsWith("Ready."));
        assertThat(robot.lookup("#sparkExecutorCores").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(app.settings().current().spark().masterUrl()).isEqualTo("local[2]");

        robot.interact(() -> app.window().showPane("Training"));
        Button train = robot.lookup("#train-button").queryAs(Button.class);
        FxTestSupport.waitUntil(() -> !train.isDisabled());
        robot.clickOn(train);
        FxTestSupport.waitUntil(() -> epochPoints(robot) >= 1);
        assertThat(robot.lookup(".metric-chart .chart-series-line").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#training-status").queryAs(Label.class).getText()).isEqualTo("Training");
        assertThat(robot.lookup("#pause-button").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#stop-button");
        FxTestSupport.waitUntil(() -> session.modelProperty().get() != null);
        assertThat(trainingPane(robot).viewModel().statusProperty().get()).isEqualTo(TrainingStatus.STOPPED);
        assertThat(robot.lookup("#training-status").queryAs(Label.class).getText()).isEqualTo("Stopped");
    }
}
