package quatrain.app.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.context.AppContext;
import quatrain.app.settings.DeviceChoice;
import quatrain.app.settings.SettingsStore;
import quatrain.app.settings.SparkSettings;
import quatrain.app.spark.ExecutorMemory;
import quatrain.app.spark.MasterUrl;
import quatrain.app.spark.SparkCheck;
import quatrain.app.spark.SparkTarget;
import quatrain.core.QuatrainException;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.SparkSpec;
import quatrain.core.spec.SpecException;

/**
 * The "Spark cluster" part of the device choice: the master URL, the executor settings and DL4J's averaging settings
 * as text, each checked as Spark (or {@code spark-train}) checks it; valid values are remembered in the settings. While the choice is Spark, whether a driver can
 * start is checked in the background (the launcher has Spark, a standalone master answers) after every accepted
 * change, and the session learns where Train goes and why it cannot go there yet. One check runs at a time; changes
 * made meanwhile are checked when it ends, so typing a URL never queues a connection per keystroke.
 */
public final class SparkViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SparkViewModel.class);
    static final String CHECKING = "Checking whether Spark can start…";
    static final String MASTER = "master";
    static final String EXECUTOR_CORES = "executorCores";
    static final String EXECUTOR_MEMORY = "executorMemory";
    static final String TOTAL_CORES = "totalCores";
    static final String AVERAGING_FREQUENCY = "averagingFrequency";
    static final String BATCH_PER_WORKER = "batchSizePerWorker";
    static final String PREFETCH = "prefetch";
    /** The averaging settings' labels, keyed like {@link SparkSpec}'s components (and like {@code --set}). */
    static final Map<String, String> AVERAGING_LABELS = Map.of(AVERAGING_FREQUENCY, "Averaging every",
            BATCH_PER_WORKER, "Batch per worker", PREFETCH, "Prefetch");

    private final AppContext context;
    private final SettingsStore settings;
    private final ObjectProperty<DeviceChoice> choice;
    private final SparkCheck check;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper executorsApply = new ReadOnlyBooleanWrapper(this, "executorsApply");
    private SparkSettings accepted;
    private MasterUrl master;
    private boolean valid = true;
    private long requested;
    private boolean inFlight;

    SparkViewModel(AppContext context, SettingsStore settings, ObjectProperty<DeviceChoice> choice) {
        this.context = context;
        this.settings = settings;
        this.choice = choice;
        this.check = new SparkCheck(context.spark());
        this.accepted = settings.current().spark();
        values.put(MASTER, new SimpleStringProperty(this, MASTER, accepted.masterUrl()));
        values.put(EXECUTOR_CORES, new SimpleStringProperty(this, EXECUTOR_CORES,
                Integer.toString(accepted.executorCores())));
        values.put(EXECUTOR_MEMORY, new SimpleStringProperty(this, EXECUTOR_MEMORY, accepted.executorMemory()));
        values.put(TOTAL_CORES, new SimpleStringProperty(this, TOTAL_CORES, Integer.toString(accepted.totalCores())));
        values.put(AVERAGING_FREQUENCY, new SimpleStringProperty(this, AVERAGING_FREQUENCY,
                Integer.toString(accepted.averagingFrequency())));
        values.put(BATCH_PER_WORKER, new SimpleStringProperty(this, BATCH_PER_WORKER,
                Integer.toString(accepted.batchSizePerWorker())));
        values.put(PREFETCH, new SimpleStringProperty(this, PREFETCH, Integer.toString(accepted.prefetch())));
        values.keySet().forEach(k -> errors.put(k, new ReadOnlyStringWrapper(this, k + "Error")));
        values.values().forEach(v -> v.addListener((obs, old, text) -> edited()));
        choice.addListener((obs, old, c) -> recheck());
        validate();
        recheck();
    }

    /** The master URL as typed: {@code local[2]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://…}. */
    public StringProperty masterProperty() {
        return values.get(MASTER);
    }

    public StringProperty executorCoresProperty() {
        return values.get(EXECUTOR_CORES);
    }

    /** In Spark's notation: {@code 2g}, {@code 1536m}. */
    public StringProperty executorMemoryProperty() {
        return values.get(EXECUTOR_MEMORY);
    }

    public StringProperty totalCoresProperty() {
        return values.get(TOTAL_CORES);
    }

    /** Minibatches each worker trains between two averagings of the copies. */
    public StringProperty averagingFrequencyProperty() {
        return values.get(AVERAGING_FREQUENCY);
    }

    /** Windows in a worker's minibatch; 0 = the training batch size. */
    public StringProperty batchSizePerWorkerProperty() {
        return values.get(BATCH_PER_WORKER);
    }

    /** Minibatches a worker prepares in the background. */
    public StringProperty prefetchProperty() {
        return values.get(PREFETCH);
    }

    /** Why a value is refused, keyed like the properties ({@code master}, {@code executorCores}, ...); null if fine. */
    public ReadOnlyStringProperty error(String key) {
        return errors.get(key).getReadOnlyProperty();
    }

    /** Whether a driver can start (with what the master means) or why not; empty while Spark is not chosen. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the status says why a driver cannot start. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the master has executor processes to size (not local mode, whose executors are the driver's threads). */
    public ReadOnlyBooleanProperty executorsApplyProperty() {
        return executorsApply.getReadOnlyProperty();
    }

    /** Checks again now (the cluster may have been started since). */
    public void checkAgain() {
        recheck();
    }

    private void edited() {
        validate();
        if (valid) {
            SparkSettings s = accepted;
            settings.update(st -> st.withSpark(s));
        }
        recheck();
    }

    private void validate() {
        errors.values().forEach(e -> e.set(null));
        MasterUrl url = null;
        try {
            url = MasterUrl.parse(text(MASTER));
        } catch (QuatrainException e) {
            errors.get(MASTER).set(e.getMessage());
        }
        int cores = whole(EXECUTOR_CORES, "Cores per executor");
        try {
            ExecutorMemory.mebibytes(text(EXECUTOR_MEMORY));
        } catch (QuatrainException e) {
            errors.get(EXECUTOR_MEMORY).set(e.getMessage());
        }
        int total = whole(TOTAL_CORES, "Total cores");
        if (cores > 0 && total > 0 && total < cores) {
            errors.get(TOTAL_CORES).set("Total cores must be at least the cores of one executor (" + cores + "),"
                    + " or no executor can start.");
        }
        SparkSpec averaging = averaging();
        valid = errors.values().stream().allMatch(e -> e.get() == null);
        if (url != null) {
            master = url;
            executorsApply.set(url.kind().hasExecutors());
        }
        if (valid) {
            accepted = new SparkSettings(url.text(), cores, text(EXECUTOR_MEMORY), total,
                    averaging.averagingFrequency(), averaging.batchSizePerWorker(), averaging.prefetch());
        }
    }

    /**
     * The averaging settings built as {@code spark-train --set} builds them (same checks, same messages, worded with
     * the field's label); null, with the message on its field, when one is refused.
     */
    private SparkSpec averaging() {
        Map<String, String> given = new LinkedHashMap<>();
        AVERAGING_LABELS.keySet().forEach(k -> given.put(k, text(k)));
        try {
            return Overrides.apply(SparkSpec.defaults(), given);
        } catch (SpecException e) {
            String m = e.getMessage();
            String key = AVERAGING_LABELS.keySet().stream().filter(k -> m.startsWith(k + " ") || m.contains(" for " + k))
                    .findFirst().orElse(AVERAGING_FREQUENCY);
            String label = AVERAGING_LABELS.get(key);
            String worded = m.startsWith(key + " ") ? label + m.substring(key.length())
                    : m.replace(" for " + key, " for " + label.toLowerCase(Locale.ROOT));
            errors.get(key).set(Character.toUpperCase(worded.charAt(0)) + worded.substring(1) + ".");
            return null;
        }
    }

    private int whole(String key, String label) {
        String t = text(key);
        try {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.get(key).set(label + " must be a whole number from 1 to 100,000 (got \"" + t + "\").");
        return -1;
    }

    private String text(String key) {
        String t = values.get(key).get();
        return t == null ? "" : t.strip();
    }

    /** Tells the session where Train goes, checking in the background whether a driver can start. */
    private void recheck() {
        requested++;
        if (choice.get() != DeviceChoice.SPARK) {
            status.set("");
            problem.set(false);
            context.session().sparkTargetProperty().set(null);
            return;
        }
        if (!valid) {
            show(accepted, Optional.of("Fix the Spark settings above first."));
            return;
        }
        show(accepted, Optional.of(CHECKING));
        problem.set(false);
        if (!inFlight) {
            startCheck();
        }
    }

    private void startCheck() {
        inFlight = true;
        long generation = requested;
        MasterUrl url = master;
        SparkSettings s = accepted;
        context.background().execute(() -> {
            Optional<String> why;
            try {
                why = check.problem(url);
            } catch (RuntimeException e) {
                LOG.warn("Could not check whether Spark can start", e);
                why = Optional.of("Could not check whether Spark can start: " + e.getMessage());
            }
            Optional<String> answer = why;
            context.ui().dispatch(() -> checked(generation, s, url, answer));
        });
    }

    private void checked(long generation, SparkSettings s, MasterUrl url, Optional<String> why) {
        inFlight = false;
        if (generation != requested) { // something changed meanwhile: check what is there now
            if (choice.get() == DeviceChoice.SPARK && valid) {
                startCheck();
            }
            return;
        }
        why.ifPresentOrElse(w -> LOG.info("Spark cannot start for {}: {}", url.text(), w),
                () -> LOG.info("Spark can start for {}", url.text()));
        show(s, why);
        status.set(why.orElseGet(() -> "Ready. " + url.describe() + notChecked(url)));
    }

    private void show(SparkSettings s, Optional<String> why) {
        status.set(why.orElse(""));
        problem.set(why.isPresent() && !CHECKING.equals(why.get()));
        context.session().sparkTargetProperty().set(new SparkTarget(s, why.orElse(null)));
    }

    private static String notChecked(MasterUrl url) {
        return switch (url.kind()) {
            case YARN, KUBERNETES, MESOS -> " Whether it answers is not checked from here: the driver says so when it"
                    + " starts.";
            default -> "";
        };
    }
}
