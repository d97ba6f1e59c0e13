package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import atlantafx.base.controls.Message;

import quatrain.app.FxTestSupport;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @TempDir
    Path dir;
    private FxTestSupport.Started app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = FxTestSupport.start(stage, dir);
    }

    @Stop
    void stop() {
        app.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheTitleThePanesAndTheSampleCorpus(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Quatrain Studio");
        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Corpus", "Model", "Training",
                "Generate");
        FxTestSupport.waitUntil(() -> text(robot, "#corpusName").equals(SampleCorpus.DISPLAY_NAME));
        FxTestSupport.waitUntil(() -> text(robot, "#statusDevice").equals("CPU · 2 threads · AVX2"));
    }

    @Test
    void panesAddedLaterGetATabAMenuItemAndAShortcut(FxRobot robot) {
        KeyCombination shortcut = new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN);
        robot.interact(() -> app.window().addPane("Extra", new Label("extra pane"), shortcut));
        TabPane tabs = robot.lookup("#panes").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).endsWith("Generate", "Extra");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(1).getItems().stream().filter(i -> "pane-Extra".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getAccelerator()).isEqualTo(shortcut);
        robot.interact(item::fire);
        assertThat(app.window().currentPane()).isEqualTo("Extra");
    }

    @Test
    void exportRunsTheActionTheGenerationPaneSupplies(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem export = bar.getMenus().get(0).getItems().stream().filter(i -> "exportItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(export.isDisable()).as("the generation pane supplies Export at start").isFalse();
        boolean[] ran = new boolean[1];
        robot.interact(() -> app.window().setExportAction(() -> ran[0] = true));
        assertThat(export.isDisable()).isFalse();
        robot.interact(export::fire);
        assertThat(ran[0]).isTrue();
    }

    @Test
    void aTextDroppedOnTheWindowBecomesTheCorpus(FxRobot robot) throws IOException {
        Path poems = Files.writeString(dir.resolve("poems.txt"), TestCorpora.stanzas(120, 9));
        robot.interact(() -> app.window().showPane("Model"));
        FxTestSupport.dropFile(robot, robot.lookup("#modelPane").query(), poems);
        FxTestSupport.waitUntil(() -> text(robot, "#corpusName").equals("poems.txt"));
        assertThat(app.window().currentPane()).isEqualTo("Corpus");
        FxTestSupport.waitUntil(() -> robot.lookup("#corpusTokens").tryQuery().isPresent());
        assertThat(text(robot, "#corpusDocuments")).isEqualTo("120 stanzas");
        assertThat(text(robot, "#corpusTokens")).matches("[0-9,]+ words");
        assertThat(text(robot, "#corpusVocabulary")).endsWith("distinct tokens");
    }

    @Test
    void aDroppedBinaryFileIsExplainedInlineAndTheCorpusStays(FxRobot robot) throws IOException {
        Path poems = Files.writeString(dir.resolve("poems.txt"), TestCorpora.stanzas(60, 4));
        FxTestSupport.dropFile(robot, robot.lookup("#mainWindow").query(), poems);
        FxTestSupport.waitUntil(() -> text(robot, "#corpusName").equals("poems.txt"));
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        FxTestSupport.dropFile(robot, robot.lookup("#corpusPane").query(), binary);
        Message error = robot.lookup("#corpusError").queryAs(Message.class);
        FxTestSupport.waitUntil(error::isVisible);
        assertThat(error.getDescription()).contains("photo.jpg").contains("binary file");
        assertThat(text(robot, "#corpusName")).isEqualTo("poems.txt");
        assertThat(app.context().session().corpusProperty().get().name()).isEqualTo("poems.txt");
    }

    @Test
    void aModelFileGivenAtStartOpensInTheGeneratePane(FxRobot robot) {
        Path file = dir.resolve("start.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(80, 3), Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), file, null), TrainingListener.NONE, new TrainingControl());
        robot.interact(() -> Shell.openModelAtStart(app.window(), file));
        assertThat(app.window().currentPane()).isEqualTo(Shell.GENERATE);
        FxTestSupport.waitUntil(() -> app.context().session().modelProperty().get() != null);
        assertThat(app.context().session().modelProperty().get().file()).isEqualTo(file);
    }

    @Test
    void theWindowHasTheAppIcon() {
        assertThat(stage.getIcons()).hasSize(AppIcon.SIZES.length);
    }

    private static Menu recentMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "recentMenu".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void fileRecentListsAnOpenedTextAtOnceUnderCorpora(FxRobot robot) throws IOException {
        Path poems = Files.writeString(dir.resolve("poems.txt"), TestCorpora.stanzas(60, 4));
        for (int i = 0; i < 3; i++) {
            System.gc(); // the menu once listened through a view that only a collection took away
        }
        FxTestSupport.dropFile(robot, robot.lookup("#mainWindow").query(), poems);
        FxTestSupport.waitUntil(() -> recentMenu(robot).getItems().stream()
                .anyMatch(i -> i.getText().equals(MainMenu.shortName(poems.toString()))));
        assertThat(recentMenu(robot).getItems()).extracting(MenuItem::getText).startsWith("Corpora",
                MainMenu.shortName(poems.toString()));
    }

    @Test
    void resumeTrainingIsOfferedInTheFileMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem resume = bar.getMenus().get(0).getItems().stream().filter(i -> "resumeTrainingItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(resume.getText()).isEqualTo("_Resume training…");
        assertThat(resume.isDisable()).isFalse();
    }
}
