package quatrain.app.context;

import java.util.concurrent.Executor;

import quatrain.app.UiDispatcher;
import quatrain.app.service.TrainingService;
import quatrain.app.spark.SparkLauncher;
import quatrain.core.AppDirs;

/**
 * The services every pane's ViewModel may use, made once by the app and passed down (no singletons). Tests
 * build one with a same-thread executor, {@link UiDispatcher#DIRECT} and temporary folders.
 *
 * @param dirs        where files go
 * @param background  slow work: file reading, model loading, generation, exports
 * @param ui          back to the UI thread
 * @param session     shared state of the panes
 * @param training    the background training service
 * @param spark       starts Spark drivers, or says why it cannot
 */
public record AppContext(AppDirs dirs, Executor background, UiDispatcher ui, Session session,
        TrainingService training, SparkLauncher spark) {

    /** A context whose Spark launcher starts nothing and says so: for panes and tests that never train on Spark. */
    public AppContext(AppDirs dirs, Executor background, UiDispatcher ui, Session session, TrainingService training) {
        this(dirs, background, ui, session, training, SparkLauncher.none("Spark training is not set up here."));
    }
}
