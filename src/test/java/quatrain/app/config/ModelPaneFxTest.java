package quatrain.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import atlantafx.base.theme.Styles;

import quatrain.app.FxTestSupport;

@ExtendWith(ApplicationExtension.class)
class ModelPaneFxTest {
    @TempDir
    Path dir;
    private FxTestSupport.Started app;

    @Start
    void start(Stage stage) {
        app = FxTestSupport.start(stage, dir);
        app.window().showPane("Model");
    }

    @Stop
    void stop() {
        app.close();
    }

    @Test
    void typingAnInvalidValueShowsItsMessageAndKeepsTheLastValidSpec(FxRobot robot) {
        TextField units = robot.lookup("#setting-units").queryAs(TextField.class);
        robot.clickOn(units);
        robot.interact(units::selectAll);
        robot.write("12x");
        Label message = robot.lookup("#error-units").queryAs(Label.class);
        FxTestSupport.waitUntil(message::isVisible);
        assertThat(message.getText()).isEqualTo("Units per layer must be a whole number (got \"12x\")");
        assertThat(units.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        // "1" and "12" were valid as they were typed; "12x" is not, so 12 stays in the session.
        assertThat(app.context().session().modelSpecProperty().get().units()).isEqualTo(12);

        robot.interact(() -> units.setText("64"));
        assertThat(message.isVisible()).isFalse();
        assertThat(app.context().session().modelSpecProperty().get().units()).isEqualTo(64);
    }

    @Test
    void showsTheEstimateForTheSampleCorpus(FxRobot robot) {
        Label parameters = robot.lookup("#estimateParameters").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> parameters.getText().matches("[0-9,]+"));
        assertThat(robot.lookup("#estimateTime").queryAs(Label.class).getText()).contains("per epoch");
        assertThat(robot.lookup("#gpuReason").queryAs(Label.class).getText()).contains("built for the CPU only");
    }
}
