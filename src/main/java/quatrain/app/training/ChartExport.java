package quatrain.app.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.image.Image;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;

/** Saves the charts as CSV or PNG on the background executor and reports the outcome as a notice. */
final class ChartExport {
    private static final Logger LOG = LoggerFactory.getLogger(ChartExport.class);

    private final AppContext ctx;
    private final Consumer<Notice> notify;

    ChartExport(AppContext ctx, Consumer<Notice> notify) {
        this.ctx = ctx;
        this.notify = notify;
    }

    /** The records are immutable copies taken on the UI thread; formatting and writing happen in the background. */
    void csv(List<RunRecord> records, double smoothing, Path file) {
        if (records.isEmpty()) {
            notify.accept(Notice.error("Nothing to export", "There is no chart data yet: train a model first."));
            return;
        }
        inBackground(file, "Chart data", () -> Files.writeString(file, ChartCsv.write(records, smoothing),
                StandardCharsets.UTF_8));
    }

    void png(Image image, Path file) {
        inBackground(file, "Chart image", () -> PngWriter.write(image, file));
    }

    private interface IoTask {
        void run() throws IOException;
    }

    private void inBackground(Path file, String what, IoTask task) {
        ctx.background().execute(() -> {
            try {
                task.run();
                ctx.ui().dispatch(() -> notify.accept(Notice.success("Exported", what + " saved to " + file)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot write {}", file, e);
                ctx.ui().dispatch(() -> notify.accept(Notice.error("Export failed", "Could not save " + file.getFileName() + ": "
                        + e.getMessage())));
            }
        });
    }
}
