package quatrain.app;

import javafx.application.Platform;

/**
 * Runs code on the UI thread. The app uses {@link #FX} ({@code Platform.runLater}); ViewModel tests use
 * {@link #DIRECT} (same thread) and get a deterministic order without the FX toolkit.
 */
@FunctionalInterface
public interface UiDispatcher {
    void dispatch(Runnable task);

    UiDispatcher FX = task -> {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    };

    UiDispatcher DIRECT = Runnable::run;
}
