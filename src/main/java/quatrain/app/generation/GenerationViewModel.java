package quatrain.app.generation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleFunction;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;
import quatrain.core.QuatrainException;
import quatrain.core.export.QuatrainExporter;
import quatrain.core.generate.Quatrain;
import quatrain.core.generate.TextGenerator;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;

/**
 * The generation pane's state and commands: the model in use, the sampling form, the results (pinned ones
 * first, kept across generations) and their selection, copy and export. Generation, ranking ({@link RankingModel})
 * and file writing run on the background executor; results come back through the UI dispatcher.
 */
public final class GenerationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationViewModel.class);

    /** What the latest results are. */
    public enum ResultKind {
        NONE, BATCH, SWEEP, RANK
    }

    private final AppContext ctx;
    private final LongSupplier seeds;
    private final SamplingForm form = new SamplingForm();
    private final RankingModel ranking;
    private final ReadOnlyObjectWrapper<ModelSummary> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyObjectWrapper<ResultKind> resultKind = new ReadOnlyObjectWrapper<>(this, "resultKind",
            ResultKind.NONE);
    private final Cards cards;
    private final CardExport export;
    private final BooleanBinding canGenerate;
    private long request;

    public GenerationViewModel(AppContext ctx) {
        this(ctx, () -> ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
    }

    /** @param seeds where rolled seeds come from (tests pass a fixed sequence) */
    public GenerationViewModel(AppContext ctx, LongSupplier seeds) {
        this(ctx, seeds, t -> JudgeSettings.at(t, JudgeSettings.DEFAULT_SEED));
    }

    /** @param judgeSettings how Rank trains a judge at the form's temperature (tests make it small) */
    public GenerationViewModel(AppContext ctx, LongSupplier seeds, DoubleFunction<JudgeSettings> judgeSettings) {
        this.ctx = ctx;
        this.seeds = seeds;
        this.ranking = new RankingModel(ctx.ui(), form.countProperty(), judgeSettings);
        this.cards = new Cards(ranking.sortByScoreProperty());
        this.export = new CardExport(ctx, cards, notice::set);
        canGenerate = Bindings.createBooleanBinding(() -> model.get() != null && !busy.get(), model, busy);
        ctx.session().modelProperty().addListener((o, a, m) -> modelChanged(m));
        modelChanged(ctx.session().modelProperty().get());
    }

    public SamplingForm form() {
        return form;
    }

    public RankingModel ranking() {
        return ranking;
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
        return cards.pinned();
    }

    /** The latest batch (or sweep) without the pinned ones; best score first while Sort by score is on. */
    public ObservableList<GeneratedQuatrain> latest() {
        return cards.latest();
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return cards.selectedCountProperty();
    }

    public void generate() {
        run(ResultKind.BATCH, null);
    }

    /** One quatrain at each of {@link TextGenerator#SWEEP_TEMPERATURES}, same seed, so only the temperature differs. */
    public void sweep() {
        run(ResultKind.SWEEP, null);
    }

    /** The Count best of Best-of candidates by the judge; a model without a judge of its weights gets one first. */
    public void rank() {
        run(ResultKind.RANK, null);
    }

    /** Rank, training the judge against {@code corpusFile}: for a model file that does not hold its corpus. */
    public void rankWithCorpus(Path corpusFile) {
        run(ResultKind.RANK, corpusFile);
    }

    public void rollSeed() {
        form.seedProperty().set(Long.toString(seeds.getAsLong()));
    }

    public void dismissNotice() {
        ranking.wantCorpus(false);
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
        return cards.visible();
    }

    /** The selected quatrains as plain text for the clipboard, with how to reproduce each; "" when none. */
    public String copySelection() {
        return export.copySelection();
    }

    /** Whether there is something to export; if not, says so. */
    public boolean checkExportable(boolean selectionOnly) {
        return export.checkExportable(selectionOnly);
    }

    /** Writes the selected quatrains (or all on screen) to {@code file} in the background. */
    public void export(Path file, QuatrainExporter.Format format, boolean selectionOnly) {
        export.export(file, format, selectionOnly);
    }

    private void modelChanged(TrainedModel m) {
        ModelSummary summary = m == null ? null : ModelSummary.of(m);
        model.set(summary);
        ranking.wantCorpus(false);
        if (summary != null) {
            form.useLevel(summary.level());
        }
    }

    private void run(ResultKind kind, Path corpusFile) {
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
        Notice refusal = kind == ResultKind.RANK ? ranking.refusal(spec) : null;
        if (refusal != null) {
            notice.set(refusal);
            return;
        }
        ModelSummary summary = model.get();
        long id = ++request;
        int candidates = ranking.candidates(spec.count());
        boolean excludeCopies = ranking.hideCopiesProperty().get();
        busy.set(true);
        notice.set(null);
        if (kind == ResultKind.RANK) {
            ranking.starting(trained, corpusFile);
        }
        ctx.background().execute(() -> {
            long start = System.nanoTime();
            try {
                Written written = kind == ResultKind.RANK
                        ? ranking.write(trained, spec, candidates, excludeCopies, corpusFile)
                        : Written.plain(trained, spec, kind == ResultKind.SWEEP);
                double seconds = (System.nanoTime() - start) / 1e9;
                ctx.ui().dispatch(() -> show(id, trained, written, spec, summary, kind, seconds));
            } catch (QuatrainException | CancellationException e) {
                ctx.ui().dispatch(() -> failed(id, kind == ResultKind.RANK ? ranking.failed(e, corpusFile)
                        : Notice.error("Could not generate", e.getMessage())));
            } catch (RuntimeException e) {
                LOG.warn("Generation failed", e);
                ctx.ui().dispatch(() -> failed(id, "Generation failed: " + e.getMessage()));
            }
        });
    }

    private void show(long id, TrainedModel trained, Written written, SamplingSpec spec, ModelSummary summary,
            ResultKind kind, double seconds) {
        // The judge is in the file now; unless another model was opened meanwhile, generation uses it from here on.
        if (written.judged() != null && ctx.session().modelProperty().get() == trained) {
            ctx.session().modelProperty().set(written.judged());
        }
        if (id != request) {
            return;
        }
        busy.set(false);
        boolean sweep = kind == ResultKind.SWEEP;
        List<GeneratedQuatrain> items = new ArrayList<>();
        for (int i = 0; i < written.quatrains().size(); i++) {
            Quatrain q = written.quatrains().get(i);
            SamplingSpec used = sweep ? spec.withCount(1).withTemperature(q.temperature()) : spec;
            items.add(new GeneratedQuatrain(q, used, summary.source(), written.score(i)));
        }
        cards.show(items);
        resultKind.set(kind);
        int n = items.size();
        resultText.set(String.format(Locale.ROOT, "%s · seed %d · %.2f s", sweep ? "Temperature sweep"
                : kind == ResultKind.RANK ? "Best " + n + " of " + written.candidates() + " by the judge" : CardExport.count(n),
                spec.seed(), seconds));
        if (kind == ResultKind.RANK && n < spec.count()) {
            notice.set(RankingModel.fewer(n, written.candidates()));
        }
    }

    private void failed(long id, String message) {
        failed(id, Notice.error("Could not generate", message));
    }

    private void failed(long id, Notice why) {
        if (id != request) {
            return;
        }
        busy.set(false);
        notice.set(why);
    }
}
