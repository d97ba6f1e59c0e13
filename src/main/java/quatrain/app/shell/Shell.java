package quatrain.app.shell;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.input.KeyCode;

import quatrain.app.config.ModelPane;
import quatrain.app.config.ModelViewModel;
import quatrain.app.context.AppContext;
import quatrain.app.corpus.CorpusPane;
import quatrain.app.corpus.CorpusViewModel;
import quatrain.app.generation.GenerationPane;
import quatrain.app.generation.GenerationViewModel;
import quatrain.app.settings.SettingsStore;
import quatrain.app.training.TrainingPane;
import quatrain.engine.BackendInfo;

/** Puts the main window together from a context: the one place where views and view models are wired. */
public final class Shell {
    public static final String TRAINING = "Training";
    public static final String GENERATE = "Generate";

    private Shell() {
    }

    /**
     * Builds the main window with its Corpus, Model, Training and Generate panes and starts its background work (device
     * detection, pruning recent files, the sample corpus when the session has none).
     *
     * @param detector describes the compute device; called on the background executor
     * @param exit     ends the app after the settings are saved
     */
    public static MainWindow create(AppContext context, SettingsStore settings, Supplier<BackendInfo> detector,
            Runnable exit) {
        return create(context, settings, detector, exit, StarterModel.none());
    }

    /**
     * {@link #create(AppContext, SettingsStore, Supplier, Runnable)} with the last session's settings in the session
     * before any pane is built; its corpus and model (or {@code starter}) are read once the window is shown.
     */
    public static MainWindow create(AppContext context, SettingsStore settings, Supplier<BackendInfo> detector,
            Runnable exit, StarterModel starter) {
        SessionMemory.restoreSpecs(context.session(), settings.current().session());
        CorpusViewModel corpus = new CorpusViewModel(context);
        ModelViewModel model = new ModelViewModel(context, settings, detector);
        MainWindowViewModel main = new MainWindowViewModel(context, settings, corpus, detector, exit, starter);
        MainWindow[] window = new MainWindow[1];
        CorpusPane corpusPane = new CorpusPane(corpus, () -> window[0].openCorpusDialog());
        window[0] = new MainWindow(main, corpusPane, new ModelPane(model));
        TrainingPane training = new TrainingPane(context);
        window[0].addPane(TRAINING, training, MainMenu.shortcut(KeyCode.DIGIT3));
        main.resumeActionProperty().set(file -> {
            training.viewModel().resumeFrom(file);
            window[0].showPane(TRAINING);
        });
        GenerationPane generation = new GenerationPane(new GenerationViewModel(context),
                owner -> Dialogs.chooseCorpus(owner, main.corpusFolder()));
        window[0].addPane(GENERATE, generation, MainMenu.shortcut(KeyCode.DIGIT4));
        window[0].setExportAction(generation.exportAction());
        main.start();
        return window[0];
    }

    /**
     * Opens the model file the app was started with (a double-clicked {@code .quatrain} file) in the background and
     * shows the Generate pane, where it will be used.
     */
    public static void openModelAtStart(MainWindow window, Path model) {
        window.openModel(model);
        window.showPane(GENERATE);
    }
}
