package quatrain.engine.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deeplearning4j.core.storage.StatsStorage;
import org.deeplearning4j.core.storage.StatsStorageRouter;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.stats.api.StatsUpdateConfiguration;
import org.deeplearning4j.ui.model.stats.impl.DefaultStatsUpdateConfiguration;

import quatrain.core.QuatrainException;

/**
 * Records a training run's statistics for DL4J's training UI (score, update:parameter ratios, activations,
 * the model graph, memory) into the run's own file. Only what the UI's pages draw is collected (no gradient
 * histograms, means or mean magnitudes, no activation histograms), every {@link #reportEvery} minibatches: at
 * least {@link #REPORT_EVERY}, more for large models, so that statistics cost a few percent of training
 * (docs/BENCHMARKS.md measures it).
 */
public final class RunRecorder implements AutoCloseable {
    public static final String EXTENSION = ".dl4j";
    static final int REPORT_EVERY = 10;
    /** Parameters per minibatch between reports: a 4-million-parameter model reports every 40. */
    static final long PARAMETERS_PER_BATCH_OF_INTERVAL = 100_000;

    private final Path file;
    private final MultiLayerNetwork net;
    private final TrainingListener listener;
    private final StatsStorage storage;

    private RunRecorder(Path file, MultiLayerNetwork net, TrainingListener listener, StatsStorage storage) {
        this.file = file;
        this.net = net;
        this.listener = listener;
        this.storage = storage;
    }

    /** Starts recording {@code net}'s training into {@code file} (session id = file name). */
    public static RunRecorder attach(MultiLayerNetwork net, Path file) {
        createFolder(file);
        StatsStorage storage = RunStatsStore.acquire(file);
        StatsListener listener = new StatsListener(storage, null, updates(net.numParams()), sessionId(file), null);
        net.addListeners(listener);
        return new RunRecorder(file, net, listener, storage);
    }

    /**
     * For DL4J's Spark training, which records the workers' statistics itself: a {@link #listener()} for the
     * workers' copies of the network (it is serialized to them and holds no storage: each worker gets a router of
     * its own there) and the run file's {@link #storage()}, into which the training master puts what the workers
     * report after every averaging round. The same statistics, session and file as a local run's.
     */
    public static RunRecorder forWorkers(Path file, long parameters) {
        createFolder(file);
        StatsStorage storage = RunStatsStore.acquire(file);
        StatsListener listener = new StatsListener(null, null, updates(parameters), sessionId(file), null);
        return new RunRecorder(file, null, listener, storage);
    }

    public TrainingListener listener() {
        return listener;
    }

    public StatsStorageRouter storage() {
        return storage;
    }

    private static void createFolder(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new QuatrainException("Cannot create the folder for training statistics " + file.getParent(), e);
        }
    }

    private static StatsUpdateConfiguration updates(long parameters) {
        return new DefaultStatsUpdateConfiguration.Builder()
                .reportingFrequency(reportEvery(parameters))
                .collectHistogramsGradients(false).collectHistogramsActivations(false)
                .collectMeanGradients(false).collectMeanMagnitudesGradients(false)
                .collectMeanMagnitudesActivations(false).build();
    }

    /** Minibatches between two reports for a model of this many parameters. */
    static int reportEvery(long parameters) {
        return (int) Math.max(REPORT_EVERY, (parameters + PARAMETERS_PER_BATCH_OF_INTERVAL - 1)
                / PARAMETERS_PER_BATCH_OF_INTERVAL);
    }

    public static String sessionId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    @Override
    public void close() {
        if (net != null) {
            net.getListeners().remove(listener);
        }
        RunStatsStore.release(file);
    }
}
