package quatrain.app.trainingui;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

import javafx.application.HostServices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a URL in the system's browser: JavaFX's host services, or AWT's {@link Desktop} without them. */
public final class Browser {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private Browser() {
    }

    /** @param hostServices the application's, or null when there are none */
    public static Consumer<String> opener(HostServices hostServices) {
        return url -> {
            if (hostServices != null) {
                hostServices.showDocument(url);
            } else {
                withDesktop(url);
            }
        };
    }

    /** On a thread of its own: {@code Desktop.browse} may wait for the browser to start. */
    static void withDesktop(String url) {
        Thread t = new Thread(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                LOG.warn("No browser to open {} with", url);
                return;
            }
            try {
                Desktop.getDesktop().browse(URI.create(url));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not open {} in a browser", url, e);
            }
        }, "quatrain-browser");
        t.setDaemon(true);
        t.start();
    }
}
