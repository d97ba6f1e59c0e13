package quatrain.app.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;

/**
 * The last resort for exceptions nobody caught: logs them with their stack trace and shows a short dialog
 * with the message and where the log is. One dialog at a time, so a failure that repeats cannot flood the screen.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Path logFile;
    private final AtomicBoolean showing = new AtomicBoolean();

    public ErrorReporter(Path logFile) {
        this.logFile = logFile;
    }

    /** Handles uncaught exceptions of every thread, the JavaFX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), e);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        String text = message(e, logFile);
        try {
            Platform.runLater(() -> {
                try {
                    Dialogs.error(null, "Something went wrong", text);
                } finally {
                    showing.set(false);
                }
            });
        } catch (IllegalStateException toolkitGone) {
            showing.set(false);
        }
    }

    /** The person's message: a domain failure speaks for itself; anything else names its kind and the log. */
    static String message(Throwable e, Path logFile) {
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof QuatrainException)) {
            root = root.getCause();
        }
        if (root instanceof QuatrainException) {
            return root.getMessage();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return "An unexpected error occurred (" + what + "). The app carries on; details are in the log at "
                + logFile + ".";
    }
}
