package quatrain.app;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import quatrain.app.context.AppContext;
import quatrain.app.context.Session;
import quatrain.app.service.TrainingService;
import quatrain.app.settings.SettingsStore;
import quatrain.app.spark.SparkLauncher;
import quatrain.core.AppDirs;
import quatrain.engine.BackendInfo;
import quatrain.engine.Trainer;

/** Contexts for view-model tests: everything on the calling thread, files in a temporary folder. */
public final class TestContexts {
    private TestContexts() {
    }

    /** Same-thread executor and {@link UiDispatcher#DIRECT}: a command has finished when it returns. */
    public static AppContext direct(Path dir) {
        return of(dir, Runnable::run, UiDispatcher.DIRECT);
    }

    /** A context whose training service records every run in {@code dirs(dir).runs()}, as the app's does. */
    public static AppContext of(Path dir, Executor background, UiDispatcher ui) {
        AppDirs dirs = dirs(dir);
        return new AppContext(dirs, background, ui, new Session(),
                new TrainingService(background, ui, new Trainer(), dirs.runs()));
    }

    /** {@link #of(Path, Executor, UiDispatcher)} with Spark drivers started through {@code spark}. */
    public static AppContext of(Path dir, Executor background, UiDispatcher ui, SparkLauncher spark) {
        AppDirs dirs = dirs(dir);
        return new AppContext(dirs, background, ui, new Session(),
                new TrainingService(background, ui, new Trainer(), dirs.runs()), spark);
    }

    public static AppDirs dirs(Path dir) {
        return new AppDirs(dir.resolve("config"), dir.resolve("data"), dir.resolve("cache"), dir.resolve("state"));
    }

    public static SettingsStore settings(AppContext context) {
        return SettingsStore.in(context.dirs(), context.background());
    }

    /** A CPU-only device as the CPU edition reports it, without starting ND4J. */
    public static BackendInfo cpuOnly() {
        return new BackendInfo("CPU", "Test CPU", 2, "AVX2",
                "This edition is built for the CPU only (the GPU edition needs an NVIDIA GPU and driver).", false);
    }
}
