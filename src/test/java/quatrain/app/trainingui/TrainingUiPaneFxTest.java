package quatrain.app.trainingui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import atlantafx.base.theme.PrimerDark;

import quatrain.app.FxTestSupport;
import quatrain.app.TestContexts;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.core.QuatrainException;
import quatrain.testing.RecordedRuns;
import quatrain.testing.ScoreChart;

/**
 * The Training UI tab in a real WebView (Monocle, headless): the server starts when the tab is first shown,
 * and the recorded run's overview draws the same score chart as in Chromium, with no script error.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingUiPaneFxTest {
    @TempDir
    static Path dir;
    private final AtomicInteger starts = new AtomicInteger();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    /** True for a desktop without a browser: the opener then fails as xdg-open does. */
    private volatile boolean noBrowser;
    private ExecutorService background;
    private TrainingUiViewModel model;
    private TrainingUiPane pane;
    private TabPane tabs;

    @BeforeAll
    static void recordARun() {
        RecordedRuns.copyInto(TestContexts.dirs(dir).runs());
    }

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-background");
            t.setDaemon(true);
            return t;
        });
        AppContext context = TestContexts.of(dir, background, UiDispatcher.FX);
        model = new TrainingUiViewModel(context, runs -> {
            starts.incrementAndGet();
            return UiServer.start(runs);
        }, url -> {
            if (noBrowser) {
                return CompletableFuture.failedFuture(
                        new QuatrainException("xdg-open could not open a browser (exit 3)"));
            }
            opened.add(url);
            return CompletableFuture.completedFuture(null);
        });
        pane = new TrainingUiPane(model);
        tabs = new TabPane(new Tab("Other", new Label("another pane")), new Tab("Training UI", pane));
        stage.setScene(new Scene(tabs, 1280, 800));
        stage.show();
    }

    /** On the FX thread: the page stops polling, then its server stops. */
    @Stop
    void stop() {
        if (pane.engine() != null) {
            pane.engine().load("about:blank");
        }
        model.close();
        background.shutdownNow();
    }

    private void showTab(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));
    }

    private ScoreChart chart(FxRobot robot) {
        String[] json = new String[1];
        robot.interact(() -> json[0] = (String) pane.engine().executeScript(ScoreChart.SCRIPT));
        return ScoreChart.parse(json[0]);
    }

    private void awaitLoaded() {
        FxTestSupport.waitUntil(() -> pane.engine() != null
                && pane.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED);
    }

    /** Listing the runs again replaces the list's items with equal ones: the chosen run must stay shown. */
    @Test
    void theChosenRunStaysInTheRunBoxWhenTheRunsAreListedAgain(FxRobot robot) {
        showTab(robot);
        awaitLoaded();
        ComboBox<?> box = robot.lookup("#runSelector").queryAs(ComboBox.class);
        FxTestSupport.waitUntil(() -> box.getValue() != null);
        Object chosen = box.getValue();

        robot.interact(model::refresh); // busy from here until the runs are listed again
        FxTestSupport.waitUntil(() -> !model.busyProperty().get());
        robot.interact(() -> { });

        assertThat(box.getValue()).as("the run box after Refresh").isEqualTo(chosen);
        assertThat(box.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
    }

    @Test
    void theServerStartsOnlyWhenTheTabIsFirstShown(FxRobot robot) {
        robot.interact(() -> { }); // layout pulses pass while the tab is hidden
        assertThat(starts).hasValue(0);
        assertThat(pane.engine()).isNull();
        showTab(robot);
        FxTestSupport.waitUntil(() -> model.navigationProperty().get() != null);
        assertThat(starts).hasValue(1);
        assertThat(model.stateProperty().get()).isEqualTo(TrainingUiViewModel.State.READY);
    }

    @Test
    void theRecordedRunsOverviewDrawsItsScoreChartWithoutScriptErrors(FxRobot robot) {
        showTab(robot);
        awaitChart();
        ScoreChart chart = chart(robot);
        assertThat(chart.title()).isEqualTo("DL4J Training UI");
        assertThat(chart.heading()).isEqualTo("Model Score vs. Iteration");
        assertThat(chart.label()).isEqualTo("score");
        assertThat(chart.points()).isGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);
        assertThat(chart.finite()).isEqualTo(chart.points());
        assertThat(chart.seriesPixels()).as("pixels in the score series' colour").isGreaterThan(50);
        assertThat(robot.lookup("#runSelector").queryAs(ComboBox.class).getValue()).asString()
                .matches("2025-01-02 03:04:05 · tiny · quatrains-gru · [0-9.]+ [KM]B");
        assertThat(model.scriptErrorsProperty().get()).isZero();
        assertThat(robot.lookup("#scriptErrors").queryAs(Label.class).isVisible()).isFalse();
        assertThat(TestContexts.dirs(dir).data().resolve("webview")).isDirectory();
    }

    @Test
    void scriptErrorsInThePageAreCountedAndShown(FxRobot robot) {
        showTab(robot);
        awaitLoaded();
        System.gc(); // the bridge must survive a collection: WebView holds it weakly, the pane strongly
        robot.interact(() -> pane.engine().executeScript(
                "setTimeout(function () { throw new Error('boom'); }, 0); console.error('broken', 42);"));
        FxTestSupport.waitUntil(() -> model.scriptErrorsProperty().get() == 2);
        Label label = robot.lookup("#scriptErrors").queryAs(Label.class);
        assertThat(label.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo("2 script errors (see log)");
    }

    @Test
    void pageButtonsAndThePagesOwnMenuAgree(FxRobot robot) {
        showTab(robot);
        awaitLoaded();
        robot.clickOn("#page-model");
        FxTestSupport.waitUntil(() -> pane.engine().getLocation().endsWith("/train/model")
                && pane.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED);
        robot.interact(() -> pane.engine().executeScript(
                "document.querySelector('a.nav-link[href=\"system\"]').click()")); // the page's own menu
        FxTestSupport.waitUntil(() -> model.pageProperty().get() == Page.SYSTEM);
        assertThat(robot.lookup("#page-system").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(model.scriptErrorsProperty().get()).isZero();
    }

    @Test
    void openInBrowserHandsThePageShownToTheBrowser(FxRobot robot) {
        showTab(robot);
        awaitLoaded();
        robot.clickOn("#openInBrowserButton");
        FxTestSupport.waitUntil(() -> !opened.isEmpty());
        assertThat(opened).singleElement().asString().matches("http://127\\.0\\.0\\.1:\\d+/train/overview");
    }

    @Test
    void withoutABrowserTheAddressIsShownAndCopyPutsItOnTheClipboard(FxRobot robot) {
        noBrowser = true;
        showTab(robot);
        awaitLoaded();
        robot.clickOn("#openInBrowserButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#unopenedPage").query().isVisible());
        TextField address = robot.lookup("#pageAddress").queryAs(TextField.class);
        assertThat(address.getText()).matches("http://127\\.0\\.0\\.1:\\d+/train/overview");
        assertThat(address.isEditable()).isFalse();
        assertThat(robot.lookup("#unopenedPage .label").queryAs(Label.class).getText())
                .isEqualTo("No browser opened the page (xdg-open could not open a browser (exit 3)). Open this"
                        + " address in a browser:");
        robot.clickOn("#copyAddressButton");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(address.getText());
        robot.clickOn("#closeAddressButton");
        assertThat(robot.lookup("#unopenedPage").query().isVisible()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void thePageGetsTheAppsStylesheetSoItsBoxesAndScoreReadoutAreReadableInBothThemes(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        try {
            showTab(robot);
            awaitChart();
            assertThat(pane.engine().getUserStyleSheetLocation()).isEqualTo(TrainingUiPane.PAGE_STYLE)
                    .endsWith("training-ui-page.css");
            // The Session box is drawn by CSS, light with dark text, not by the app's dark JavaFX theme.
            assertThat(style(robot, "sessionSelect", null, "-webkit-appearance")).isEqualTo("none");
            assertThat(style(robot, "sessionSelect", null, "background-color")).isEqualTo("rgb(255, 255, 255)");
            assertThat(style(robot, "sessionSelect", null, "color")).isEqualTo("rgb(35, 40, 44)");
            // No "Score : 0, Iteration : 0" before the pointer is on the chart: a hint in its place.
            assertThat(style(robot, "hoverdata", null, "font-size")).isEqualTo("0px");
            assertThat(style(robot, "hoverdata", "::before", "content"))
                    .contains("Point at the chart to read the score at an iteration.");
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(null));
        }
    }

    /** A computed style property of the page element {@code id} (or of its pseudo-element). */
    private String style(FxRobot robot, String id, String pseudo, String property) {
        String[] value = new String[1];
        robot.interact(() -> value[0] = (String) pane.engine().executeScript("getComputedStyle(document.getElementById('"
                + id + "'), " + (pseudo == null ? "null" : "'" + pseudo + "'") + ").getPropertyValue('" + property
                + "')"));
        return value[0];
    }

    private void awaitChart() {
        awaitLoaded();
        FxTestSupport.waitUntil(() -> ScoreChart.parse((String) pane.engine().executeScript(ScoreChart.SCRIPT))
                .hasDrawn(RecordedRuns.MIN_REPORTS));
    }
}
