package quatrain.app.trainingui;

import java.util.concurrent.CompletableFuture;

/**
 * Hands a URL to a browser. The future fails when no browser took it (none installed, the opener missing or
 * refusing), so that the tab can show the address instead of doing nothing.
 */
@FunctionalInterface
public interface BrowserOpener {
    CompletableFuture<Void> open(String url);
}
