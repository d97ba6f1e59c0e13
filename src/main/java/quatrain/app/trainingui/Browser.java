package quatrain.app.trainingui;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.QuatrainException;

/**
 * The system's browser. JavaFX's {@code HostServices.showDocument} says nothing when no browser is installed (on
 * Linux it looks for a few browsers by name and gives up silently), so the page is handed to the desktop's own
 * opener instead ({@code xdg-open}, macOS {@code open}, AWT's {@link Desktop} on Windows) and its answer is kept:
 * an opener that is missing or exits with an error fails the future.
 */
public final class Browser {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private Browser() {
    }

    /** The opener of the operating system this runs on. */
    public static BrowserOpener system() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Browser::withDesktop;
        }
        return command(os.contains("mac") ? "open" : "xdg-open");
    }

    /** Runs {@code program url}; the future fails when the program cannot start or exits with an error. */
    static BrowserOpener command(String... program) {
        return url -> {
            List<String> line = new ArrayList<>(List.of(program));
            line.add(url);
            Process process;
            try {
                process = new ProcessBuilder(line).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                LOG.warn("No browser opener: {}", e.getMessage());
                return CompletableFuture.failedFuture(new QuatrainException(program[0] + " is not installed", e));
            }
            return process.onExit().thenAccept(p -> {
                if (p.exitValue() != 0) {
                    LOG.warn("{} could not open {} (exit {})", program[0], url, p.exitValue());
                    throw new QuatrainException(program[0] + " could not open a browser (exit " + p.exitValue() + ")");
                }
            });
        };
    }

    /** On a thread of its own: {@code Desktop.browse} may wait for the browser to start. */
    private static CompletableFuture<Void> withDesktop(String url) {
        return CompletableFuture.runAsync(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                throw new QuatrainException("this desktop has no browser to open pages with");
            }
            try {
                Desktop.getDesktop().browse(URI.create(url));
            } catch (IOException e) {
                throw new QuatrainException("the browser did not open: " + e.getMessage(), e);
            }
        }, r -> {
            Thread t = new Thread(r, "quatrain-browser");
            t.setDaemon(true);
            t.start();
        });
    }
}
