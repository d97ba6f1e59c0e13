package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.JavaProcess;
import quatrain.testing.SparkTestCluster;

/**
 * A real standalone cluster (Spark's Master and two Workers of one core, each its own JVM) and a Spark driver of
 * its own JVM training our fused LSTM on it with DL4J's parameter averaging. The driver is not this test JVM: the
 * suite runs under the app's deserialization filter, which refuses the Java serialization Spark lives on (as the
 * app's filter would in a driver; {@code spark-train} runs without it).
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
    void trainsOurNetworkInExecutorJvmsOtherThanTheDriver() throws Exception {
        Path markers = Files.createDirectories(dir.resolve("markers-train"));
        try (JavaProcess driver = cluster.driver(dir.resolve("driver-train"), ClusterFitJob.class.getName(),
                List.of(cluster.masterUrl(), "1", markers.toString())).start()) {
            assertThat(cluster.await(driver, RUN)).as(driver.stderr()).hasValue(0);
            assertThat(driver.stdout()).contains("SETUP CLASS_PATH", "EPOCH 1 ", "DONE");

            Set<Long> trained = pids(markers);
            assertThat(trained).as("JVMs that ran training iterations").isNotEmpty()
                    .doesNotContain(ProcessHandle.current().pid(), driver.pid())
                    .doesNotContainAnyElementsOf(cluster.daemonPids());
            assertThat(cluster.executorsSeen()).as("executor JVMs below the workers").containsAll(trained);
        }
    }

    @Test
    void survivesAnExecutorKilledInTheMiddleOfATask() throws Exception {
        Path markers = Files.createDirectories(dir.resolve("markers-kill"));
        try (JavaProcess driver = cluster.driver(dir.resolve("driver-kill"), ClusterFitJob.class.getName(),
                List.of(cluster.masterUrl(), "2", markers.toString(), "pause")).start()) {
            long paused = awaitPausedExecutor(markers, driver);
            assertThat(cluster.executors()).extracting(ProcessHandle::pid).as("executors now").contains(paused);
            ProcessHandle victim = ProcessHandle.of(paused).orElseThrow();
            JavaProcess.signal("KILL", victim);

            assertThat(cluster.await(driver, RUN)).as(driver.stderr()).hasValue(0);
            assertThat(victim.isAlive()).isFalse();
            assertThat(driver.stdout()).contains("EPOCH 2 ", "DONE")
                    .containsPattern("LOST executors=1 tasks=[1-9]");
            assertThat(pids(markers)).as("the training went on in another executor").anyMatch(p -> p != paused);
        }
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

    /** The executor that paused in a training iteration (the job's {@code pause} mode), once it says so. */
    private static long awaitPausedExecutor(Path markers, JavaProcess driver) throws Exception {
        long deadline = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < deadline) {
            cluster.executors();
            Optional<Long> paused = files(markers).filter(n -> n.startsWith("paused-"))
                    .map(n -> Long.parseLong(n.substring("paused-".length()))).findFirst();
            if (paused.isPresent()) {
                return paused.get();
            }
            assertThat(driver.waitFor(Duration.ofMillis(100))).as(driver.stderr()).isEmpty();
        }
        throw new AssertionError("no executor paused in " + RUN + ": " + driver.stdout());
    }

    private static Set<Long> pids(Path markers) throws IOException {
        return files(markers).filter(n -> n.matches("[0-9]+")).map(Long::parseLong).collect(Collectors.toSet());
    }

    private static Stream<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
