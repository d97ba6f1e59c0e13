package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.settings.SettingsStore;
import quatrain.app.shell.MainWindowViewModel.RecentKind;

class RecentListsTest {
    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.json"), Runnable::run);
    }

    @Test
    void aModelThatBecomesACheckpointMovesToCheckpointsAndStaysThere() {
        SettingsStore settings = store();
        RecentLists recent = new RecentLists(settings);
        Path run = dir.resolve("run.quatrain");
        recent.add(RecentKind.MODEL, run);
        recent.add(RecentKind.CHECKPOINT, run);
        recent.add(RecentKind.MODEL, run); // the checkpoint opened for generation
        assertThat(recent.view(RecentKind.MODEL)).isEmpty();
        assertThat(recent.view(RecentKind.CHECKPOINT)).containsExactly(run.toString());
        assertThat(settings.current().recentCheckpoints()).containsExactly(run.toString());
        assertThat(settings.current().recentModels()).isEmpty();
    }

    @Test
    void theListsComeFromTheSettingsAndEveryChangeIsSaved() {
        SettingsStore settings = store();
        settings.update(s -> s.withRecentCorpora(List.of("/a.txt")).withRecentCheckpoints(List.of("/c.quatrain")));
        RecentLists recent = new RecentLists(settings);
        assertThat(recent.view(RecentKind.CORPUS)).containsExactly("/a.txt");
        recent.remove(RecentKind.CHECKPOINT, Path.of("/c.quatrain"));
        assertThat(store().load().recentCheckpoints()).isEmpty();
        recent.clear();
        assertThat(store().load().recentCorpora()).isEmpty();
    }

    @Test
    void theViewsKeepTheirListenersThroughACollection() {
        RecentLists recent = new RecentLists(store());
        int[] changes = new int[1];
        recent.view(RecentKind.CORPUS).addListener((ListChangeListener<String>) c -> changes[0]++);
        System.gc();
        recent.add(RecentKind.CORPUS, dir.resolve("a.txt"));
        assertThat(changes[0]).isEqualTo(1);
    }
}
