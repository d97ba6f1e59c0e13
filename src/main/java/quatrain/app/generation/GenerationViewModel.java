package quatrain.app.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;
import quatrain.core.QuatrainException;
import quatrain.core.export.ExportEntry;
import quatrain.core.export.QuatrainExporter;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

/**
 * The generation pane's state and commands: the model in use, the sampling form, the results (pinned ones
 * first, kept across generations) and their selection, copy and export. Generation and file writing run on
 * the background executor; results come back through the UI dispatcher.
 */
public final class GenerationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationViewModel.class);

    /** What the latest results are. */
    public enum ResultKind {
        NONE, BATCH, SWEEP
    }

    private final AppContext ctx;
    private final LongSupplier seeds;
    private final SamplingForm form = new SamplingForm();
    private final ReadOnlyObjectWrapper<ModelSummary> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyObjectWrapper<ResultKind> resultKind = new ReadOnlyObjectWrapper<>(this, "resultKind",
            ResultKind.NONE);
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    /** The latest batch, pinned or not; the list reports changes of pinning and selection too. */
    private final ObservableList<GeneratedQuatrain> batch = FXCollections.observableArrayList(
            q -> new Observable[] {q.pinnedProperty(), q.selectedProperty()});
    private final FilteredList<GeneratedQuatrain> latest = new FilteredList<>(batch, q -> !q.isPinned());
    private final ObservableList<GeneratedQuatrain> pinned = FXCollections.observableArrayList(
            q -> new Observable[] {q.selectedProperty()});
    /** One read-only view, kept: listeners on a view that is made anew per call would be dropped with it. */
    private final ObservableList<GeneratedQuatrain> pinnedView = FXCollections.unmodifiableObservableList(pinned);
    private final BooleanBinding canGenerate;
    private long request;

    public GenerationViewModel(AppContext ctx) {
        this(ctx, () -> ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
    }

    /** @param seeds where rolled seeds come from (tests pass a fixed sequence) */
    public GenerationViewModel(AppContext ctx, LongSupplier seeds) {
        this.ctx = ctx;
        this.seeds = seeds;
        canGenerate = Bindings.createBooleanBinding(() -> model.get() != null && !busy.get(), model, busy);
        ctx.session().modelProperty().addListener((o, a, m) -> modelChanged(m));
        modelChanged(ctx.session().modelProperty().get());
        ListChangeListener<GeneratedQuatrain> count = c -> selectedCount.set(
                (int) visible().stream().filter(GeneratedQuatrain::isSelected).count());
        batch.addListener(count);
        pinned.addListener(count);
    }

    public SamplingForm form() {
        return form;
    }

    /** The model in use; null when there is none. */
    public ReadOnlyObjectProperty<ModelSummary> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    /** The latest failure or outcome to show inline; null for none. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** E.g. "4 quatrains · seed 42 · 0.31 s". */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResultKind> resultKindProperty() {
        return resultKind.getReadOnlyProperty();
    }

    /** Pinned quatrains, in the order they were pinned. */
    public ObservableList<GeneratedQuatrain> pinned() {
        return pinnedView;
    }

    /** The latest batch (or sweep) without the pinned ones. */
    public ObservableList<GeneratedQuatrain> latest() {
        return latest;
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    public void generate() {
        run(false);
    }

    /** One quatrain at each of {@link TextGenerator#SWEEP_TEMPERATURES}, same seed, so only the temperature differs. */
    public void sweep() {
        run(true);
    }

    public void rollSeed() {
        form.seedProperty().set(Long.toString(seeds.getAsLong()));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public void selectAll() {
        visible().forEach(q -> q.selectedProperty().set(true));
    }

    public void clearSelection() {
        visible().forEach(q -> q.selectedProperty().set(false));
    }

    /** Pinned first, then the latest: the order on screen. */
    public List<GeneratedQuatrain> visible() {
        List<GeneratedQuatrain> all = new ArrayList<>(pinned);
        all.addAll(latest);
        return all;
    }

    /** The selected quatrains as plain text for the clipboard, with how to reproduce each; "" when none. */
    public String copySelection() {
        List<ExportEntry> entries = entries(true);
        if (entries.isEmpty()) {
            notice.set(Notice.error("Nothing selected", "Click quatrains to select them, then copy."));
            return "";
        }
        notice.set(Notice.success("Copied", count(entries.size()) + " copied to the clipboard."));
        return QuatrainExporter.format(entries, QuatrainExporter.Format.TXT);
    }

    /** Whether there is something to export; if not, says so. */
    public boolean checkExportable(boolean selectionOnly) {
        if (entries(selectionOnly).isEmpty()) {
            notice.set(Notice.error("Nothing to export", selectionOnly ? "No quatrain is selected."
                    : "Generate some quatrains first."));
            return false;
        }
        return true;
    }

    /** Writes the selected quatrains (or all on screen) to {@code file} in the background. */
    public void export(Path file, QuatrainExporter.Format format, boolean selectionOnly) {
        if (!checkExportable(selectionOnly)) {
            return;
        }
        List<ExportEntry> entries = entries(selectionOnly);
        ctx.background().execute(() -> {
            try {
                QuatrainExporter.write(entries, format, file);
                ctx.ui().dispatch(() -> notice.set(Notice.success("Exported",
                        count(entries.size()) + " saved to " + file)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot export to {}", file, e);
                ctx.ui().dispatch(() -> notice.set(Notice.error("Export failed", "Could not save "
                        + file.getFileName() + ": " + e.getMessage())));
            }
        });
    }

    private List<ExportEntry> entries(boolean selectionOnly) {
        return visible().stream().filter(q -> !selectionOnly || q.isSelected()).map(GeneratedQuatrain::toEntry)
                .toList();
    }

    private void modelChanged(TrainedModel m) {
        ModelSummary summary = m == null ? null : ModelSummary.of(m);
        model.set(summary);
        if (summary != null) {
            form.useLevel(summary.level());
        }
    }

    private void run(boolean sweep) {
        TrainedModel trained = ctx.session().modelProperty().get();
        if (trained == null) {
            notice.set(Notice.error("No model", ModelSummary.NO_MODEL + "."));
            return;
        }
        if (busy.get()) {
            return;
        }
        if (form.newSeedEachTimeProperty().get()) {
            rollSeed();
        }
        SamplingSpec spec;
        try {
            spec = form.build();
        } catch (QuatrainException e) {
            notice.set(Notice.error("Check the settings", e.getMessage()));
            return;
        }
        ModelSummary summary = model.get();
        long id = ++request;
        busy.set(true);
        notice.set(null);
        ctx.background().execute(() -> {
            long start = System.nanoTime();
            try {
                TextGenerator generator = trained.generator();
                List<Quatrain> written = sweep ? generator.sweep(spec.withCount(1))
                        : generator.generate(spec);
                double seconds = (System.nanoTime() - start) / 1e9;
                ctx.ui().dispatch(() -> show(id, written, spec, summary, sweep, seconds));
            } catch (QuatrainException e) {
                ctx.ui().dispatch(() -> failed(id, e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("Generation failed", e);
                ctx.ui().dispatch(() -> failed(id, "Generation failed: " + e.getMessage()));
            }
        });
    }

    private void show(long id, List<Quatrain> written, SamplingSpec spec, ModelSummary summary, boolean sweep,
            double seconds) {
        if (id != request) {
            return;
        }
        busy.set(false);
        List<GeneratedQuatrain> items = new ArrayList<>();
        for (Quatrain q : written) {
            SamplingSpec used = sweep ? spec.withCount(1).withTemperature(q.temperature()) : spec;
            GeneratedQuatrain item = new GeneratedQuatrain(q, used, summary.source());
            item.pinnedProperty().addListener((o, was, now) -> {
                if (now) {
                    pinned.add(item);
                } else {
                    pinned.remove(item);
                }
            });
            items.add(item);
        }
        batch.setAll(items);
        resultKind.set(sweep ? ResultKind.SWEEP : ResultKind.BATCH);
        resultText.set(String.format(Locale.ROOT, "%s · seed %d · %.2f s",
                sweep ? "Temperature sweep" : count(written.size()), spec.seed(), seconds));
    }

    private void failed(long id, String message) {
        if (id != request) {
            return;
        }
        busy.set(false);
        notice.set(Notice.error("Could not generate", message));
    }

    private static String count(int n) {
        return n == 1 ? "1 quatrain" : n + " quatrains";
    }
}
