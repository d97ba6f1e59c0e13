package quatrain.cli;

import java.io.PrintWriter;

import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingEventJson;
import quatrain.core.training.TrainingListener;

/**
 * Training events as JSON lines on standard output ({@link TrainingEventJson}), for scripts and for the desktop app,
 * which follows a run in another process by reading them back. Batch events are thinned to at most one per second
 * (the last of each epoch always goes out), as readers want progress, not every minibatch.
 */
final class JsonEventPrinter implements TrainingListener {
    private final PrintWriter out;
    private long lastBatchNanos;

    JsonEventPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.BatchEnd b && b.batch() != b.batchesPerEpoch()) {
            long now = System.nanoTime();
            if (now - lastBatchNanos < 1_000_000_000L) {
                return;
            }
            lastBatchNanos = now;
        }
        out.println(TrainingEventJson.write(event));
        out.flush();
    }
}
