package quatrain.app.training;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.engine.TrainedModel;

/** Opens a finished run's model file on the background executor (it loads a network) and answers on the UI thread. */
final class ModelOpener {
    private static final Logger LOG = LoggerFactory.getLogger(ModelOpener.class);

    private final AppContext ctx;

    ModelOpener(AppContext ctx) {
        this.ctx = ctx;
    }

    void open(Path file, Consumer<TrainedModel> then, Consumer<String> onFailure) {
        ctx.background().execute(() -> {
            try {
                TrainedModel model = TrainedModel.open(file);
                ctx.ui().dispatch(() -> then.accept(model));
            } catch (RuntimeException | OutOfMemoryError e) {
                // TrainedModel.open reports running out of memory as a BundleException; this is for one it cannot.
                LOG.warn("Cannot open the trained model {}", file, e);
                ctx.ui().dispatch(() -> onFailure.accept("The model was saved to " + file
                        + " but could not be opened: " + e.getMessage()));
            }
        });
    }
}
