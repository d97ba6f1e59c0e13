package quatrain.app.shell;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.input.KeyCode;

import quatrain.app.AppContext;
import quatrain.app.config.ModelPane;
import quatrain.app.config.ModelViewModel;
import quatrain.app.corpus.CorpusPane;
import quatrain.app.corpus.CorpusViewModel;
import quatrain.app.generation.GenerationPane;
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
        CorpusViewModel corpus = new CorpusViewModel(context);
        ModelViewModel model = new ModelViewModel(context, settings, detector);
        MainWindowViewModel main = new MainWindowViewModel(context, settings, corpus, detector, exit);
        MainWindow[] window = new MainWindow[1];
        CorpusPane corpusPane = new CorpusPane(corpus, () -> window[0].openCorpusDialog());
        window[0] = new MainWindow(main, corpusPane, new ModelPane(model));
        window[0].addPane(TRAINING, new TrainingPane(context), MainMenu.shortcut(KeyCode.DIGIT3));
        GenerationPane generation = new GenerationPane(context);
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
