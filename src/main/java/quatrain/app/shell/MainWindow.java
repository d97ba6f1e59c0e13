package quatrain.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import quatrain.app.FirstLayout;
import quatrain.app.config.ModelPane;
import quatrain.app.corpus.CorpusPane;
import quatrain.app.settings.Theme;
import quatrain.app.settings.WindowBounds;

/**
 * The main window: menu bar, one tab per pane, status bar. Other panes join through
 * {@link #addPane(String, Node, KeyCombination)}; a file dropped anywhere on it is opened (a text as the
 * corpus, a {@code .quatrain} file as the model).
 */
public final class MainWindow extends BorderPane {
    public static final String CORPUS = "Corpus";
    public static final String MODEL = "Model";

    private final MainWindowViewModel model;
    private final TabPane tabs = new TabPane();
    private final MainMenu menu;

    public MainWindow(MainWindowViewModel model, CorpusPane corpus, ModelPane modelPane) {
        this.model = model;
        this.menu = new MainMenu(this, model);
        setId("mainWindow");
        tabs.setId("panes");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(menu.build());
        setCenter(tabs);
        setBottom(new StatusBar(model));
        addPane(CORPUS, corpus, MainMenu.shortcut(KeyCode.DIGIT1));
        addPane(MODEL, modelPane, MainMenu.shortcut(KeyCode.DIGIT2));
        addEventFilter(DragEvent.DRAG_OVER, this::dragOver);
        addEventFilter(DragEvent.DRAG_DROPPED, this::dropped);
        model.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                model.clearError();
                Dialogs.error(window(), "Something went wrong", message);
            }
        });
    }

    /**
     * Adds a pane as a tab, with a View menu item and accelerator that show it.
     *
     * @param shortcut e.g. {@code new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN)}; may be null
     */
    public void addPane(String title, Node content, KeyCombination shortcut) {
        Tab tab = new Tab(title, Objects.requireNonNull(content));
        tab.setId("tab-" + title);
        tabs.getTabs().add(tab);
        menu.addPaneItem(title, shortcut, () -> showPane(title));
    }

    /** Brings the pane with this title to the front; false when there is none. */
    public boolean showPane(String title) {
        for (Tab t : tabs.getTabs()) {
            if (t.getText().equals(title)) {
                tabs.getSelectionModel().select(t);
                return true;
            }
        }
        return false;
    }

    /** The title of the pane in front. */
    public String currentPane() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getText();
    }

    /** What File ▸ Export… runs (the generation pane supplies it); Export stays disabled until set. */
    public void setExportAction(Runnable action) {
        model.exportActionProperty().set(action);
    }

    /** Puts the window in {@code stage}: scene, title, theme, saved size, and quitting through the view model. */
    public void showIn(Stage stage, WindowBounds bounds) {
        Scene scene = new Scene(this, bounds.width(), bounds.height());
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("/quatrain/app/app.css"))
                .toExternalForm());
        OpaquePopups.apply(scene);
        applyTheme(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, t) -> applyTheme(t));
        stage.setTitle(MainWindowViewModel.TITLE);
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setScene(scene);
        if (bounds.hasPosition() && onSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestQuit();
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                model.paneShown(tab.getText());
            }
        });
        stage.show();
        // Bringing back the pane in front (the Training UI's web view is slow to make) and reading the last session's
        // corpus and model (ND4J starts for it) must not delay the first frame.
        FirstLayout.then(scene, () -> Platform.runLater(this::restoreSession));
    }

    /**
     * The pane that was in front, then the last session's corpus and model, read in the background. A pane brought
     * forward before (a model file given at start shows Generate) is the remembered one by now.
     */
    private void restoreSession() {
        String remembered = model.rememberedPane();
        if (remembered != null) {
            showPane(remembered);
        }
        model.restoreSession();
    }

    private static boolean onSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), 100, 40)).isEmpty();
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return;
        }
        List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
        if (model.drop(files) == MainWindowViewModel.Drop.CORPUS) {
            showPane(CORPUS);
        }
        e.setDropCompleted(true);
        e.consume();
    }

    void openCorpusDialog() {
        Dialogs.chooseCorpus(window(), model.corpusFolder()).ifPresent(p -> {
            model.openCorpus(p);
            showPane(CORPUS);
        });
    }

    /** Opens a model file in the background; it becomes the model that generation uses. */
    public void openModel(Path file) {
        model.openModel(file);
    }

    void openModelDialog() {
        Dialogs.chooseModel(window(), model.modelFolder()).ifPresent(model::openModel);
    }

    void resumeTrainingDialog() {
        Dialogs.chooseResume(window(), model.modelFolder()).ifPresent(model::resumeTraining);
    }

    void saveModelDialog() {
        Dialogs.chooseModelTarget(window(), model.modelFolder(), model.suggestedModelName())
                .ifPresent(model::saveModelAs);
    }

    void showAbout() {
        Dialogs.info(window(), "About Quatrain Studio", String.join("\n", AboutInfo.lines(model.deviceProperty().get())));
    }

    /** Quits, asking first while training runs; the window stays while a checkpoint is being saved. */
    void requestQuit() {
        WindowBounds bounds = bounds();
        if (!model.quitNeedsConfirmation()) {
            model.quit(bounds);
        } else if (Dialogs.confirmStopTraining(window())) {
            setDisable(true);
            model.stopTrainingAndQuit(bounds);
        }
    }

    private WindowBounds bounds() {
        if (!(window() instanceof Stage s)) {
            return null;
        }
        return new WindowBounds(s.getX(), s.getY(), s.getWidth(), s.getHeight(), s.isMaximized());
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
