package quatrain.app;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import quatrain.app.context.AppContext;
import quatrain.app.settings.SettingsStore;
import quatrain.app.settings.WindowBounds;
import quatrain.app.shell.MainWindow;
import quatrain.app.shell.Shell;
import quatrain.app.spark.SparkLauncher;

/**
 * Starts the real main window for a TestFX test, with a test context: files in a temporary folder, a real
 * background thread, the FX dispatcher and a CPU-only device that does not start ND4J. Use it from a
 * {@code @Start} method and wait for background work with {@link #waitUntil}.
 *
 * <pre>
 * &#64;ExtendWith(ApplicationExtension.class)
 * class MyPaneFxTest {
 *     &#64;TempDir Path dir;
 *     FxTestSupport.Started app;
 *
 *     &#64;Start void start(Stage stage) { app = FxTestSupport.start(stage, dir); }
 *     &#64;Stop void stop() { app.close(); }
 * }
 * </pre>
 */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    /** The window under test and what it was built from. */
    public record Started(MainWindow window, AppContext context, SettingsStore settings, ExecutorService background) {
        public void close() {
            background.shutdownNow();
        }
    }

    /** Builds the main window with the Corpus and Model panes and shows it in {@code stage}. */
    public static Started start(Stage stage, Path dir) {
        return start(stage, dir, SparkLauncher.none("Spark training is not set up in this test."));
    }

    /** {@link #start(Stage, Path)} with Spark drivers started through {@code spark}. */
    public static Started start(Stage stage, Path dir, SparkLauncher spark) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-background");
            t.setDaemon(true);
            return t;
        });
        AppContext context = TestContexts.of(dir, background, UiDispatcher.FX, spark);
        SettingsStore settings = TestContexts.settings(context);
        settings.load(); // a test may have written the settings of an earlier session
        MainWindow window = Shell.create(context, settings, TestContexts::cpuOnly, stage::close);
        window.showIn(stage, WindowBounds.defaults());
        return new Started(window, context, settings, background);
    }

    /** Waits (at most 20 s) until {@code condition} holds, checking on the FX thread. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                boolean[] ok = new boolean[1];
                WaitForAsyncUtils.asyncFx(() -> ok[0] = condition.getAsBoolean()).get();
                return ok[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    /**
     * Drops {@code file} on {@code target} as a file manager would: DRAG_OVER, then DRAG_DROPPED, with a
     * mocked dragboard (a robot drag gesture does not work under Monocle).
     */
    public static void dropFile(FxRobot robot, Node target, Path file) {
        Dragboard board = mock(Dragboard.class);
        when(board.hasFiles()).thenReturn(true);
        when(board.getFiles()).thenReturn(List.of(file.toFile()));
        when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY, TransferMode.MOVE));
        robot.interact(() -> {
            Event.fireEvent(target, dragEvent(DragEvent.DRAG_OVER, board));
            Event.fireEvent(target, dragEvent(DragEvent.DRAG_DROPPED, board));
        });
    }

    private static DragEvent dragEvent(EventType<DragEvent> type, Dragboard board) {
        return new DragEvent(type, board, 100, 100, 100, 100, TransferMode.COPY, null, null, null);
    }
}
