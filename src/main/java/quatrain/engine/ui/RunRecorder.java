package quatrain.engine.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.ui.model.stats.StatsListener;

import quatrain.core.QuatrainException;

/**
 * Records a training run's statistics for DL4J's training UI (score, update:parameter ratios, activations,
 * the model graph, memory) into the run's own file, reporting every {@link #REPORT_EVERY} minibatches so the
 * listener costs little (docs/BENCHMARKS.md measures it).
 */
public final class RunRecorder implements AutoCloseable {
    public static final String EXTENSION = ".dl4j";
    static final int REPORT_EVERY = 10;

    private final Path file;
    private final MultiLayerNetwork net;
    private final TrainingListener listener;

    private RunRecorder(Path file, MultiLayerNetwork net, TrainingListener listener) {
        this.file = file;
        this.net = net;
        this.listener = listener;
    }

    /** Starts recording {@code net}'s training into {@code file} (session id = file name). */
    public static RunRecorder attach(MultiLayerNetwork net, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new QuatrainException("Cannot create the folder for training statistics " + file.getParent(), e);
        }
        StatsListener listener = new StatsListener(RunStatsStore.acquire(file), REPORT_EVERY, sessionId(file));
        net.addListeners(listener);
        return new RunRecorder(file, net, listener);
    }

    public static String sessionId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    @Override
    public void close() {
        net.getListeners().remove(listener);
        RunStatsStore.release(file);
    }
}
