package quatrain.app.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;
import quatrain.core.export.ExportEntry;
import quatrain.core.export.QuatrainExporter;

/** Copy and export of the quatrains on screen (the selected ones, or all); the file is written in the background. */
final class CardExport {
    private static final Logger LOG = LoggerFactory.getLogger(CardExport.class);

    private final AppContext ctx;
    private final Cards cards;
    private final Consumer<Notice> notices;

    CardExport(AppContext ctx, Cards cards, Consumer<Notice> notices) {
        this.ctx = ctx;
        this.cards = cards;
        this.notices = notices;
    }

    String copySelection() {
        List<ExportEntry> entries = entries(true);
        if (entries.isEmpty()) {
            notices.accept(Notice.error("Nothing selected", "Click quatrains to select them, then copy."));
            return "";
        }
        notices.accept(Notice.success("Copied", count(entries.size()) + " copied to the clipboard."));
        return QuatrainExporter.format(entries, QuatrainExporter.Format.TXT);
    }

    boolean checkExportable(boolean selectionOnly) {
        if (entries(selectionOnly).isEmpty()) {
            notices.accept(Notice.error("Nothing to export", selectionOnly ? "No quatrain is selected."
                    : "Generate some quatrains first."));
            return false;
        }
        return true;
    }

    void export(Path file, QuatrainExporter.Format format, boolean selectionOnly) {
        if (!checkExportable(selectionOnly)) {
            return;
        }
        List<ExportEntry> entries = entries(selectionOnly);
        ctx.background().execute(() -> {
            try {
                QuatrainExporter.write(entries, format, file);
                ctx.ui().dispatch(() -> notices.accept(Notice.success("Exported",
                        count(entries.size()) + " saved to " + file)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot export to {}", file, e);
                ctx.ui().dispatch(() -> notices.accept(Notice.error("Export failed", "Could not save "
                        + file.getFileName() + ": " + e.getMessage())));
            }
        });
    }

    private List<ExportEntry> entries(boolean selectionOnly) {
        return cards.visible().stream().filter(q -> !selectionOnly || q.isSelected()).map(GeneratedQuatrain::toEntry)
                .toList();
    }

    static String count(int n) {
        return n == 1 ? "1 quatrain" : n + " quatrains";
    }
}
