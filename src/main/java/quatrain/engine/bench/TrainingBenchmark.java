package quatrain.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.TokenizedCorpus;
import quatrain.engine.Backends;
import quatrain.engine.NetworkFactory;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.Shuffle;
import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;
import quatrain.engine.ui.RunRecorder;

/**
 * Times the training loop of a model on a corpus: the same network, windows and minibatch buffers as
 * training, without validation or checkpoints (as the PyTorch peer measures). The first epoch is a
 * warm-up; the median of the others is reported. With a batch limit, epoch time is extrapolated from the
 * timed minibatches to the full epoch.
 */
public final class TrainingBenchmark {
    private TrainingBenchmark() {
    }

    /**
     * Times training on {@code corpus} tokenised and windowed as the app does, and says how the data was kept
     * (tokens on the heap or in a mapped file) and how much heap is live once it is ready.
     */
    public static BenchResult run(String name, Corpus corpus, ModelSpec spec, TrainingSpec training, int epochs,
            int batchLimit, NetworkFactory.Implementation implementation, boolean alternateStats) {
        long prepStart = System.nanoTime();
        try (TokenizedCorpus data = TokenizedCorpus.prepare(corpus, spec, 0.0, training.seed(), null)) {
            WindowSet windows = WindowSet.forTraining(spec, data.trainStream());
            double prep = (System.nanoTime() - prepStart) / 1e9;
            double liveHeap = Machine.liveHeapMb();
            return time(name, windows, data.vocabulary().size(), spec, training, epochs, batchLimit, implementation,
                    alternateStats)
                    .put("corpus", corpus.name()).put("corpus_chars", corpus.characterCount())
                    .put("documents", corpus.documents().size()).put("train_tokens", data.trainTokens())
                    .put("corpus_read_as_needed", corpus.streamed())
                    .put("token_storage", data.trainStream().inFile() ? "mapped file" : "heap")
                    .put("recipe", "ours").put("prepare_seconds", round(prep, 2))
                    .put("live_heap_after_prepare_mb", round(liveHeap, 1));
        }
    }

    /** Times training on prepared windows (e.g. {@link PeerRecipe}'s). */
    public static BenchResult time(String name, WindowSet windows, int vocabulary, ModelSpec spec,
            TrainingSpec training, int epochs, int batchLimit, NetworkFactory.Implementation implementation,
            boolean alternateStats) {
        MultiLayerNetwork net = NetworkFactory.build(spec, training, vocabulary, null, implementation);
        BatchBuffers buffers = new BatchBuffers(windows, vocabulary, spec.embeddingSize() == 0, spec.everyStep());
        int batch = training.batchSize();
        int batchesPerEpoch = (windows.size() + batch - 1) / batch;
        int timed = batchLimit > 0 ? Math.min(batchLimit, batchesPerEpoch) : batchesPerEpoch;
        List<Double> epochSeconds = new ArrayList<>();
        List<Double> withStats = new ArrayList<>();
        List<Double> withoutStats = new ArrayList<>();
        RunRecorder recorder = alternateStats ? recorder(net) : null;
        List<TrainingListener> listeners = new ArrayList<>(net.getListeners());
        double lastLoss = Double.NaN;
        // Every minibatch after the warm-up epoch: their median shrugs off the bursts of a shared machine.
        List<Double> batchMillis = new ArrayList<>();
        for (int epoch = 0; epoch < epochs; epoch++) {
            // The warm-up epoch records (paying the listener's one-off start); then odd epochs do not.
            boolean recording = alternateStats && epoch % 2 == 0;
            net.setListeners(recording ? listeners : new ArrayList<>());
            WindowOrder order = Shuffle.order(windows.size(), training.seed() + epoch);
            Nd4j.getRandom().setSeed(training.seed() + epoch);
            long start = System.nanoTime();
            for (int b = 0; b < timed; b++) {
                int from = b * batch;
                buffers.fill(order, from, Math.min(batch, order.size() - from));
                long fitStart = System.nanoTime();
                net.fit(buffers.features(), buffers.labels());
                if (epoch > 0 || epochs == 1) {
                    batchMillis.add((System.nanoTime() - fitStart) / 1e6);
                }
            }
            lastLoss = net.score();
            double seconds = (System.nanoTime() - start) / 1e9;
            epochSeconds.add(seconds * batchesPerEpoch / timed);
            if (epoch > 0) {
                (recording ? withStats : withoutStats).add(seconds * batchesPerEpoch / timed);
            }
        }
        if (recorder != null) {
            net.setListeners(listeners);
            recorder.close();
        }
        double liveHeap = Machine.liveHeapMb();
        Reference.reachabilityFence(buffers);
        double median = median(epochSeconds.size() > 1 ? epochSeconds.subList(1, epochSeconds.size()) : epochSeconds);
        BenchResult result = new BenchResult().put("case", name)
                .put("implementation", implementation.name().toLowerCase(java.util.Locale.ROOT))
                .put("vocabulary", vocabulary).put("windows", windows.size()).put("sequence_length", spec.sequenceLength())
                .put("embedding", spec.embeddingSize()).put("units", spec.units())
                .put("batch_size", batch).put("batches_per_epoch", batchesPerEpoch).put("batches_timed", timed)
                .put("parameters", net.numParams()).put("threads", Machine.threads())
                .put("device", Backends.current().summary())
                .put("simd_kernels", quatrain.engine.nn.FusedRecurrentLayer.kernelsInUse())
                .put("omp_wait_policy", System.getenv().getOrDefault("OMP_WAIT_POLICY", "unset"))
                .put("sec_per_epoch", round(median, 3))
                .put("tokens_per_s", Math.round((double) windows.size() * (spec.everyStep() ? spec.sequenceLength() : 1)
                        / median))
                .put("windows_per_s", Math.round(windows.size() / median))
                .put("ms_per_batch", round(median * 1000 / batchesPerEpoch, 2))
                .put("ms_per_batch_median", round(median(batchMillis), 2))
                .put("epoch_seconds", epochSeconds.stream().map(s -> round(s, 3)).toList())
                .put("last_batch_loss", round(lastLoss, 4))
                .put("peak_heap_mb", round(Machine.peakHeapMb(), 1))
                .put("live_heap_while_training_mb", round(liveHeap, 1))
                .put("off_heap_mb", round(Machine.offHeapMb(), 1))
                .put("peak_rss_mb", round(Machine.peakRssMb(), 1));
        if (alternateStats) {
            double on = median(withStats);
            double off = median(withoutStats);
            result.put("sec_per_epoch_with_stats", round(on, 3)).put("sec_per_epoch_without_stats", round(off, 3))
                    .put("stats_overhead_percent", round((on / off - 1) * 100, 1));
        }
        return result;
    }

    /** Records {@code net}'s statistics as the app does, into a file deleted when the JVM ends. */
    private static RunRecorder recorder(MultiLayerNetwork net) {
        try {
            Path dir = Files.createTempDirectory("quatrain-bench-stats");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("bench" + RunRecorder.EXTENSION);
            file.toFile().deleteOnExit();
            return RunRecorder.attach(net, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
