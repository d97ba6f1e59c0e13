package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.bundle.SparkProvenance;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.BundleInfo;
import quatrain.testing.JavaProcess;
import quatrain.testing.SparkTestCluster;
import quatrain.testing.TestCorpora;

/**
 * A real standalone cluster (Spark's Master and two Workers of one core, each its own JVM) and {@code quatrain
 * spark-train} training through it, started as a user starts it, in a JVM of its own: the suite runs under the
 * app's deserialization filter, which refuses the Java serialization Spark lives on ({@code spark-train} runs
 * without it).
 */
class LocalClusterTest {
    private static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    static Path dir;
    static SparkTestCluster cluster;

    @BeforeAll
    static void startCluster() throws InterruptedException {
        cluster = SparkTestCluster.start(dir.resolve("spark-home"), 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void sparkTrainTrainsInExecutorJvmsOtherThanTheDriverAndSaysSoInTheModelFile() throws Exception {
        Path model = dir.resolve("cluster.quatrain");
        try (JavaProcess driver = sparkTrain("train", model, "2").start()) {
            assertThat(cluster.await(driver, RUN)).as(driver.stderr()).hasValue(0);
            assertThat(driver.stdout()).contains("\"event\":\"finished\"");

            SparkProvenance spark = BundleIO.readInfo(model).manifest().spark();
            assertThat(spark.master()).isEqualTo(cluster.masterUrl());
            assertThat(spark.executors()).isEqualTo(2);
            Set<Long> trained = spark.processes().stream().map(p -> Long.parseLong(p.substring(p.lastIndexOf(':') + 1)))
                    .collect(Collectors.toSet());
            assertThat(trained).as("JVMs that ran training minibatches").isNotEmpty()
                    .doesNotContain(ProcessHandle.current().pid())
                    .doesNotContainAnyElementsOf(driver.tree().stream().map(ProcessHandle::pid).toList())
                    .doesNotContainAnyElementsOf(cluster.daemonPids());
            assertThat(cluster.executorsSeen()).as("executor JVMs below the workers").containsAll(trained);
            assertThat(TrainedModel.open(model).generator().generateOne(SamplingSpec.defaults(), 0).text()).isNotBlank();
        }
    }

    @Test
    void anExecutorKilledMidRunLeavesTheLastEpochsFileValid() throws Exception {
        Path model = dir.resolve("killed.quatrain");
        try (JavaProcess driver = sparkTrain("kill", model, "4").start()) {
            assertThat(driver.awaitStdoutLine(l -> l.contains("\"event\":\"checkpoint\""), RUN)).as(driver.stderr())
                    .isTrue();
            List<ProcessHandle> executors = cluster.executors();
            assertThat(executors).isNotEmpty();
            JavaProcess.signal("KILL", executors.get(0));

            OptionalInt exit = cluster.await(driver, RUN);
            assertThat(exit).as(driver.stderr()).isPresent();
            if (exit.getAsInt() != 0) { // Spark gave up: one line saying why, no trace
                assertThat(driver.stderr()).contains("error: ").doesNotContain("\tat ");
            }
            BundleInfo info = BundleIO.readInfo(model);
            assertThat(info.state().epochsDone()).isGreaterThanOrEqualTo(1);
            assertThat(TrainedModel.open(model).generator().generateOne(SamplingSpec.defaults(), 0).text()).isNotBlank();
        }
    }

    /** {@code quatrain spark-train} against the cluster, as a user starts it, in a JVM of its own. */
    private static JavaProcess.Builder sparkTrain(String name, Path model, String epochs) throws IOException {
        Path corpus = dir.resolve(name + ".txt");
        Files.writeString(corpus, TestCorpora.stanzas(200, 7));
        return JavaProcess.main(dir.resolve("driver-" + name), "spark-train", "--master", cluster.masterUrl(),
                "--corpus", corpus.toString(), "--preset", "quatrains-gru", "--epochs", epochs, "--out", model.toString(),
                "--runs", dir.resolve("runs").toString(), "--json", "--batch-size", "64", "--set", "units=16",
                "--set", "embeddingSize=8", "--set", "sampleEvery=0", "--set", "patience=0")
                .jvmOptions(SparkBuild.current().java17Flags()).jvmOption("--add-modules=jdk.incubator.vector")
                .jvmOption("-Xmx1g");
    }

    @Test
    void readsTheMasterUrlAndWebUiFromTheMastersLog() {
        String log = """
                19:00:36 INFO Master: Starting Spark master at spark://127.0.0.1:46459
                19:00:36 INFO MasterWebUI: Bound MasterWebUI to 127.0.0.1, and started at http://localhost:36875
                """;
        assertThat(LocalCluster.find(LocalCluster.MASTER_URL, log)).contains("spark://127.0.0.1:46459");
        assertThat(LocalCluster.find(LocalCluster.MASTER_UI, log)).contains("36875");
    }

    @Test
    void countsTheAliveWorkersOnTheMastersStatusPage() throws IOException {
        assertThat(LocalCluster.aliveWorkers("""
                {"url":"spark://127.0.0.1:1","workers":[{"id":"w1","state":"ALIVE"},{"id":"w2","state":"DEAD"},
                {"id":"w3","state":"ALIVE"}],"aliveworkers":2}""")).isEqualTo(2);
        assertThat(LocalCluster.aliveWorkers("{\"url\":\"spark://127.0.0.1:1\",\"workers\":[]}")).isZero();
    }
}
