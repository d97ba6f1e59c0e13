package quatrain.app.shell;

import java.nio.file.Path;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import quatrain.app.settings.Settings;
import quatrain.app.settings.SettingsStore;
import quatrain.app.shell.MainWindowViewModel.RecentKind;

/**
 * The three lists of File ▸ Recent (corpora, models, checkpoints), kept in the settings as they change. A file is
 * in one list only: a checkpoint is not listed again under models. UI thread only.
 */
final class RecentLists {
    private final SettingsStore settings;
    private final ObservableList<String> corpora = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObservableList<String> checkpoints = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call holds its listeners weakly, and File ▸ Recent lost its own.
    private final ObservableList<String> corporaView = FXCollections.unmodifiableObservableList(corpora);
    private final ObservableList<String> modelsView = FXCollections.unmodifiableObservableList(models);
    private final ObservableList<String> checkpointsView = FXCollections.unmodifiableObservableList(checkpoints);

    RecentLists(SettingsStore settings) {
        this.settings = settings;
        Settings s = settings.current();
        corpora.setAll(s.recentCorpora());
        models.setAll(s.recentModels());
        checkpoints.setAll(s.recentCheckpoints());
    }

    ObservableList<String> view(RecentKind kind) {
        return switch (kind) {
            case CORPUS -> corporaView;
            case MODEL -> modelsView;
            case CHECKPOINT -> checkpointsView;
        };
    }

    /** Puts {@code file} first in its list; a model that is listed as a checkpoint stays where it is. */
    void add(RecentKind kind, Path file) {
        if (kind == RecentKind.MODEL && RecentFiles.contains(checkpoints, file)) {
            return;
        }
        if (kind == RecentKind.CHECKPOINT) {
            models.setAll(RecentFiles.remove(models, file));
        }
        ObservableList<String> list = list(kind);
        list.setAll(RecentFiles.add(list, file));
        save();
    }

    void remove(RecentKind kind, Path file) {
        ObservableList<String> list = list(kind);
        list.setAll(RecentFiles.remove(list, file));
        save();
    }

    void clear() {
        corpora.clear();
        models.clear();
        checkpoints.clear();
        save();
    }

    /** The lists as they are now, to check on another thread: corpora, models, checkpoints. */
    List<List<String>> snapshot() {
        return List.of(List.copyOf(corpora), List.copyOf(models), List.copyOf(checkpoints));
    }

    /** Replaces the lists with {@code lists} in {@link #snapshot()}'s order (what is left after pruning). */
    void replace(List<List<String>> lists) {
        corpora.setAll(lists.get(0));
        models.setAll(lists.get(1));
        checkpoints.setAll(lists.get(2));
        save();
    }

    private ObservableList<String> list(RecentKind kind) {
        return switch (kind) {
            case CORPUS -> corpora;
            case MODEL -> models;
            case CHECKPOINT -> checkpoints;
        };
    }

    private void save() {
        List<List<String>> now = snapshot();
        settings.update(s -> s.withRecentCorpora(now.get(0)).withRecentModels(now.get(1))
                .withRecentCheckpoints(now.get(2)));
    }
}
