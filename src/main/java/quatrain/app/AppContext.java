package quatrain.app;

import java.util.concurrent.Executor;

import quatrain.core.AppDirs;
import quatrain.app.training.TrainingService;

/**
 * The services every pane's ViewModel may use, made once by the app and passed down (no singletons). Tests
 * build one with a same-thread executor, {@link UiDispatcher#DIRECT} and temporary folders.
 *
 * @param dirs        where files go
 * @param background  slow work: file reading, model loading, generation, exports
 * @param ui          back to the UI thread
 * @param session     shared state of the panes
 * @param training    the background training service
 */
public record AppContext(AppDirs dirs, Executor background, UiDispatcher ui, Session session,
        TrainingService training) {
}
