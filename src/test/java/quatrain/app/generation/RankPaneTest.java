package quatrain.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

import quatrain.app.TestContexts;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.engine.TrainedModel;

/** Rank on a stage (Monocle, headless): the button, the judge's scores on the cards, the corpus a bare model asks for. */
@ExtendWith(ApplicationExtension.class)
class RankPaneTest {
    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger chooserOpened = new AtomicInteger();
    private AppContext ctx;
    private Path corpusText;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = TestContexts.of(dir, pool, UiDispatcher.FX);
        corpusText = Files.writeString(dir.resolve("tiny.txt"), RankingModelTest.CORPUS);
        GenerationViewModel vm = new GenerationViewModel(ctx, () -> 1L, RankingModelTest::small);
        vm.form().newSeedEachTimeProperty().set(false);
        // No dialog in a test: the chooser answers with the corpus at once.
        GenerationPane pane = new GenerationPane(vm, owner -> {
            chooserOpened.incrementAndGet();
            return Optional.of(corpusText);
        });
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    private void open(FxRobot robot, Path file) {
        TrainedModel model = TrainedModel.open(file);
        robot.interact(() -> ctx.session().modelProperty().set(model));
    }

    /** Training even a small judge can take a minute on a busy machine: longer than FxTestSupport waits. */
    private static void waitLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    private List<String> scores(FxRobot robot) {
        return robot.lookup(".quatrain-card .judge-score").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void rankShowsTheJudgesScoreOnEachCardAndItsAucInTheModelBox(FxRobot robot) throws Exception {
        open(robot, Files.copy(RankingModelTest.GOLDEN, dir.resolve("gru.quatrain")));
        robot.clickOn("#rank");
        waitLong(() -> scores(robot).size() == 4);
        assertThat(scores(robot)).allSatisfy(s -> assertThat(s).matches("judge [01]\\.\\d\\d"));
        assertThat(robot.lookup("#result-text").queryAs(Label.class).getText()).startsWith("Best 4 of 16 by the judge");
        assertThat(robot.lookup("#model-judge").queryAs(Label.class).getText()).startsWith("judge: AUC ");
        assertThat(robot.lookup(".judge-bar").query().isVisible()).as("progress hides once done").isFalse();
    }

    @Test
    void aModelWithoutItsCorpusOffersToChooseTheFileThenRanks(FxRobot robot) throws Exception {
        open(robot, RankingModelTest.withoutCorpus(Files.copy(RankingModelTest.GOLDEN, dir.resolve("gru.quatrain"))));
        robot.clickOn("#rank");
        waitLong(() -> robot.lookup("#choose-corpus").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#choose-corpus").queryAs(Button.class).fire());
        waitLong(() -> scores(robot).size() == 4);
        assertThat(chooserOpened).hasValue(1);
        assertThat(robot.lookup("#choose-corpus").tryQuery()).isEmpty();
    }
}
