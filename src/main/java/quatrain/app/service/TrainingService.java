package quatrain.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.UiDispatcher;
import quatrain.core.training.RunNames;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.core.training.TrainingListener;
import quatrain.engine.Trainer;
import quatrain.engine.TrainingRequest;
import quatrain.engine.TrainingResult;
import quatrain.engine.ui.RunRecorder;

/**
 * Trains in the background and hands the engine's events to the UI in batches: at most about ten
 * deliveries a second however fast minibatches go, but epoch ends, samples, warnings and the end of the run
 * are delivered at once. Observers and the status property are only touched on the UI dispatcher. Every
 * network it trains records its statistics for the training UI in the runs folder, one file per run, so past
 * runs can be reopened and compared.
 *
 * <p>A run may also live in another process (a Spark driver, {@link #startDriver}): its events, read back from
 * that process, go through the same batching to the same observers, so the panes cannot tell the two apart,
 * except that such a run cannot pause ({@link #pausableProperty()}).
 */
public final class TrainingService {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final Executor background;
    private final UiDispatcher ui;
    private final Trainer trainer;
    private final Path runsDir;
    private final List<Consumer<List<TrainingEvent>>> observers = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<TrainingStatus> status = new ReadOnlyObjectWrapper<>(TrainingStatus.IDLE);
    private final ReadOnlyBooleanWrapper pausable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper driverRun = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> recording = new ReadOnlyObjectWrapper<>();
    private final ConcurrentLinkedQueue<TrainingEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private volatile long lastFlushNanos;
    private volatile TrainingControl control;
    private volatile DriverControl driver;
    private volatile CompletableFuture<TrainingResult> current = CompletableFuture.completedFuture(null);

    /** A service that records no statistics for the training UI. */
    public TrainingService(Executor background, UiDispatcher ui, Trainer trainer) {
        this(background, ui, trainer, null);
    }

    /**
     * @param runsDir where each run records its statistics for the training UI ({@code AppDirs.runs()}), or null
     *                to record nothing
     */
    public TrainingService(Executor background, UiDispatcher ui, Trainer trainer, Path runsDir) {
        this.background = background;
        this.ui = ui;
        this.trainer = trainer;
        this.runsDir = runsDir;
    }

    /** Receives batches of events on the UI thread, in order. */
    public void addObserver(Consumer<List<TrainingEvent>> observer) {
        observers.add(Objects.requireNonNull(observer));
    }

    public void removeObserver(Consumer<List<TrainingEvent>> observer) {
        observers.remove(observer);
    }

    public ReadOnlyObjectProperty<TrainingStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public TrainingStatus getStatus() {
        return status.get();
    }

    /**
     * Starts a run; the returned future completes (on the background thread) with its result. A network's run
     * records its statistics in the runs folder unless the request names a file already.
     */
    public CompletableFuture<TrainingResult> start(TrainingRequest request) {
        TrainingRequest recorded = recorded(request);
        TrainingControl ctl = new TrainingControl();
        return launch(ctl, null, recorded.statsFile(), listener -> trainer.train(recorded, listener, ctl));
    }

    /**
     * The statistics file of the run this process is training and recording now (its name is the run's id in the
     * training UI); null when no such run is going on. Set when the run starts, before its file exists.
     */
    public ReadOnlyObjectProperty<Path> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /**
     * Starts a run in a process of its own (a Spark driver) and follows it through the events it prints; the future
     * completes when the process has ended. Stop sends it TERM; it cannot pause.
     */
    public CompletableFuture<TrainingResult> startDriver(DriverCommand command) {
        DriverControl ctl = new DriverControl();
        return launch(null, ctl, null, listener -> DriverProcess.run(command, listener, ctl));
    }

    /**
     * One run on the background executor: either a local one ({@code local}) or one in a process ({@code remote});
     * {@code statsFile} is where it records statistics for the training UI, or null.
     */
    private CompletableFuture<TrainingResult> launch(TrainingControl local,
            DriverControl remote, Path statsFile, Function<TrainingListener, TrainingResult> run) {
        if (status.get().isActive()) {
            throw new IllegalStateException("training is already running");
        }
        control = local;
        driver = remote;
        recording.set(statsFile);
        pausable.set(local != null);
        driverRun.set(remote != null);
        status.set(TrainingStatus.RUNNING);
        CompletableFuture<TrainingResult> future = new CompletableFuture<>();
        current = future;
        background.execute(() -> {
            try {
                TrainingResult result = run.apply(this::offer);
                flush();
                ui.dispatch(() -> {
                    recording.set(null);
                    status.set(statusAfter(result.reason()));
                });
                future.complete(result);
            } catch (RuntimeException | Error e) {
                LOG.error("Training failed", e);
                flush();
                ui.dispatch(() -> {
                    recording.set(null);
                    status.set(TrainingStatus.FAILED);
                });
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    static TrainingStatus statusAfter(StopReason reason) {
        return switch (reason) {
            case FAILED -> TrainingStatus.FAILED;
            case CANCELLED -> TrainingStatus.STOPPED;
            case EARLY_STOPPED -> TrainingStatus.STOPPED_EARLY;
            case TIME_LIMIT -> TrainingStatus.TIME_LIMIT;
            case COMPLETED -> TrainingStatus.FINISHED;
        };
    }

    /**
     * The request with a statistics file {@code RUNS/<time>-<corpus>-<preset>.dl4j} when it trains a network (a
     * resumed run is one; a Markov chain has no minibatches to record).
     */
    TrainingRequest recorded(TrainingRequest request) {
        if (runsDir == null || request.statsFile() != null
                || request.model() != null && !request.model().kind().isNeural()) {
            return request;
        }
        String preset = request.model() != null ? request.model().preset() : "resumed";
        return request.withStatsFile(runsDir.resolve(RunNames.runId(request.corpus().name(), preset)
                + RunRecorder.EXTENSION));
    }

    /** Whether the current (or last) run can pause: a run in this process can, a driver process cannot. */
    public ReadOnlyBooleanProperty pausableProperty() {
        return pausable.getReadOnlyProperty();
    }

    /** Whether the current (or last) run lives in a process of its own (a Spark driver). */
    public ReadOnlyBooleanProperty driverRunProperty() {
        return driverRun.getReadOnlyProperty();
    }

    public void pause() {
        TrainingControl ctl = control;
        if (ctl != null && status.get() == TrainingStatus.RUNNING) {
            ctl.pause();
            status.set(TrainingStatus.PAUSED);
        }
    }

    public void resume() {
        TrainingControl ctl = control;
        if (ctl != null && status.get() == TrainingStatus.PAUSED) {
            ctl.resume();
            status.set(TrainingStatus.RUNNING);
        }
    }

    /**
     * Asks the run to stop after the current minibatch (a driver: after its current round, on TERM); it saves a
     * checkpoint where it stopped.
     */
    public CompletableFuture<TrainingResult> stop() {
        if (status.get().isActive()) {
            status.set(TrainingStatus.STOPPING);
            TrainingControl ctl = control;
            DriverControl remote = driver;
            if (ctl != null) {
                ctl.cancel();
            }
            if (remote != null) {
                remote.stop();
            }
        }
        return current;
    }

    public CompletableFuture<TrainingResult> current() {
        return current;
    }

    private void offer(TrainingEvent event) {
        pending.add(event);
        boolean urgent = !(event instanceof TrainingEvent.BatchEnd);
        if (urgent || System.nanoTime() - lastFlushNanos >= MIN_INTERVAL_NANOS) {
            flush();
        }
    }

    private void flush() {
        if (!flushQueued.compareAndSet(false, true)) {
            return;
        }
        lastFlushNanos = System.nanoTime();
        ui.dispatch(() -> {
            flushQueued.set(false);
            List<TrainingEvent> batch = new ArrayList<>();
            for (TrainingEvent e; (e = pending.poll()) != null;) {
                batch.add(e);
            }
            if (!batch.isEmpty()) {
                for (Consumer<List<TrainingEvent>> o : observers) {
                    o.accept(List.copyOf(batch));
                }
            }
        });
    }
}
