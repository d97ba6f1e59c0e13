package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import javafx.stage.Stage;

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
import quatrain.core.spec.Presets;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.testing.TestCorpora;

/** A model file given at start (double-clicked) over an earlier session that had another pane in front. */
@ExtendWith(ApplicationExtension.class)
class ModelGivenAtStartFxTest {
    @TempDir
    Path dir;
    private FxTestSupport.Started app;

    @Start
    void start(Stage stage) throws IOException {
        SettingsStore earlier = TestContexts.settings(TestContexts.direct(dir));
        earlier.update(s -> s.withSession(SessionSettings.NONE.withPane(Shell.TRAINING)));
        app = FxTestSupport.start(stage, dir);
        Path given = dir.resolve("given.quatrain");
        new Trainer().train(new TrainingRequest(TestCorpora.corpus(80, 3), Presets.get(Presets.MARKOV).model(),
                Presets.get(Presets.MARKOV).training(), given, null), TrainingListener.NONE, new TrainingControl());
        Shell.openModelAtStart(app.window(), given);
    }

    @Stop
    void stop() {
        app.close();
    }

    @Test
    void theGeneratePaneItOpensInStaysInFront(FxRobot robot) {
        FxTestSupport.waitUntil(() -> app.context().session().corpusProperty().get() != null // the session is back
                && app.context().session().modelProperty().get() != null);
        assertThat(app.window().currentPane()).isEqualTo(Shell.GENERATE);
    }
}
