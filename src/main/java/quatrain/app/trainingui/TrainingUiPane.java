package quatrain.app.trainingui;

import java.util.Locale;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

/**
 * The Training UI tab: page buttons, the run selector, refresh and "Open in browser" above DL4J's training pages
 * in a WebView. The WebView is made when the tab is first shown (WebKit costs time and memory an unused tab should
 * not), and that is also when the view model starts the server.
 */
public final class TrainingUiPane extends BorderPane {
    /**
     * Injected into DL4J's pages: they stay light in the dark theme too, with readable select boxes, and the score
     * readout under the chart says how to read it instead of "Score : 0, Iteration : 0".
     */
    static final String PAGE_STYLE = TrainingUiPane.class.getResource("training-ui-page.css").toExternalForm();

    private final TrainingUiViewModel model;
    /** Kept here because WebView holds the page's Java objects weakly (see ScriptErrorBridge). */
    private final ScriptErrorBridge bridge;
    private final ToggleGroup pages = new ToggleGroup();
    private final ComboBox<RunChoice> runSelector = new ComboBox<>();
    private final Message message = new Message();
    private final VBox body = new VBox();
    private final Runnable showCheck = this::activateIfShown;
    private WebView web;
    private boolean activated;

    public TrainingUiPane(TrainingUiViewModel model) {
        this.model = model;
        this.bridge = new ScriptErrorBridge(model::scriptError);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("quatrain-pane");
        setId("trainingUiPane");
        message.setId("trainingUiMessage");
        message.managedProperty().bind(message.visibleProperty());
        VBox.setMargin(message, new Insets(0, 12, 8, 12));
        body.getChildren().addAll(message, new AddressBar(model.unopenedPageProperty(), model::dismissUnopenedPage));
        setTop(toolbar());
        setCenter(body);
    }

    private HBox toolbar() {
        runSelector.setId("runSelector");
        runSelector.setPromptText("No runs yet");
        runSelector.setPrefWidth(420);
        runSelector.setMaxWidth(660); // a label is ~70 characters: date, time, corpus, preset, size
        HBox.setHgrow(runSelector, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("refreshRunsButton");
        refresh.setTooltip(new Tooltip("List the runs again"));
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty()
                .or(model.stateProperty().isEqualTo(TrainingUiViewModel.State.STARTING)));
        Label errors = new Label();
        errors.setId("scriptErrors");
        errors.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        errors.textProperty().bind(model.scriptErrorTextProperty());
        errors.visibleProperty().bind(model.scriptErrorsProperty().greaterThan(0));
        errors.managedProperty().bind(errors.visibleProperty());
        Button open = new Button("Open in browser");
        open.setId("openInBrowserButton");
        open.setOnAction(e -> model.openInBrowser());
        Spacer spacer = new Spacer();
        HBox.setHgrow(spacer, Priority.SOMETIMES); // the run selector widens first
        HBox bar = new HBox(8, pageButtons(), new Label("Run"), runSelector, refresh, busy, spacer, errors, open);
        // Buttons and labels keep their whole text; the run selector is what gives way in a narrow window.
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r && n != runSelector && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** Overview | Model | System as one segmented control. */
    private HBox pageButtons() {
        HBox box = new HBox();
        Page[] all = Page.values();
        for (int i = 0; i < all.length; i++) {
            ToggleButton b = new ToggleButton(all[i].title());
            b.setId("page-" + all[i].name().toLowerCase(Locale.ROOT));
            b.setUserData(all[i]);
            b.setToggleGroup(pages);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                    : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            box.getChildren().add(b);
        }
        return box;
    }

    private void init() {
        runSelector.setItems(model.runs());
        runSelector.disableProperty().bind(model.stateProperty().isNotEqualTo(TrainingUiViewModel.State.READY));
        runSelector.valueProperty().addListener((obs, old, run) -> {
            if (run != null) {
                model.select(run);
            }
        });
        model.selectedRunProperty().addListener((obs, old, run) -> runSelector.setValue(run));
        pages.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                pages.selectToggle(old); // a segmented button stays pressed when clicked again
            } else {
                model.show((Page) toggle.getUserData());
            }
        });
        selectPageButton(model.pageProperty().get());
        model.pageProperty().addListener((obs, old, p) -> selectPageButton(p));
        model.messageProperty().addListener((obs, old, text) -> showMessage(text));
        showMessage(model.messageProperty().get());
        model.navigationProperty().addListener((obs, old, nav) -> {
            if (nav != null && web != null) {
                web.getEngine().load(nav.url());
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(showCheck);
            }
            if (scene != null && !activated) {
                scene.addPostLayoutPulseListener(showCheck);
            }
        });
    }

    /**
     * The tab is shown when every ancestor is visible (TabPane hides the content of unselected tabs) in a showing
     * window; checked after each layout pulse until it first happens.
     */
    private void activateIfShown() {
        Scene scene = getScene();
        if (activated || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return;
            }
        }
        activated = true;
        Platform.runLater(() -> scene.removePostLayoutPulseListener(showCheck));
        createWebView();
        model.activate();
    }

    private void createWebView() {
        web = new WebView();
        web.setId("trainingUiWeb");
        VBox.setVgrow(web, Priority.ALWAYS);
        WebEngine engine = web.getEngine();
        engine.setUserDataDirectory(model.webDataDirectory().toFile());
        engine.setUserStyleSheetLocation(PAGE_STYLE);
        engine.setOnError(e -> model.scriptError("WebView: " + e.getMessage()));
        engine.locationProperty().addListener((obs, old, url) -> model.pageShown(url));
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                bridge.install(engine);
            } else if (state == Worker.State.FAILED) {
                Throwable t = engine.getLoadWorker().getException();
                model.pageFailed(t == null ? engine.getLocation() : t.getMessage());
            }
        });
        body.getChildren().add(web);
        TrainingUiViewModel.Navigation nav = model.navigationProperty().get();
        if (nav != null) {
            engine.load(nav.url());
        }
    }

    private void selectPageButton(Page p) {
        for (Toggle t : pages.getToggles()) {
            if (t.getUserData() == p) {
                pages.selectToggle(t);
            }
        }
    }

    private void showMessage(String text) {
        message.setVisible(text != null);
        message.setDescription(text == null ? "" : text);
        message.getStyleClass().removeAll(Styles.DANGER, Styles.ACCENT);
        message.getStyleClass().add(model.problemProperty().get() ? Styles.DANGER : Styles.ACCENT);
    }

    /** The page's engine once the tab has been shown; null before. */
    public WebEngine engine() {
        return web == null ? null : web.getEngine();
    }
}
