package quatrain.app.shell;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.FirstLayout;
import quatrain.app.StartGate;
import quatrain.app.UiDispatcher;
import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.service.TrainingService;
import quatrain.app.settings.SettingsStore;
import quatrain.app.spark.SparkLauncher;
import quatrain.app.trainingui.Browser;
import quatrain.app.trainingui.TrainingUiPane;
import quatrain.app.trainingui.TrainingUiViewModel;
import quatrain.core.AppDirs;
import quatrain.engine.Backends;
import quatrain.engine.Trainer;
import quatrain.launch.LaunchArgs;
import quatrain.launch.SparkLaunch;

/** The desktop app: builds the services once, shows the main window, and shuts the background work down. */
public final class QuatrainApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(QuatrainApp.class);
    /** Training holds one thread for its whole run; the others keep loading and generation responsive. */
    static final int BACKGROUND_THREADS = 4;
    /** How long quitting waits for a Spark driver to save after TERM (a Spark round can take a while). */
    static final long DRIVER_SAVE_SECONDS = 120;

    private ExecutorService background;
    private StartGate afterFirstFrame;
    private SettingsStore settings;
    private AppContext context;
    private TrainingUiViewModel trainingUi;

    /** Runs on the launcher thread, not the FX thread, so reading the settings here blocks no window. */
    @Override
    public void init() {
        AppDirs dirs = AppDirs.forCurrentPlatform();
        for (Path p : new Path[] {dirs.config(), dirs.state(), dirs.models()}) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                LOG.warn("Cannot create {}", p, e);
            }
        }
        Path log = LogSetup.toFile(dirs.state());
        new ErrorReporter(log).install();
        LOG.info("Quatrain Studio starting; log at {}", log);
        background = Executors.newFixedThreadPool(BACKGROUND_THREADS, daemonThreads());
        afterFirstFrame = new StartGate(background);
        settings = SettingsStore.in(dirs, afterFirstFrame);
        settings.load();
        context = new AppContext(dirs, afterFirstFrame, UiDispatcher.FX, new Session(),
                new TrainingService(afterFirstFrame, UiDispatcher.FX, new Trainer(), dirs.runs()), sparkLauncher());
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = Shell.create(context, settings, Backends::current, Platform::exit,
                StarterModel.bundled(context.dirs().models()));
        trainingUi = new TrainingUiViewModel(context, Browser.system());
        window.addPane("Training UI", new TrainingUiPane(trainingUi),
                new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        window.showIn(stage, settings.current().window());
        // quatrain.Main passes a model file as the only argument (a double-clicked .quatrain file).
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            LOG.info("Opening {} given at start", args.get(0));
            Shell.openModelAtStart(window, Path.of(args.get(0)));
        }
        boolean probe = Boolean.getBoolean(LaunchArgs.FIRST_FRAME_PROBE);
        // Then the background work held so far starts, or (the first-frame probe) the uptime is printed and it quits.
        FirstLayout.then(stage.getScene(), () -> {
            if (probe) {
                System.out.println(LaunchArgs.FIRST_FRAME_LINE + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                Platform.runLater(Platform::exit);
            } else {
                afterFirstFrame.open();
            }
        });
    }

    /**
     * How the app starts a Spark driver: {@link SparkLaunch} finds Spark (this class path, SPARK_HOME, or the build's
     * target/spark/jars) and gives the driver JVM's command line; the app passes {@code spark-train} and its arguments.
     */
    private static SparkLauncher sparkLauncher() {
        return SparkLauncher.javaCommand(arguments -> SparkLaunch.command(withoutCommand(arguments)),
                SparkLaunch::unavailable, SparkLaunch::environment);
    }

    /** {@link SparkLaunch#command} adds {@code spark-train} itself. */
    private static List<String> withoutCommand(List<String> arguments) {
        return !arguments.isEmpty() && arguments.get(0).equals(SparkLaunch.COMMAND)
                ? arguments.subList(1, arguments.size()) : arguments;
    }


    /** Every way out of the app (File ▸ Quit, closing the window) ends here, through {@code Platform.exit}. */
    @Override
    public void stop() {
        if (trainingUi != null) {
            trainingUi.close(); // its server's threads would keep the JVM alive
        }
        stopDriver();
        background.shutdownNow();
        LOG.info("Quatrain Studio stopped");
    }

    /**
     * A Spark driver still running (a quit that did not ask first) is told to stop and given time to save: were the
     * app gone first, the driver would take its parent's death for a second TERM, and a second TERM quits unsaved.
     */
    private void stopDriver() {
        if (context == null || !context.training().driverRunProperty().get()
                || !context.training().getStatus().isActive()) {
            return;
        }
        LOG.info("Stopping the Spark driver before quitting");
        try {
            context.training().stop().get(DRIVER_SAVE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The Spark driver did not end cleanly before the app quit", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "quatrain-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
