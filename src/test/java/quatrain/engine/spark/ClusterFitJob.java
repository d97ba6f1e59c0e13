package quatrain.engine.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import quatrain.core.spec.ModelKind;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.TokenLevel;
import quatrain.engine.NetworkFactory;
import quatrain.testing.TestCorpora;

/**
 * A Spark driver for the cluster tests (and, from the job jar, for {@code spark-submit}): trains the fused LSTM that
 * {@link NetworkFactory} builds, on character windows of a small generated corpus, with DL4J's
 * {@code SparkDl4jMultiLayer} and parameter averaging, and reports on standard output, one fact a line:
 * {@code SETUP <mode>}, {@code STARTED <time>}, {@code EPOCH <n> <score> <time>}, {@code LOST executors=<n> tasks=<n>}, {@code DONE}. Each JVM that
 * runs a training iteration leaves a file named by its PID in the marker folder. With {@code pause}, the first
 * iteration after epoch 1 (in any executor) writes {@code paused-<pid>} there and waits to be killed, so a test
 * can kill an executor in the middle of a task; the retried task does not pause again.
 *
 * <p>Arguments: {@code master epochs markerFolder [pause]}.
 */
public final class ClusterFitJob {
    static final int LENGTH = 8;
    static final int BATCH = 8;

    private ClusterFitJob() {
    }

    public static void main(String[] args) {
        String master = args[0];
        int epochs = Integer.parseInt(args[1]);
        Path markers = Path.of(args[2]);
        boolean pause = args.length > 3 && args[3].equals("pause");
        long start = System.nanoTime();

        String text = TestCorpora.stanzas(4, 7).toLowerCase(java.util.Locale.ROOT);
        Map<Character, Integer> vocabulary = new TreeMap<>();
        text.chars().forEach(c -> vocabulary.putIfAbsent((char) c, vocabulary.size()));
        ModelSpec spec = new ModelSpec("cluster-test", ModelKind.LSTM, TokenLevel.CHAR, 1, 16, 0, 0.0, 0.0, LENGTH, 1,
                2, true, 1, 256, null, false);
        TrainingSpec training = Presets.get(Presets.CHARS_LSTM).training();

        SparkConf conf = new SparkConf().setAppName("quatrain-cluster-test").setMaster(master)
                .set("spark.ui.enabled", "false").set("spark.executor.memory", "768m").set("spark.executor.cores", "1");
        System.out.println("SETUP " + ExecutorSetup.apply(conf).mode());
        SparkVersions.requireCompatible();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            System.out.printf(java.util.Locale.ROOT, "STARTED %.1fs%n", (System.nanoTime() - start) / 1e9);
            Lost lost = new Lost();
            sc.sc().addSparkListener(lost);
            JavaRDD<DataSet> data = sc.parallelize(windows(text, vocabulary), 2);
            ParameterAveragingTrainingMaster averaging = new ParameterAveragingTrainingMaster.Builder(BATCH)
                    .batchSizePerWorker(BATCH).averagingFrequency(2).workerPrefetchNumBatches(0)
                    .rddTrainingApproach(RDDTrainingApproach.Direct).build();
            SparkDl4jMultiLayer net = new SparkDl4jMultiLayer(sc,
                    NetworkFactory.build(spec, training, vocabulary.size(), null), averaging);
            net.setListeners(new PidMarker(markers.toString()));
            for (int e = 1; e <= epochs; e++) {
                net.fit(data);
                System.out.printf(java.util.Locale.ROOT, "EPOCH %d %.4f %.1fs%n", e, net.getScore(),
                        (System.nanoTime() - start) / 1e9);
                if (e == 1 && pause) {
                    touch(markers.resolve("armed"));
                }
            }
            System.out.println("LOST executors=" + lost.executors.get() + " tasks=" + lost.tasks.get());
        }
        System.out.println("DONE");
    }

    /** Minibatches of one-hot windows {@code [batch, time, vocabulary]} (NWC) and the next character's id. */
    private static List<DataSet> windows(String text, Map<Character, Integer> vocabulary) {
        List<DataSet> batches = new ArrayList<>();
        int v = vocabulary.size();
        for (int start = 0; start + BATCH + LENGTH < text.length(); start += BATCH) {
            INDArray features = Nd4j.zeros(DataType.FLOAT, BATCH, LENGTH, v);
            INDArray labels = Nd4j.zeros(DataType.FLOAT, BATCH, 1);
            for (int b = 0; b < BATCH; b++) {
                for (int t = 0; t < LENGTH; t++) {
                    features.putScalar(new long[] {b, t, vocabulary.get(text.charAt(start + b + t))}, 1f);
                }
                labels.putScalar(b, 0, vocabulary.get(text.charAt(start + b + LENGTH)));
            }
            batches.add(new DataSet(features, labels));
        }
        return batches;
    }

    static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // there already
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs in the executors: records which JVMs trained, and pauses once when the driver has armed it. */
    static final class PidMarker extends BaseTrainingListener implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String folder;

        PidMarker(String folder) {
            this.folder = folder;
        }

        @Override
        public void iterationDone(Model model, int iteration, int epoch) {
            Path dir = Path.of(folder);
            long pid = ProcessHandle.current().pid();
            touch(dir.resolve(Long.toString(pid)));
            if (Files.exists(dir.resolve("armed")) && claim(dir.resolve("claimed"))) {
                touch(dir.resolve("paused-" + pid));
                try {
                    Thread.sleep(120_000); // until the test kills this JVM
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static boolean claim(Path file) {
            try {
                Files.createFile(file);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Counts executors removed and tasks that failed, as the driver's scheduler saw them. */
    static final class Lost extends SparkListener {
        final AtomicInteger executors = new AtomicInteger();
        final AtomicInteger tasks = new AtomicInteger();

        @Override
        public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
            executors.incrementAndGet();
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskInfo().failed()) {
                tasks.incrementAndGet();
            }
        }
    }
}
