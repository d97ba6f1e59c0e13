package quatrain.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.AppDirs;
import quatrain.core.AtomicFiles;
import quatrain.core.Json;

/**
 * Keeps {@link Settings} in {@code settings.json} of the config folder. Reading is lenient, unlike the specs:
 * a file from another version or a damaged one gives the defaults and a log line, never a failed start.
 * Every change is written on the background executor, atomically (temporary file, then move).
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    static final String FILE_NAME = "settings.json";

    private final Path file;
    private final Executor background;
    private final AtomicReference<Settings> current = new AtomicReference<>(Settings.defaults());
    private final Object writeLock = new Object();

    public SettingsStore(Path file, Executor background) {
        this.file = Objects.requireNonNull(file);
        this.background = Objects.requireNonNull(background);
    }

    public static SettingsStore in(AppDirs dirs, Executor background) {
        return new SettingsStore(dirs.config().resolve(FILE_NAME), background);
    }

    /** Reads the file (blocking: call it at start-up, off the UI thread) and makes it the current settings. */
    public Settings load() {
        Settings loaded = read(file);
        current.set(loaded);
        return loaded;
    }

    static Settings read(Path file) {
        try {
            Settings s = Json.lenient().readValue(Files.readAllBytes(file), Settings.class);
            return s != null ? s : Settings.defaults();
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Settings file {} cannot be read; using the defaults ({})", file, e.getMessage());
            return Settings.defaults();
        }
    }

    public Settings current() {
        return current.get();
    }

    /** Applies {@code change} to the current settings and saves them in the background. */
    public Settings update(UnaryOperator<Settings> change) {
        Settings next = current.updateAndGet(change);
        background.execute(this::saveCurrent);
        return next;
    }

    /** Writes the current settings now, on the calling thread (used when the app exits). */
    public void saveCurrent() {
        synchronized (writeLock) {
            Settings s = current.get();
            try {
                AtomicFiles.write(file, Json.lenient().writerWithDefaultPrettyPrinter().writeValueAsBytes(s));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save the settings to {}", file, e);
            }
        }
    }

    public Path file() {
        return file;
    }
}
