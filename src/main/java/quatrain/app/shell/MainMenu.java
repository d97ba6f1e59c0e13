package quatrain.app.shell;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import quatrain.app.settings.Theme;
import quatrain.app.shell.MainWindowViewModel.RecentKind;

/** The menu bar of the main window. Accelerators use Shortcut, so they are Ctrl on Linux/Windows and ⌘ on macOS. */
final class MainMenu {
    private final MainWindow window;
    private final MainWindowViewModel model;
    private final Menu view = new Menu("_View");
    private int paneItems;

    MainMenu(MainWindow window, MainWindowViewModel model) {
        this.window = window;
        this.model = model;
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("darkThemeItem");
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        model.themeProperty().addListener((obs, old, t) -> dark.setSelected(t == Theme.DARK));
        dark.setOnAction(e -> model.toggleTheme());
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        view.getItems().addAll(new SeparatorMenuItem(), dark);
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), view, help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Adds "Go to pane" for a pane, above the theme item. */
    void addPaneItem(String title, KeyCombination shortcut, Runnable show) {
        MenuItem item = item(title, shortcut, e -> show.run());
        item.setId("pane-" + title);
        view.getItems().add(paneItems++, item);
    }

    private Menu file() {
        MenuItem openCorpus = item("Open _corpus…", shortcut(KeyCode.O), e -> window.openCorpusDialog());
        MenuItem openModel = item("Open _model…", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN),
                e -> window.openModelDialog());
        MenuItem resume = item("_Resume training…", null, e -> window.resumeTrainingDialog());
        resume.setId("resumeTrainingItem");
        resume.disableProperty().bind(model.resumeActionProperty().isNull());
        MenuItem save = item("_Save model as…", shortcut(KeyCode.S), e -> window.saveModelDialog());
        save.setId("saveModelItem");
        save.disableProperty().bind(model.canSaveModelProperty().not());
        MenuItem export = item("_Export…", shortcut(KeyCode.E), e -> {
            Runnable action = model.exportActionProperty().get();
            if (action != null) {
                action.run();
            }
        });
        export.setId("exportItem");
        export.disableProperty().bind(model.exportActionProperty().isNull());
        Menu recent = new Menu("_Recent");
        recent.setId("recentMenu");
        ListChangeListener<String> rebuild = c -> fillRecent(recent);
        model.recentCorpora().addListener(rebuild);
        model.recentModels().addListener(rebuild);
        model.recentCheckpoints().addListener(rebuild);
        fillRecent(recent);
        MenuItem quit = item("_Quit", shortcut(KeyCode.Q), e -> window.requestQuit());
        return new Menu("_File", null, openCorpus, openModel, resume, new SeparatorMenuItem(), save, export,
                new SeparatorMenuItem(), recent, new SeparatorMenuItem(), quit);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        addRecent(recent, "Corpora", model.recentCorpora(), RecentKind.CORPUS);
        addRecent(recent, "Models", model.recentModels(), RecentKind.MODEL);
        addRecent(recent, "Checkpoints (resume training)", model.recentCheckpoints(), RecentKind.CHECKPOINT);
        boolean empty = model.recentCorpora().isEmpty() && model.recentModels().isEmpty()
                && model.recentCheckpoints().isEmpty();
        MenuItem clear = item("Clear", null, e -> model.clearRecent());
        clear.setDisable(empty);
        if (empty) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void addRecent(Menu recent, String heading, ObservableList<String> entries, RecentKind kind) {
        if (entries.isEmpty()) {
            return;
        }
        MenuItem title = new MenuItem(heading);
        title.setId("recent-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        title.setDisable(true);
        recent.getItems().add(title);
        for (String entry : List.copyOf(entries)) {
            MenuItem item = new MenuItem(shortName(entry));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openRecent(entry, kind));
            recent.getItems().add(item);
        }
    }

    /** "prophecies.txt — /home/ana/texts": the name first, where it is after. */
    static String shortName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1) + "  —  " + path.substring(0, slash);
    }

    private Menu help() {
        MenuItem about = item("_About Quatrain Studio", null, e -> window.showAbout());
        return new Menu("_Help", null, about);
    }

    private static MenuItem item(String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(action);
        return item;
    }

    static KeyCombination shortcut(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] mods = new KeyCombination.Modifier[more.length + 1];
        mods[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, mods, 1, more.length);
        return new KeyCodeCombination(code, mods);
    }
}
