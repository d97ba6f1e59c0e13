package quatrain.app.generation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleFunction;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import quatrain.app.Notice;
import quatrain.app.UiDispatcher;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.judge.BestOf;
import quatrain.core.judge.JudgeCorpus;
import quatrain.core.judge.JudgeProgress;
import quatrain.core.judge.JudgeSettings;
import quatrain.core.judge.NoCorpusException;
import quatrain.core.judge.RankedQuatrain;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.Judging;
import quatrain.engine.TrainedModel;

/**
 * Rank: the judge's choice of the best quatrains of a larger batch, as {@code generate --best-of} makes it. Holds
 * its settings (how many candidates, whether copies are passed over, whether cards are sorted by score) and the
 * training of a judge when the model has none of its present weights: progress, cancel, and whether the corpus must
 * be pointed at because the model file does not hold it. {@link GenerationViewModel} runs {@link #write} on its
 * background executor, as it runs Generate.
 */
public final class RankingModel {
    /** Candidates per quatrain until the person picks another number: enough choice, still quick to write. */
    static final int CANDIDATES_PER_QUATRAIN = 4;
    public static final int MAX_CANDIDATES = 1000;
    /** Below this the judge cannot be trained (JudgeSettings), and every candidate would be the same quatrain. */
    static final double MIN_TEMPERATURE = 0.05;
    /** Writing the judge's quatrains reports each one; the screen needs about ten updates a second. */
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    private final UiDispatcher ui;
    private final DoubleFunction<JudgeSettings> settings;
    private final IntegerProperty bestOf = new SimpleIntegerProperty(this, "bestOf");
    // On by default: the judge scores "reads like the corpus", which a copy of the corpus does best, so the copies
    // would otherwise be the ones chosen, and a best-of list of borrowed lines is not what Rank is for.
    private final BooleanProperty hideCopies = new SimpleBooleanProperty(this, "hideCopies", true);
    private final BooleanProperty sortByScore = new SimpleBooleanProperty(this, "sortByScore", true);
    private final ReadOnlyBooleanWrapper judging = new ReadOnlyBooleanWrapper(this, "judging");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper corpusWanted = new ReadOnlyBooleanWrapper(this, "corpusWanted");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Touched only by the thread that trains. */
    private long lastProgress;

    /**
     * @param count    the form's count: Best of follows it (four times as many) until set to another number
     * @param settings how a judge is trained at a temperature (tests shrink it)
     */
    RankingModel(UiDispatcher ui, IntegerProperty count, DoubleFunction<JudgeSettings> settings) {
        this.ui = ui;
        this.settings = settings;
        bestOf.set(count.get() * CANDIDATES_PER_QUATRAIN);
        count.addListener((o, was, now) -> {
            if (bestOf.get() == was.intValue() * CANDIDATES_PER_QUATRAIN) {
                bestOf.set(Math.min(MAX_CANDIDATES, now.intValue() * CANDIDATES_PER_QUATRAIN));
            }
        });
    }

    /** Candidates Rank writes; never fewer than the count ({@link #candidates}). */
    public IntegerProperty bestOfProperty() {
        return bestOf;
    }

    /** Pass over candidates the novelty check flags as copying the corpus. */
    public BooleanProperty hideCopiesProperty() {
        return hideCopies;
    }

    /** Show judged cards best first; off, in the order they were written. */
    public BooleanProperty sortByScoreProperty() {
        return sortByScore;
    }

    /** A judge is being trained (it can be cancelled). */
    public ReadOnlyBooleanProperty judgingProperty() {
        return judging.getReadOnlyProperty();
    }

    /** The judge's phase, counts and held-out AUC. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The phase's share done, 0 to 1; negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The model file does not hold its corpus: the notice offers to choose the file. */
    public ReadOnlyBooleanProperty corpusWantedProperty() {
        return corpusWanted.getReadOnlyProperty();
    }

    /** Stops the judge's training; the model file is left as it was. */
    public void cancel() {
        if (judging.get()) {
            cancelled.set(true);
            progressText.set("Stopping the judge's training…");
        }
    }

    /** Why Rank cannot run with {@code spec}; null when it can. */
    Notice refusal(SamplingSpec spec) {
        return spec.temperature() >= MIN_TEMPERATURE ? null : Notice.error("Raise the temperature",
                "At temperature 0 every candidate is the same quatrain: Rank needs at least " + MIN_TEMPERATURE + ".");
    }

    /** On the UI thread when Rank failed or was stopped: what to tell the person. */
    Notice failed(RuntimeException e, Path corpusFile) {
        if (e instanceof CancellationException) {
            return Notice.info("Ranking stopped", "The judge's training was stopped; the model file is unchanged.");
        }
        if (e instanceof NoCorpusException missing) {
            corpusWanted.set(true);
            return Notice.error("The judge needs the corpus",
                    missing.withAdvice("Choose the corpus file to read it from.").getMessage());
        }
        corpusWanted.set(corpusFile != null); // a file that could not be read: another one may do
        return Notice.error("Could not rank", e.getMessage());
    }

    static Notice fewer(int shown, int candidates) {
        return Notice.info("Fewer than asked", "Only " + shown + " of the " + candidates
                + " candidates do not copy the corpus; Hide copies passed over the rest.");
    }

    int candidates(int count) {
        return Math.min(MAX_CANDIDATES, Math.max(count, bestOf.get()));
    }

    void wantCorpus(boolean wanted) {
        corpusWanted.set(wanted);
    }

    /** On the UI thread as Rank starts. */
    void starting(TrainedModel model, Path corpusFile) {
        corpusWanted.set(false);
        cancelled.set(false);
        judging.set(model.judgeInfo().isEmpty());
        progress.set(-1);
        progressText.set(!judging.get() ? "" : corpusFile != null ? "Reading " + corpusFile.getFileName() + "…"
                : "Preparing the judge…");
    }

    /**
     * On the background executor: trains and saves a judge when the model has none of its present weights (against
     * {@code corpusFile}, or the documents in the model file when null), writes the candidates and keeps the best.
     *
     * @throws quatrain.core.judge.NoCorpusException when the file holds no corpus and none was given
     * @throws java.util.concurrent.CancellationException when {@link #cancel()} stopped the judge's training
     */
    Written write(TrainedModel model, SamplingSpec spec, int candidates, boolean excludeCopies, Path corpusFile) {
        TrainedModel judged = model;
        if (model.judgeInfo().isEmpty()) {
            try {
                JudgeCorpus corpus = corpusFile == null ? null : read(corpusFile);
                lastProgress = 0;
                judged = Judging.train(model, corpus, settings.apply(spec.temperature()), this::progress,
                        cancelled::get);
            } finally {
                ui.dispatch(() -> judging.set(false));
            }
        }
        List<RankedQuatrain> chosen = new ArrayList<>(BestOf.choose(Judging.candidates(judged, spec, candidates),
                spec.count(), excludeCopies));
        // In the order written: "Sort by score" orders the cards, so that it can be turned off.
        chosen.sort(Comparator.comparingInt(r -> r.quatrain().index()));
        return new Written(chosen.stream().map(RankedQuatrain::quatrain).toList(),
                chosen.stream().mapToDouble(RankedQuatrain::score).toArray(), candidates, judged == model ? null : judged);
    }

    /** As {@code quatrain judge --corpus} reads it. */
    private static JudgeCorpus read(Path file) {
        return JudgeCorpus.of(new CorpusLoader(DocumentFormat.AUTO, CorpusLoader.DEFAULT_MAX_BYTES).load(file));
    }

    private void progress(JudgeProgress p) {
        long now = System.nanoTime();
        boolean last = p.done() == p.total();
        if (p.phase() == JudgeProgress.Phase.WRITING && !last && now - lastProgress < PROGRESS_EVERY_NANOS) {
            return;
        }
        lastProgress = now;
        String text = describe(p);
        double share = p.done() / (double) p.total();
        ui.dispatch(() -> {
            if (judging.get() && !cancelled.get()) {
                progressText.set(text);
                progress.set(share);
            }
        });
    }

    static String describe(JudgeProgress p) {
        return p.phase() == JudgeProgress.Phase.WRITING
                ? String.format(Locale.ROOT, "Training a judge · writing quatrains to learn from · %,d of %,d",
                        p.done(), p.total())
                : String.format(Locale.ROOT, "Training a judge · epoch %d of %d · held-out AUC %.3f", p.done(),
                        p.total(), p.auc());
    }
}
