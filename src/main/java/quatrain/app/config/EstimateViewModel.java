package quatrain.app.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.app.settings.DeviceChoice;
import quatrain.app.settings.SettingsStore;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelEstimate;
import quatrain.core.spec.ModelEstimator;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.TrainingEvent;

/**
 * Parameter count, memory and time per epoch of the chosen model on the session's corpus and this device.
 * The corpus is tokenised in the background ({@link Workload}); the rate is the one measured in an earlier
 * run of the same preset on the same backend, else {@link ModelEstimator#CPU_FLOPS_PER_THREAD} per CPU thread.
 * A run's rate is its estimated work per epoch divided by its measured seconds per epoch ({@link EpochTimes}:
 * the median, the warm-up epoch left out), so the same preset on the same corpus is estimated at the time its
 * epochs took, and another corpus size or model size in proportion to its work.
 */
public final class EstimateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EstimateViewModel.class);

    private final AppContext context;
    private final SettingsStore settings;
    private final DeviceViewModel device;
    private final ReadOnlyStringWrapper parameters = new ReadOnlyStringWrapper(this, "parameters", "—");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper(this, "memory", "—");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "—");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final AtomicLong generation = new AtomicLong();
    private ModelSpec model;
    private TrainingSpec training;
    private Workload.Key workloadKey;
    private Workload workload;
    private ModelSpec runModel;
    private Workload.Key runKey;
    private String runBackend;
    private final EpochTimes runEpochs = new EpochTimes();

    EstimateViewModel(AppContext context, SettingsStore settings, DeviceViewModel device) {
        this.context = context;
        this.settings = settings;
        this.device = device;
        context.session().corpusProperty().addListener((obs, old, c) -> specsChanged(model, training));
        device.infoProperty().addListener((obs, old, i) -> refresh());
        device.choiceProperty().addListener((obs, old, c) -> refresh());
        context.training().addObserver(this::onTrainingEvents);
    }

    public ReadOnlyStringProperty parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** What the estimate assumes: vocabulary, windows and rate. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void specsChanged(ModelSpec m, TrainingSpec t) {
        this.model = m;
        this.training = t;
        Corpus corpus = context.session().corpusProperty().get();
        if (m == null || t == null) {
            return;
        }
        if (corpus == null) {
            workloadKey = null;
            workload = null;
            show("—", "—", "—", "Open a corpus to see the estimate: the vocabulary sets the size of the model.");
            return;
        }
        Workload.Key key = Workload.Key.of(corpus, m, t);
        if (key.equals(workloadKey) && workload != null) {
            refresh();
            return;
        }
        workloadKey = key;
        workload = null;
        long g = generation.incrementAndGet();
        note.set("Counting the corpus at " + m.level().unitName() + " level…");
        context.background().execute(() -> {
            try {
                Workload w = Workload.compute(key);
                context.ui().dispatch(() -> counted(g, w));
            } catch (RuntimeException e) {
                LOG.error("Could not count the corpus for the estimate", e);
                context.ui().dispatch(() -> {
                    if (g == generation.get()) {
                        note.set("The corpus could not be counted for an estimate (see the log).");
                    }
                });
            }
        });
    }

    private void counted(long g, Workload w) {
        if (g == generation.get()) {
            workload = w;
            refresh();
        }
    }

    private void refresh() {
        Workload w = workload;
        if (w == null || model == null || training == null) {
            return;
        }
        Rate rate = rate();
        ModelEstimate e = ModelEstimator.estimate(model, training, w.vocabularySize(), w.embeddingSize(model),
                w.trainWindows(), w.validationWindows(), rate.flopsPerSecond());
        String basis = String.format(Locale.ROOT, "Estimate for a vocabulary of %,d tokens and %,d training windows"
                + " per epoch, %s.", w.vocabularySize(), w.trainWindows(), rate.description());
        if (device.choiceProperty().get() == DeviceChoice.SPARK) {
            basis += " That is the time on this machine; on a Spark cluster it depends on its executors and on how"
                    + " often they average.";
        }
        show(EstimateText.parameters(e), EstimateText.memory(e),
                EstimateText.time(e, training.epochs(), model.kind().isNeural()),
                w.gloveProblem() != null ? w.gloveProblem() : basis);
    }

    private record Rate(double flopsPerSecond, String description) {
    }

    private Rate rate() {
        String backend = device.backend();
        if (backend == null) {
            return new Rate(0, "while the device is being detected");
        }
        Double measured = settings.current().measuredFlops().get(rateKey(model, backend));
        if (measured != null && measured > 0) {
            return new Rate(measured, String.format(Locale.ROOT, "at the speed of your last %s run on this device"
                    + " (its median epoch, %.1f GFLOP/s)", model.preset(), measured / 1e9));
        }
        if (!"CPU".equals(backend)) {
            return new Rate(0, "on the GPU, not yet measured");
        }
        int threads = Math.max(1, device.infoProperty().get().threads());
        return new Rate(threads * ModelEstimator.CPU_FLOPS_PER_THREAD, String.format(Locale.ROOT,
                "assuming %d CPU thread%s at about %.0f GFLOP/s each", threads, threads == 1 ? "" : "s",
                ModelEstimator.CPU_FLOPS_PER_THREAD / 1e9));
    }

    /**
     * Where a preset's measured rate is remembered. The "/epochs" ending marks rates measured from epoch times:
     * rates remembered before (from one epoch's token rate) are left unread, as they could be several times off.
     */
    static String rateKey(ModelSpec m, String backend) {
        return m.preset() + "@" + backend + "/epochs";
    }

    /** Remembers the speed of a real run, so later estimates for the same preset use it. */
    private void onTrainingEvents(List<TrainingEvent> events) {
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.Started s) {
                // A Spark run's speed is the cluster's, not this device's: it would spoil the estimate here.
                runModel = context.training().driverRunProperty().get() ? null
                        : context.session().modelSpecProperty().get();
                Corpus corpus = context.session().corpusProperty().get();
                TrainingSpec runTraining = context.session().trainingSpecProperty().get();
                runKey = runModel == null || corpus == null || runTraining == null ? null
                        : Workload.Key.of(corpus, runModel, runTraining);
                runBackend = s.backend().startsWith("GPU") ? "CUDA" : "CPU";
                runEpochs.started(s.firstEpoch());
            } else if (e instanceof TrainingEvent.EpochEnd end && runModel != null && runModel.kind().isNeural()) {
                runEpochs.ended(end.stats().epoch(), end.stats().epochSeconds());
                remember(measuredRate());
            }
        }
    }

    /**
     * The run's work per epoch (as the estimate counts it, on the run's own corpus and settings) over its median
     * epoch; NaN while there is no median yet or the run's corpus is not the one counted here.
     */
    private double measuredRate() {
        double seconds = runEpochs.median();
        Workload w = workload;
        if (Double.isNaN(seconds) || w == null || !workloadKey.equals(runKey)) {
            return Double.NaN;
        }
        double flopsPerEpoch = ModelEstimator.estimate(runModel, training, w.vocabularySize(), w.embeddingSize(runModel),
                w.trainWindows(), w.validationWindows(), 0).flopsPerEpoch();
        return flopsPerEpoch / seconds;
    }

    private void remember(double flopsPerSecond) {
        if (!Double.isFinite(flopsPerSecond) || flopsPerSecond <= 0) {
            return;
        }
        String key = rateKey(runModel, runBackend);
        settings.update(st -> {
            Map<String, Double> m = new HashMap<>(st.measuredFlops());
            m.put(key, flopsPerSecond);
            return st.withMeasuredFlops(m);
        });
        refresh();
    }

    private void show(String p, String m, String t, String n) {
        parameters.set(p);
        memory.set(m);
        time.set(t);
        note.set(n);
    }
}
