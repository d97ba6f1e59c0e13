package quatrain.app.training;

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

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.app.UiDispatcher;
import quatrain.core.training.RunNames;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
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
    private final ConcurrentLinkedQueue<TrainingEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private volatile long lastFlushNanos;
    private volatile TrainingControl control;
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
        if (status.get().isActive()) {
            throw new IllegalStateException("training is already running");
        }
        TrainingRequest recorded = recorded(request);
        TrainingControl ctl = new TrainingControl();
        control = ctl;
        status.set(TrainingStatus.RUNNING);
        CompletableFuture<TrainingResult> future = new CompletableFuture<>();
        current = future;
        background.execute(() -> {
            try {
                TrainingResult result = trainer.train(recorded, this::offer, ctl);
                flush();
                ui.dispatch(() -> status.set(TrainingStatus.FINISHED));
                future.complete(result);
            } catch (RuntimeException | Error e) {
                LOG.error("Training failed", e);
                flush();
                ui.dispatch(() -> status.set(TrainingStatus.FAILED));
                future.completeExceptionally(e);
            }
        });
        return future;
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

    /** Asks the run to stop after the current minibatch; it saves a checkpoint where it stopped. */
    public CompletableFuture<TrainingResult> stop() {
        TrainingControl ctl = control;
        if (ctl != null && status.get().isActive()) {
            status.set(TrainingStatus.STOPPING);
            ctl.cancel();
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
