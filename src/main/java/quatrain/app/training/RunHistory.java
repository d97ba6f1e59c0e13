package quatrain.app.training;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;

/**
 * Keeps runs in the runs folder from the UI thread's side: saves go to the background executor one after
 * another (so an older snapshot never lands after a newer one), loads answer on the UI thread.
 */
final class RunHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);

    private final AppContext ctx;
    private final RunStore store;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    RunHistory(AppContext ctx) {
        this.ctx = ctx;
        this.store = new RunStore(ctx.dirs().runs());
    }

    /**
     * Saves a snapshot of the run; a failure is reported through {@code onFailure} on the UI thread. A run with
     * nothing charted (it failed before its first minibatch) is not saved: it would only be an empty overlay.
     */
    void save(RunData run, Consumer<String> onFailure) {
        if (!run.isSaved() || run.isEmpty()) {
            return;
        }
        RunRecord snapshot = run.snapshot();
        saving = saving.thenRunAsync(() -> {
            try {
                store.save(snapshot);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot save run {}", snapshot.id(), e);
                ctx.ui().dispatch(() -> onFailure.accept(
                        "This run's charts could not be saved for later comparison: " + e.getMessage()));
            }
        }, ctx.background());
    }

    /** The latest earlier runs on the same text, newest first, handed to {@code then} on the UI thread. */
    void loadPrevious(String corpusSha256, String currentId, Consumer<List<RunRecord>> then) {
        ctx.background().execute(() -> {
            List<RunRecord> previous = store.previous(corpusSha256, currentId, TrainingCharts.MAX_PREVIOUS);
            ctx.ui().dispatch(() -> then.accept(previous));
        });
    }
}
