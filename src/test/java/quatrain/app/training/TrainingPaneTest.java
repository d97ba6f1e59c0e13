package quatrain.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.PrimerLight;

import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.service.TrainingService;
import quatrain.core.AppDirs;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.training.EpochStats;
import quatrain.core.training.TrainingEvent;
import quatrain.engine.Trainer;
import quatrain.testing.TestCorpora;

/** The training pane on a stage (Monocle, headless), with a real tiny network training in the background. */
@ExtendWith(ApplicationExtension.class)
class TrainingPaneTest {
    @TempDir
    static Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private final Session session = new Session();
    private TrainingPane pane;
    private TrainingService service;

    @Start
    void start(Stage stage) {
        // The main window sets an AtlantaFX theme; the panes' stylesheets use its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path data = dir.resolve("run-" + System.nanoTime());
        AppDirs dirs = new AppDirs(data.resolve("c"), data.resolve("d"), data.resolve("k"), data.resolve("s"));
        service = new TrainingService(pool, UiDispatcher.FX, new Trainer());
        AppContext ctx = new AppContext(dirs, pool, UiDispatcher.FX, session, service);
        session.corpusProperty().set(TestCorpora.corpus(120, 5));
        session.modelSpecProperty().set(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(),
                Map.of("units", "16", "embeddingSize", "8")));
        session.trainingSpecProperty().set(Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                Map.of("epochs", "200", "batchSize", "16", "patience", "0", "sampleEvery", "1")));
        pane = new TrainingPane(ctx);
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    @AfterEach
    void stopTraining() throws Exception {
        // A run left going would keep training into the next test.
        var running = WaitForAsyncUtils.asyncFx(() -> service.stop()).get(10, TimeUnit.SECONDS);
        running.handle((r, e) -> r).get(90, TimeUnit.SECONDS);
        pool.shutdownNow();
    }

    private int minibatchPoints() {
        return pane.viewModel().charts().linesProperty(ChartKind.LOSS).get().stream()
                .filter(l -> l.role() == PlotLine.Role.SMOOTHED).mapToInt(PlotLine::size).sum();
    }

    @Test
    void trainDrawsChartPointsAndStopKeepsTheModel(FxRobot robot) throws TimeoutException {
        robot.clickOn("#train-button");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> minibatchPoints() >= 3
                && !pane.viewModel().samples().isEmpty());
        assertThat(robot.lookup(".metric-chart .chart-series-line").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#training-status").queryAs(Label.class).getText()).isEqualTo("Training");
        assertThat(robot.lookup("#train-button").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#stop-button");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> session.modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#training-status").queryAs(Label.class).getText()).isEqualTo("Stopped");
        assertThat(robot.lookup("#train-button").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup(".message").queryAllAs(Message.class))
                .anySatisfy(m -> assertThat(m.getTitle()).isEqualTo("Model ready"));
    }

    @Test
    void aStoppedRunCanBeContinuedFromThePane(FxRobot robot) throws TimeoutException {
        Button more = robot.lookup("#continue-button").queryAs(Button.class);
        assertThat(more.isDisabled()).as("no model loaded yet").isTrue();
        robot.clickOn("#train-button");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> minibatchPoints() >= 3);
        robot.clickOn("#stop-button");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> session.modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Path stopped = session.modelProperty().get().file();
        long stepsBefore = session.modelProperty().get().info().state().step();
        assertThat(more.isDisabled()).isFalse();
        robot.clickOn("#continue-button");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> service.getStatus().isActive());
        assertThat(pane.viewModel().noticeProperty().get().text()).startsWith(stopped.getFileName() + " continues from");
        assertThat(more.isDisabled()).isTrue();
        robot.clickOn("#stop-button");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !session.modelProperty().get().file().equals(stopped));
        assertThat(session.modelProperty().get().info().state().step())
                .isGreaterThan(stepsBefore);
    }

    @Test
    void trainIsDisabledWithoutACorpus(FxRobot robot) {
        robot.interact(() -> session.corpusProperty().set(null));
        assertThat(robot.lookup("#train-button").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void overfittingShowsAWarningBanner(FxRobot robot) {
        double[][] losses = {{3.0, 2.0}, {2.5, 2.1}, {2.0, 2.2}, {1.5, 2.3}};
        robot.interact(() -> {
            for (int i = 0; i < losses.length; i++) {
                pane.viewModel().onEvents(List.of(new TrainingEvent.EpochEnd(new EpochStats(i + 1, i + 1,
                        losses[i][0], losses[i][1], 0.2, Math.exp(losses[i][1]), 100, 1, i + 1, 0.003, 0), false)));
            }
        });
        assertThat(pane.viewModel().overfittingProperty().get()).isTrue();
        assertThat(robot.lookup(".message").queryAllAs(Message.class))
                .anySatisfy(m -> assertThat(m.getTitle()).isEqualTo("Overfitting"));
    }

    @Test
    void chartsExportAsAPngImage(FxRobot robot) throws Exception {
        robot.interact(() -> pane.viewModel().onEvents(List.of(new TrainingEvent.Started("CPU", 1, 1, 1, 2, 1, 1),
                new TrainingEvent.BatchEnd(1, 1, 2, 1, 3.0, 100, 0.5),
                new TrainingEvent.BatchEnd(1, 2, 2, 2, 2.5, 120, 1.0))));
        Path png = dir.resolve("charts.png");
        robot.interact(() -> pane.chartPanel().exportPng(png));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png) && readable(png));
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    private static boolean readable(Path png) {
        try {
            return ImageIO.read(png.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
