package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import quatrain.app.FxTestSupport;
import quatrain.app.TestContexts;
import quatrain.app.settings.SessionSettings;
import quatrain.app.settings.SettingsStore;
import quatrain.core.sample.SampleCorpus;

/** The main window started over the settings an earlier session left: a corpus since moved, a checkpoint. */
@ExtendWith(ApplicationExtension.class)
class SessionFxTest {
    @TempDir
    Path dir;
    private FxTestSupport.Started app;
    private Path checkpoint;

    @Start
    void start(Stage stage) throws IOException {
        checkpoint = Files.writeString(dir.resolve("stopped.quatrain"), "model");
        SettingsStore earlier = TestContexts.settings(TestContexts.direct(dir));
        earlier.update(s -> s.withRecentCheckpoints(List.of(checkpoint.toString()))
                .withSession(SessionSettings.NONE.withCorpusFile(dir.resolve("texts").resolve("poems.txt").toString())
                        .withPane(Shell.GENERATE)));
        app = FxTestSupport.start(stage, dir);
    }

    @Stop
    void stop() {
        app.close();
    }

    @Test
    void thePaneInFrontComesBackAndAMovedCorpusGetsANoteInsteadOfAnError(FxRobot robot) {
        FxTestSupport.waitUntil(() -> Shell.GENERATE.equals(app.window().currentPane()));
        Label activity = robot.lookup("#statusActivity").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> activity.getText().equals("The corpus poems.txt is no longer at "
                + dir.resolve("texts") + "; the sample corpus is loaded instead."));
        assertThat(activity.getTooltip().getText()).as("the whole note, however narrow the window")
                .isEqualTo(activity.getText());
        assertThat(app.context().session().corpusProperty().get().name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
        assertThat(Window.getWindows()).hasSize(1); // no error dialog
    }

    @Test
    void aCheckpointIsListedUnderItsOwnHeadingInRecent(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu recent = (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "recentMenu".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(recent.getItems()).extracting(MenuItem::getText).startsWith("Checkpoints (resume training)",
                MainMenu.shortName(checkpoint.toString()));
    }
}
