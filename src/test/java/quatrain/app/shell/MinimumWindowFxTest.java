package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import quatrain.app.FxTestSupport;
import quatrain.app.OnScreen;
import quatrain.app.settings.WindowBounds;
import quatrain.app.trainingui.TrainingUiPane;
import quatrain.app.trainingui.TrainingUiViewModel;
import quatrain.core.QuatrainException;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

/**
 * The main window at its minimum size, 900×600: every pane's primary actions are on screen with their whole
 * text, content taller or wider than the window can be scrolled to, and no pane scrolls sideways.
 */
@ExtendWith(ApplicationExtension.class)
class MinimumWindowFxTest {
    private static final String TRAINING_UI = "Training UI";

    @TempDir
    Path dir;
    private FxTestSupport.Started app;
    private Stage stage;
    private TrainingUiViewModel trainingUi;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = FxTestSupport.start(stage, dir);
        // The app adds this tab itself (QuatrainApp); here its server is one that does not start.
        trainingUi = new TrainingUiViewModel(app.context(), runs -> {
            throw new QuatrainException("No training UI server in this test.");
        }, url -> java.util.concurrent.CompletableFuture.completedFuture(null));
        app.window().addPane(TRAINING_UI, new TrainingUiPane(trainingUi),
                new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
    }

    @Stop
    void stop() {
        trainingUi.close();
        app.close();
    }

    @BeforeEach
    void minimumSize(FxRobot robot) {
        resize(robot, WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT);
        assertThat(stage.getScene().getWidth()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(WindowBounds.MIN_HEIGHT);
        FxTestSupport.waitUntil(() -> robot.lookup("#corpusName").tryQuery()
                .map(n -> ((Label) n).getText().equals(SampleCorpus.DISPLAY_NAME)).orElse(false));
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    private void show(FxRobot robot, String pane) {
        robot.interact(() -> assertThat(app.window().showPane(pane)).isTrue());
    }

    /** Runs the checks on the FX thread, after the layout the last change asked for. */
    private void check(FxRobot robot, Runnable checks) {
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            checks.run();
        });
    }

    private static void shownInFull(FxRobot robot, String... ids) {
        for (String id : ids) {
            OnScreen.assertShownInFull(robot.lookup(id).query(), id);
        }
    }

    /** A pane that scrolls sideways hides its right-hand side; at 900 wide every pane reflows instead. */
    private static void noSidewaysScrolling(FxRobot robot, String pane) {
        for (ScrollPane scroll : robot.lookup(pane + " .scroll-pane").queryAllAs(ScrollPane.class)) {
            if (scroll.isVisible() && scroll.getContent() != null) {
                assertThat(scroll.getContent().getLayoutBounds().getWidth())
                        .as("content width of %s in %s", scroll, pane)
                        .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
            }
        }
    }

    @Test
    void theCorpusPaneShowsItsOpenButtonsAndScrollsItsFacts(FxRobot robot) {
        show(robot, MainWindow.CORPUS);
        check(robot, () -> {
            shownInFull(robot, "#openCorpusButton", "#sampleCorpusButton");
            OnScreen.assertReachable(robot.lookup("#tokenPreview").query(), "the token preview");
            noSidewaysScrolling(robot, "#corpusPane");
        });
    }

    @Test
    void theModelPaneShowsThePresetAndReflowsItsCardsWithoutScrollingSideways(FxRobot robot) {
        show(robot, MainWindow.MODEL);
        check(robot, () -> {
            shownInFull(robot, "#presetChoice", "#resetPresetButton");
            OnScreen.assertReachable(robot.lookup("#estimateTime").query(), "the time estimate");
            OnScreen.assertReachable(robot.lookup("#device-CPU").query(), "the CPU choice");
            noSidewaysScrolling(robot, "#modelPane");
        });
    }

    @Test
    void theTrainingPaneShowsItsRunButtonsAndLetsEveryChartBeReached(FxRobot robot) {
        show(robot, Shell.TRAINING);
        check(robot, () -> {
            shownInFull(robot, "#train-button", "#pause-button", "#resume-button", "#stop-button",
                    ".chart-controls .menu-button");
            for (Node chart : robot.lookup(".metric-chart").queryAll()) {
                OnScreen.assertReachable(chart, "chart " + chart);
            }
            OnScreen.assertReachable(robot.lookup(".training-pane .samples .list-view").query(), "the samples");
            noSidewaysScrolling(robot, ".training-pane");
        });
    }

    @Test
    void theTrainingUiPaneShowsItsPageButtonsRefreshAndOpenInBrowser(FxRobot robot) {
        show(robot, TRAINING_UI);
        check(robot, () -> shownInFull(robot, "#page-overview", "#page-model", "#page-system", "#refreshRunsButton",
                "#openInBrowserButton", "#runSelector"));
    }

    @Test
    void theGenerateButtonStaysInViewWithAdvancedOpen(FxRobot robot) {
        show(robot, Shell.GENERATE);
        robot.interact(() -> robot.lookup(".generation-pane .titled-pane").queryAs(TitledPane.class)
                .setExpanded(true));
        check(robot, () -> {
            assertThat(robot.lookup(".generation-pane .titled-pane").queryAs(TitledPane.class).isExpanded()).isTrue();
            shownInFull(robot, "#generate", "#rank", "#sweep", "#copy", "#export");
            noSidewaysScrolling(robot, ".generation-pane");
        });
    }

    @Test
    void copyAndExportStayInViewWithPinnedCards(FxRobot robot) {
        openModel(robot);
        show(robot, Shell.GENERATE);
        generate(robot, "#generate", ".quatrain-card", 4);
        List<ToggleButton> stars = robot.lookup(".quatrain-card .star-button").queryAllAs(ToggleButton.class)
                .stream().toList();
        robot.interact(() -> stars.subList(0, 3).forEach(ToggleButton::fire));
        generate(robot, "#generate", ".quatrain-card", 7);
        robot.interact(() -> robot.lookup("Select all").queryButton().fire());
        check(robot, () -> {
            assertThat(robot.lookup("#copy").queryAs(Button.class).isDisabled()).as("a card is selected").isFalse();
            shownInFull(robot, "#generate", "#rank", "#sweep", "#copy", "#export");
            for (Node card : robot.lookup(".quatrain-card").queryAll()) {
                OnScreen.assertReachable(card, "card " + card);
            }
            noSidewaysScrolling(robot, ".generation-pane");
        });
    }

    @Test
    void sweepCardsAreTitledWithTheirTemperatureInFull(FxRobot robot) {
        openModel(robot);
        show(robot, Shell.GENERATE);
        generate(robot, "#sweep", ".quatrain-card .card-title", 4);
        check(robot, () -> {
            List<Label> titles = robot.lookup(".quatrain-card .card-title").queryAllAs(Label.class).stream().toList();
            assertThat(titles).extracting(Label::getText).containsExactly("T = 0.2", "T = 0.5", "T = 1.0", "T = 1.2");
            for (Label title : titles) {
                OnScreen.assertReachable(title, title.getText());
                assertThat(OnScreen.shownText(title)).isEqualTo(title.getText());
            }
            shownInFull(robot, "#generate", "#rank", "#sweep", "#copy", "#export");
            noSidewaysScrolling(robot, ".generation-pane");
        });
    }

    private void openModel(FxRobot robot) {
        Path file = dir.resolve("small.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(80, 3), Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), file, null), TrainingListener.NONE, new TrainingControl());
        robot.interact(() -> app.window().openModel(file));
        FxTestSupport.waitUntil(() -> app.context().session().modelProperty().get() != null);
    }

    private void generate(FxRobot robot, String button, String cards, int expected) {
        FxTestSupport.waitUntil(() -> !robot.lookup(button).queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup(button).queryAs(Button.class).fire());
        FxTestSupport.waitUntil(() -> robot.lookup(cards).queryAll().size() == expected);
    }
}
