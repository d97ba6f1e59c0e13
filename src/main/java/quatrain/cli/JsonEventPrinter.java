package quatrain.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.databind.node.ObjectNode;

import quatrain.core.Json;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;

/**
 * Training events as JSON lines on standard output, for scripts: {@code {"event":"epoch_end", ...}}. Batch
 * events are thinned to at most one per second, as scripts want progress, not every minibatch.
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
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("event", snake(event.getClass().getSimpleName()));
        node.setAll((ObjectNode) Json.tree(event));
        out.println(Json.write(node));
        out.flush();
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
