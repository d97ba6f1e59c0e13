package quatrain.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.Presets;
import quatrain.testing.TestCorpora;

/** The corpus pane's advice box speaks of the corpus and preset in front of the person, and of nothing before. */
@ExtendWith(ApplicationExtension.class)
class CorpusPaneFxTest {
    @TempDir
    Path dir;
    private FxTestSupport.Started app;

    @Start
    void start(Stage stage) {
        app = FxTestSupport.start(stage, dir);
        app.window().showPane("Corpus");
    }

    @Stop
    void stop() {
        app.close();
    }

    @Test
    void theAdviceBoxShowsOnlyTheCurrentCorpusAndPreset(FxRobot robot) {
        Corpus big = TestCorpora.corpus(1_200, 1);
        Corpus small = TestCorpora.corpus(300, 2);
        robot.interact(() -> {
            app.context().session().modelSpecProperty().set(Presets.get(Presets.QUATRAINS_GRU).model());
            app.context().session().corpusProperty().set(big);
        });
        FxTestSupport.waitUntil(() -> shownTitle(robot).equals("Enough text"));
        assertThat(shownLines(robot)).hasSize(2).last().asString().startsWith("Enough text for this model:");

        robot.interact(() -> app.context().session().corpusProperty().set(small));
        FxTestSupport.waitUntil(() -> shownTitle(robot).equals("Small corpus"));
        assertThat(shownLines(robot)).hasSize(2).noneMatch(line -> line.contains("Enough text"))
                .last().asString().startsWith("Small corpus:");

        robot.interact(() -> app.context().session().modelSpecProperty().set(Presets.get(Presets.MARKOV).model()));
        FxTestSupport.waitUntil(() -> shownTitle(robot).equals("Enough text"));
        assertThat(shownLines(robot)).hasSize(2).noneMatch(line -> line.contains("Small corpus"))
                .last().asString().startsWith("Enough text for this model:").contains("5,000 or more");
    }

    private static String shownTitle(FxRobot robot) {
        List<String> lines = shownLines(robot);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** What the advice box draws, as a person reads it: its title line, then its description; none before. */
    private static List<String> shownLines(FxRobot robot) {
        List<String> lines = new ArrayList<>();
        Message box = robot.lookup("#corpusVerdict").tryQueryAs(Message.class).orElse(null);
        if (box == null) { // the first analysis has not come back yet
            return lines;
        }
        Node title = box.lookup(".title");
        if (title instanceof Label l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
            lines.add(l.getText());
        }
        String description = texts(box.lookup(".description")).collect(Collectors.joining());
        if (!description.isEmpty()) {
            lines.add(description);
        }
        return lines;
    }

    private static Stream<String> texts(Node node) {
        if (node instanceof Text t) {
            return Stream.of(t.getText());
        }
        if (node instanceof Parent p && p.isVisible()) {
            return p.getChildrenUnmodifiable().stream().flatMap(CorpusPaneFxTest::texts);
        }
        return Stream.empty();
    }
}
