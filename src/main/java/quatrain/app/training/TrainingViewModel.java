package quatrain.app.training;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.Notice;
import quatrain.app.context.AppContext;
import quatrain.app.service.TrainingStatus;
import quatrain.app.spark.SparkTarget;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;
import quatrain.core.training.OverfitWatch;
import quatrain.core.training.RunNames;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingEvent;
import quatrain.engine.ModelFiles;
import quatrain.engine.TrainedModel;
import quatrain.engine.TrainingRequest;
import quatrain.engine.bundle.BundleInfo;

/**
 * The training pane's state and commands. Starts runs on the training service (here, or as a Spark driver process
 * when the model pane's device is a Spark cluster), turns its batched events into progress, chart lines, samples
 * and warnings, saves each run's series for later comparison and, when a run ends, opens its model in the
 * background and hands it to the session for generation.
 */
public final class TrainingViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingViewModel.class);
    /** Samples kept in the list; older ones drop off the end. */
    static final int MAX_SAMPLES = 200;
    /** Where a corpus without a file of its own is written for a Spark driver to read, in the data folder. */
    static final String SPARK_CORPORA = "spark-corpora";
    static final String NO_PAUSE = "A Spark run cannot pause: its executors would hold the cluster's cores while it"
            + " waits. Stop saves the model after the current round.";

    private final AppContext ctx;
    private final Clock clock;
    private final RunHistory runs;
    private final TrainingCharts charts;
    private final TrainingProgress progress = new TrainingProgress();
    private final ObservableList<SampleItem> samples = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call holds its listeners weakly and would lose them.
    private final ObservableList<SampleItem> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyBooleanWrapper overfitting = new ReadOnlyBooleanWrapper(this, "overfitting");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ChartExport export;
    private final ModelOpener opener;
    private final BooleanBinding canTrain;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canStop;
    private final BooleanBinding canContinue;
    private final StringBinding pauseNote;
    private final StringBinding sparkProblem;
    private final StringBinding statusText;
    private final StringBinding corpusText;
    private final List<EpochStats> history = new ArrayList<>();
    private boolean finishedSeen;
    /** The file the latest run writes: its model's history is on the charts already. */
    private Path runOutput;
    /** Counts runs, so that a late answer about an earlier run does not overwrite the current run's state. */
    private long runNumber;

    public TrainingViewModel(AppContext ctx) {
        this(ctx, Clock.systemDefaultZone());
    }

    public TrainingViewModel(AppContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.runs = new RunHistory(ctx);
        this.charts = new TrainingCharts(clock.getZone());
        this.export = new ChartExport(ctx, notice::set);
        this.opener = new ModelOpener(ctx);
        var status = ctx.training().statusProperty();
        var corpus = ctx.session().corpusProperty();
        var spark = ctx.session().sparkTargetProperty();
        var pausable = ctx.training().pausableProperty();
        canTrain = Bindings.createBooleanBinding(() -> corpus.get() != null && !status.get().isActive()
                && (spark.get() == null || spark.get().startable()), corpus, status, spark);
        canPause = Bindings.createBooleanBinding(() -> status.get() == TrainingStatus.RUNNING && pausable.get(),
                status, pausable);
        pauseNote = Bindings.createStringBinding(() -> pausable.get() ? null : NO_PAUSE, pausable);
        sparkProblem = Bindings.createStringBinding(() -> spark.get() == null ? null : spark.get().problem(), spark);
        canResume = Bindings.createBooleanBinding(() -> status.get() == TrainingStatus.PAUSED, status);
        canStop = Bindings.createBooleanBinding(() -> status.get() == TrainingStatus.RUNNING
                || status.get() == TrainingStatus.PAUSED, status);
        var model = ctx.session().modelProperty();
        canContinue = Bindings.createBooleanBinding(() -> corpus.get() != null && !status.get().isActive()
                && model.get() != null && model.get().info() != null
                && model.get().info().model().kind().isNeural(), corpus, status, model);
        model.addListener((obs, old, m) -> showHistory(m));
        statusText = Bindings.createStringBinding(() -> status.get().label(), status);
        corpusText = Bindings.createStringBinding(this::describeSetup, corpus, ctx.session().modelSpecProperty(),
                ctx.session().trainingSpecProperty(), spark);
        ctx.training().addObserver(this::onEvents);
    }

    public TrainingCharts charts() {
        return charts;
    }

    public TrainingProgress progress() {
        return progress;
    }

    /** Newest first. */
    public ObservableList<SampleItem> samples() {
        return samplesView;
    }

    /** Warnings of the current run (the engine's, and overfitting as seen here), each once. */
    public ObservableList<String> warnings() {
        return warningsView;
    }

    public ReadOnlyBooleanProperty overfittingProperty() {
        return overfitting.getReadOnlyProperty();
    }

    /** The latest outcome or failure to show inline; null for none. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    /** Whether the session's model (opened, or trained before) can train on: a network, a corpus, nothing running. */
    public BooleanBinding canContinueProperty() {
        return canContinue;
    }

    /** Why Train cannot send the run to the chosen Spark cluster now; null when it can, or when training here. */
    public StringBinding sparkProblemProperty() {
        return sparkProblem;
    }

    /** Why Pause is not offered for the current run (a Spark driver's); null when it is. */
    public StringBinding pauseNoteProperty() {
        return pauseNote;
    }

    public ReadOnlyObjectProperty<TrainingStatus> statusProperty() {
        return ctx.training().statusProperty();
    }

    public StringBinding statusTextProperty() {
        return statusText;
    }

    /** What Train will train: corpus, preset and epochs, or what is missing. */
    public StringBinding setupTextProperty() {
        return corpusText;
    }

    /** Trains the session's model settings on its corpus into a new file in the models folder. */
    public void train() {
        Corpus corpus = ctx.session().corpusProperty().get();
        if (corpus == null) {
            notice.set(Notice.error("No corpus", "Choose a text to train on first: open a file or the built-in sample."));
            return;
        }
        if (ctx.training().getStatus().isActive()) {
            return;
        }
        ModelSpec model = ctx.session().modelSpecProperty().get();
        TrainingSpec training = ctx.session().trainingSpecProperty().get();
        if (model == null || training == null) {
            notice.set(Notice.error("No model settings", "Choose a model and its training settings first."));
            return;
        }
        SparkTarget spark = ctx.session().sparkTargetProperty().get();
        if (spark != null && !spark.startable()) {
            notice.set(Notice.error("Spark cannot start", spark.problem()));
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = RunNames.runId(corpus.name(), model.preset(), LocalDateTime.ofInstant(now, clock.getZone()));
        Path output = ctx.dirs().models().resolve(id + ModelFiles.EXTENSION);
        runOutput = output;
        long run = ++runNumber;
        clearRun();
        charts.startRun(new RunData(id, corpus.name(), corpus.sha256(), model.preset(), now.toString()));
        runs.loadPrevious(corpus.sha256(), id, previous -> {
            if (run == runNumber) {
                charts.setPrevious(previous);
            }
        });
        launch(run, "Training could not start", () -> spark == null
                ? ctx.training().start(new TrainingRequest(corpus, model, training, output, null))
                : ctx.training().startDriver(new SparkJob(ctx.spark(), spark.settings(), corpus,
                        ctx.session().corpusFileProperty().get(), model, training, output, ctx.dirs().runs(),
                        ctx.dirs().data().resolve(SPARK_CORPORA))));
    }

    /** Continues training the session's model (a checkpoint opened, or any model) on the session's corpus. */
    public void continueModel() {
        TrainedModel model = ctx.session().modelProperty().get();
        if (model != null) {
            resumeFrom(model.file());
        }
    }

    /**
     * Continues training the model in {@code file} (a checkpoint or any model file) on the session's corpus, here,
     * into a new file in the models folder; the file's history comes first on the charts. The file is read in the
     * background through the checking reader; the trainer refuses a corpus whose vocabulary does not match.
     */
    public void resumeFrom(Path file) {
        Corpus corpus = ctx.session().corpusProperty().get();
        if (corpus == null) {
            notice.set(Notice.error("No corpus", "Choose the text the model was trained on first."));
            return;
        }
        if (ctx.training().getStatus().isActive()) {
            return;
        }
        int more = ctx.session().trainingSpecProperty().get().epochs();
        notice.set(Notice.info("Resuming", "Reading " + file.getFileName() + "…"));
        ctx.background().execute(() -> {
            try {
                BundleInfo info = ModelFiles.readInfo(file);
                ctx.ui().dispatch(() -> startResumed(file, info, corpus, more));
            } catch (RuntimeException e) {
                LOG.info("Cannot resume {}: {}", file, e.getMessage());
                ctx.ui().dispatch(() -> notice.set(Notice.error("Cannot resume", e.getMessage())));
            }
        });
    }

    private void startResumed(Path file, BundleInfo info, Corpus corpus, int moreEpochs) {
        if (!info.model().kind().isNeural()) {
            notice.set(Notice.error("Cannot resume", "A Markov chain trains in one pass; there is nothing to resume."
                    + " Train it again."));
            return;
        }
        if (ctx.training().getStatus().isActive()) {
            return;
        }
        TrainingSpec training = ResumePlan.training(info.training(), info.state(), moreEpochs);
        String preset = info.manifest().preset();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = RunNames.runId(corpus.name(), preset, LocalDateTime.ofInstant(now, clock.getZone()));
        Path output = ctx.dirs().models().resolve(id + ModelFiles.EXTENSION);
        runOutput = output;
        long run = ++runNumber;
        clearRun();
        charts.startRun(new RunData(id, corpus.name(), corpus.sha256(), preset, now.toString()));
        info.history().forEach(this::keepEpoch);
        charts.refresh();
        runs.loadPrevious(corpus.sha256(), id, previous -> {
            if (run == runNumber) {
                charts.setPrevious(previous);
            }
        });
        notice.set(Notice.info("Resuming", file.getFileName() + " continues from epoch " + info.state().epochsDone()
                + " to " + training.epochs() + " on " + corpus.name()
                + (ctx.session().sparkTargetProperty().get() != null ? ", on this computer." : ".")));
        launch(run, "Training could not resume",
                () -> ctx.training().start(new TrainingRequest(corpus, null, training, output, file)));
    }

    /** An epoch from a model file's history: on the charts and in the overfitting watch, but not saved again. */
    private void keepEpoch(EpochStats stats) {
        history.add(stats);
        charts.add(stats);
    }

    /**
     * An opened model (not the one the latest run wrote) shows its training history on the charts, with the earlier
     * runs on the same text; a running training keeps the charts.
     */
    private void showHistory(TrainedModel model) {
        if (model == null || model.info() == null || ctx.training().getStatus().isActive()
                || model.file().equals(runOutput)) {
            return;
        }
        var manifest = model.info().manifest();
        long run = ++runNumber;
        history.clear();
        charts.startRun(new RunData("", manifest.corpus().name(), manifest.corpus().sha256(), manifest.preset(),
                manifest.createdAt()));
        model.info().history().forEach(this::keepEpoch);
        charts.refresh();
        String stem = String.valueOf(model.file().getFileName()).replace(ModelFiles.EXTENSION, "");
        runs.loadPrevious(manifest.corpus().sha256(), stem, previous -> {
            if (run == runNumber) {
                charts.setPrevious(previous);
            }
        });
    }

    public void pause() {
        ctx.training().pause();
    }

    public void resume() {
        ctx.training().resume();
    }

    /** Stops after the current minibatch (a Spark driver: its current round); the model is saved where it stopped. */
    public void stop() {
        boolean driver = ctx.training().driverRunProperty().get();
        ctx.training().stop();
        notice.set(Notice.info("Stopping", driver
                ? "The Spark driver finishes its current round, saves the model where it stopped and ends."
                : "Training stops after this minibatch; the model is saved where it stopped."));
    }

    public void dismissWarning(String warning) {
        warnings.remove(warning);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Writes every series on screen as CSV, in the background. */
    public void exportCsv(Path file) {
        export.csv(charts.records(), charts.weight(), file);
    }

    /** Writes a snapshot of the charts as PNG, in the background. */
    public void exportPng(Image image, Path file) {
        export.png(image, file);
    }

    /** A file name (without extension) for chart exports: the run's id once a run has started. */
    public String exportName() {
        RunData run = charts.current();
        return run.isSaved() ? run.id() + "-charts" : "training-charts";
    }

    /** Receives the training service's batches of events (on the UI thread). */
    void onEvents(List<TrainingEvent> events) {
        boolean chartsChanged = false;
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.Started s) {
                progress.started(s);
            } else if (e instanceof TrainingEvent.BatchEnd b) {
                charts.add(b);
                progress.batch(b);
                chartsChanged = true;
            } else if (e instanceof TrainingEvent.EpochEnd end) {
                epochEnded(end.stats());
                chartsChanged = true;
            } else if (e instanceof TrainingEvent.Sample s) {
                samples.add(0, new SampleItem(s.epoch(), s.temperature(), s.text()));
                if (samples.size() > MAX_SAMPLES) {
                    samples.remove(MAX_SAMPLES, samples.size());
                }
            } else if (e instanceof TrainingEvent.Warning w) {
                addWarning(w.message());
            } else if (e instanceof TrainingEvent.Finished f) {
                finished(f);
            }
            // Checkpoint events need nothing here: the Finished event names the file the run ended with.
        }
        if (chartsChanged) {
            charts.refresh();
        }
    }

    private void epochEnded(EpochStats stats) {
        history.add(stats);
        charts.add(stats);
        progress.epoch(stats);
        OverfitWatch.check(history, OverfitWatch.DEFAULT_EPOCHS).ifPresent(w -> {
            overfitting.set(true);
            addWarning(w);
        });
        runs.save(charts.current(), this::addWarning);
    }

    private void finished(TrainingEvent.Finished f) {
        finishedSeen = true;
        progress.finished(f);
        runs.save(charts.current(), this::addWarning);
        if (f.reason() == StopReason.FAILED) {
            notice.set(Notice.error("Training failed", f.message() == null || f.message().isBlank()
                    ? "Unknown error; the details are in the log." : f.message()));
            return;
        }
        if (f.file() == null) { // stopped before anything was saved (a driver that had not begun)
            notice.set(Notice.info("Stopped", f.message() == null ? "Stopped before training began: nothing was saved."
                    : f.message()));
            return;
        }
        long run = runNumber;
        notice.set(Notice.info("Saving", "Opening the trained model for generation…"));
        opener.open(f.file(), model -> {
            ctx.session().modelProperty().set(model);
            if (run == runNumber) {
                notice.set(Notice.success("Model ready", FinishText.of(f)));
            }
        }, failure -> notice.set(Notice.error("Model not opened", failure)));
    }

    /** A failure that ended the run before the engine could report it (e.g. out of memory). */
    /**
     * Starts run {@code run} with {@code start}; a refusal to start is said in a notice headed {@code refusal}, and a
     * run that fails without its Finished event is ended here.
     */
    private void launch(long run, String refusal, Supplier<CompletableFuture<?>> start) {
        CompletableFuture<?> result;
        try {
            result = start.get();
        } catch (RuntimeException e) {
            LOG.warn(refusal, e);
            notice.set(Notice.error(refusal, e.getMessage()));
            return;
        }
        result.whenComplete((r, error) -> {
            if (error != null) {
                ctx.ui().dispatch(() -> failedWithoutFinish(run, error));
            }
        });
    }

    private void failedWithoutFinish(long run, Throwable error) {
        if (run != runNumber || finishedSeen) {
            return;
        }
        notice.set(Notice.error("Training failed", FinishText.failure(error)));
    }

    private void clearRun() {
        history.clear();
        samples.clear();
        warnings.clear();
        overfitting.set(false);
        notice.set(null);
        finishedSeen = false;
        progress.reset("Preparing the corpus…");
    }

    private void addWarning(String text) {
        if (!warnings.contains(text)) {
            warnings.add(text);
        }
    }

    private String describeSetup() {
        Corpus corpus = ctx.session().corpusProperty().get();
        if (corpus == null) {
            return "No corpus yet — open a text or the built-in sample in Corpus.";
        }
        int epochs = ctx.session().trainingSpecProperty().get().epochs();
        SparkTarget spark = ctx.session().sparkTargetProperty().get();
        String where = spark == null ? "" : spark.startable() ? " · on Spark " + spark.settings().masterUrl()
                : " · Spark cannot start (Model ▸ Device says why)";
        return corpus.name() + " · " + ctx.session().modelSpecProperty().get().preset() + " · " + epochs
                + (epochs == 1 ? " epoch" : " epochs") + where;
    }
}
