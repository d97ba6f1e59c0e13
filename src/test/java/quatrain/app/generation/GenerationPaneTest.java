package quatrain.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import quatrain.core.export.QuatrainExporter;
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.TrainedModel;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

/** The generation pane on a stage (Monocle, headless) with a Markov model trained here in milliseconds. */
@ExtendWith(ApplicationExtension.class)
class GenerationPaneTest {
    @TempDir
    static Path dir;
    static TrainedModel model;

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private final Session session = new Session();
    private GenerationPane pane;

    @BeforeAll
    static void trainModel() {
        Path file = dir.resolve("tiny-markov.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(80, 3), Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), file, null), TrainingListener.NONE, new TrainingControl());
        model = TrainedModel.open(file);
    }

    @Start
    void start(Stage stage) {
        // The main window sets an AtlantaFX theme; the panes' stylesheets use its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppDirs dirs = new AppDirs(dir.resolve("c"), dir.resolve("d"), dir.resolve("k"), dir.resolve("s"));
        AppContext ctx = new AppContext(dirs, pool, UiDispatcher.FX, session,
                new TrainingService(pool, UiDispatcher.FX, new Trainer()));
        session.modelProperty().set(model);
        pane = new GenerationPane(ctx);
        pane.viewModel().form().newSeedEachTimeProperty().set(false);
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    private int cards(FxRobot robot) {
        return robot.lookup(".quatrain-card").queryAll().size();
    }

    private void generate(FxRobot robot) throws TimeoutException {
        robot.clickOn("#generate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cards(robot) == 4);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void generateShowsQuatrainCardsAndTheModelInUse(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup("#model-title").queryAs(Label.class).getText()).isEqualTo("tiny-markov.quatrain");
        generate(robot);
        assertThat(robot.lookup("#result-text").queryAs(Label.class).getText()).startsWith("4 quatrains · seed 42");
        assertThat(robot.lookup(".quatrain-card .quatrain-text").queryAll()).isNotEmpty();
    }

    @Test
    void theTemperatureLabelFollowsTheSlider(FxRobot robot) {
        Label value = robot.lookup("#temperature-value").queryAs(Label.class);
        assertThat(value.getText()).isEqualTo("1.00");
        robot.clickOn(".slider .thumb");
        robot.type(KeyCode.RIGHT);
        assertThat(value.getText()).isEqualTo("1.05");
        Slider slider = robot.lookup("#temperature").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(0.333));
        assertThat(value.getText()).isEqualTo("0.33");
        assertThat(pane.viewModel().form().temperatureProperty().get()).isEqualTo(0.333);
    }

    @Test
    void theStarPinsACardAboveNewOnes(FxRobot robot) throws TimeoutException {
        generate(robot);
        robot.clickOn(robot.lookup(".quatrain-card .star-button").nth(0).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.viewModel().pinned()).hasSize(1);
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Pinned");
        robot.interact(() -> pane.viewModel().form().seedProperty().set("43"));
        robot.clickOn("#generate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cards(robot) == 5);
    }

    @Test
    void aSeedThatIsNotANumberIsExplainedInline(FxRobot robot) {
        robot.doubleClickOn("#seed").eraseText(2).write("abc");
        robot.clickOn("#generate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".message").queryAllAs(Message.class))
                .anySatisfy(m -> assertThat(m.getTitle()).isEqualTo("Check the settings"));
        assertThat(cards(robot)).isZero();
    }

    @Test
    void exportWritesTheQuatrainsOnScreen(FxRobot robot) throws Exception {
        generate(robot);
        Path md = dir.resolve("export.md");
        robot.interact(() -> pane.viewModel().export(md, QuatrainExporter.Format.MARKDOWN, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(md));
        String text = Files.readString(md);
        assertThat(text).startsWith("# Quatrains").contains("## 4").contains("tiny-markov.quatrain");
        String firstLine = pane.viewModel().latest().get(0).quatrain().lines().get(0);
        assertThat(text).contains(firstLine.substring(0, Math.min(8, firstLine.length())));
        assertThat(pane.exportAction()).isNotNull();
    }
}
