package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.deeplearning4j.ui.model.storage.BaseCollectionStatsStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quatrain.core.training.RunNames;
import quatrain.core.training.StopReason;
import quatrain.core.training.TrainingControl;
import quatrain.core.training.TrainingEvent;
import quatrain.engine.TrainingResult;
import quatrain.testing.JavaProcess;
import quatrain.testing.RecordedRuns;

/**
 * Two processes over one runs folder, as a second app window or {@code quatrain ui} beside the app meets it: this
 * JVM shows a run (and records it, in one case) while a second JVM ({@code quatrain ui --runs DIR}) serves the same
 * run; both answer with its data, and neither locks the other out. The second JVM runs with a process-wide
 * deserialization filter that allows only the two key classes DL4J's run files hold, as the app installs one.
 */
class SharedRunsProcessTest {
    /** The JDK's equivalent of the app's filter: DL4J's two statistics keys, nothing else. */
    static final String SERIAL_FILTER = "-Djdk.serialFilter="
            + BaseCollectionStatsStorage.SessionTypeId.class.getName() + ";"
            + BaseCollectionStatsStorage.SessionTypeWorkerId.class.getName() + ";!*";
    private static final Duration START = Duration.ofSeconds(90);
    private static final String PAYLOAD = "javax.script.ScriptEngineManager";

    @TempDir
    Path dir;
    private TrainingUiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSecondJvmServesTheRunThisJvmShows() throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs, dir.resolve("cache"));
        server.select(RecordedRuns.RUN_ID);
        List<Double> here = scores(server.address());
        assertThat(here).hasSizeGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);

        Path home = dir.resolve("other");
        Path viewsThere = home.resolve("xdg-cache").resolve("quatrain-studio").resolve(TrainingUiServer.VIEWS_FOLDER);
        try (JavaProcess other = ui(home, runs).start()) {
            String there = address(other);
            assertThat(select(there, RecordedRuns.RUN_ID)).isEqualTo(200);
            assertThat(scores(there)).isEqualTo(here);
            assertThat(scores(server.address())).as("this JVM, still").isEqualTo(here);
            RunViewFolder.removeAbandoned(viewsThere);
            assertThat(folders(viewsThere)).as("the running JVM's copies").hasSize(1);
        }
        // Killed (JavaProcess closes with SIGKILL): its copies stay until the next start looks.
        assertThat(folders(viewsThere)).hasSize(1);
        RunViewFolder.removeAbandoned(viewsThere);
        assertThat(folders(viewsThere)).as("copies left by the killed JVM").isEmpty();
    }

    @Test
    void aSecondJvmServesTheRunThisJvmIsWriting() throws Exception {
        Path runs = dir.resolve("runs");
        String id = RunNames.runId("tiny.txt", "quatrains-gru");
        Path stats = runs.resolve(id + RunRecorder.EXTENSION);
        TrainingControl control = new TrainingControl();
        CountDownLatch paused = new CountDownLatch(1);
        CompletableFuture<TrainingResult> training = CompletableFuture.supplyAsync(() -> RecordedRuns.train(stats,
                dir.resolve("m.quatrain"), event -> {
                    if (event instanceof TrainingEvent.BatchEnd b && b.step() == 10L * (RecordedRuns.MIN_REPORTS + 1)) {
                        control.pause(); // looked at before the next minibatch: the run file stays open, mid-run
                        paused.countDown();
                    }
                }, control));
        try {
            assertThat(paused.await(2, TimeUnit.MINUTES)).as("training reached its pause").isTrue();
            server = TrainingUiServer.start(runs, dir.resolve("cache"));
            server.select(id);
            assertThat(RunStatsStore.isOpen(stats)).as("shown live from its writer's storage").isTrue();
            List<Double> here = scores(server.address());
            assertThat(here).hasSizeGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);

            try (JavaProcess other = ui(dir.resolve("other"), runs).start()) {
                String there = address(other);
                assertThat(select(there, id)).as(other.stderr()).isEqualTo(200);
                assertThat(scores(there)).isEqualTo(here);
            }
        } finally {
            control.resume();
        }
        assertThat(training.get(2, TimeUnit.MINUTES).reason()).as("the writer, undisturbed").isEqualTo(StopReason.COMPLETED);
    }

    @Test
    void anotherJvmRefusesAHostileRunWithoutLoadingItsClassLeavesNoTempFilesAndTakesNoUploads() throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        String hostile = "20250104-000000-tiny-quatrains-gru";
        HostileRuns.namingClass(runs, hostile, PAYLOAD);
        Path home = dir.resolve("other");
        Path tmp = home.resolve("tmp");
        Path classes = home.resolve("classes.log");
        try (JavaProcess other = ui(home, runs).jvmOption("-Xlog:class+load=info:file=" + classes).start()) {
            String there = address(other);
            assertThat(select(there, RecordedRuns.RUN_ID)).isEqualTo(200);
            assertThat(scores(there)).hasSizeGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);
            assertThat(select(there, hostile)).as("a run the server does not know").isEqualTo(400);
            assertThat(other.stderr()).contains("The run " + hostile + " is not shown: its class table names " + PAYLOAD);
            for (String page : List.of("/train/overview", "/train/model", "/train/system")) {
                assertThat(get(there + page).statusCode()).as(page).isEqualTo(200);
            }
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(there + "/tsne/upload"))
                    .header("Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString(
                            "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\n" + "x".repeat(1 << 20)
                                    + "\r\n--b--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).isEqualTo(405);
            assertThat(names(tmp)).as("the other JVM's temp folder").noneMatch(n -> n.startsWith("DL4JUI_")
                    || n.contains(".ftl") || n.length() == 36 /* an upload's UUID */);
        }
        String loaded = Files.readString(classes, StandardCharsets.UTF_8);
        assertThat(loaded).as("the class-load log").contains("org.deeplearning4j.ui.module.train.TrainModule ")
                .doesNotContain(PAYLOAD);
    }

    /**
     * {@code quatrain ui} in its own JVM with its own temp folder: it is killed at the end, and a killed JVM leaves
     * lz4-java's native library there (MapDB's hashing unpacks it; see NOTES).
     */
    private JavaProcess.Builder ui(Path home, Path runs) throws IOException {
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        return JavaProcess.main(home, "ui", "--runs", runs.toString()).jvmOption(SERIAL_FILTER)
                .jvmOption("-Djava.io.tmpdir=" + tmp);
    }

    private static String address(JavaProcess p) throws InterruptedException {
        assertThat(p.awaitStdoutLine(l -> l.startsWith("http://127.0.0.1:"), START)).as(p.stderr()).isTrue();
        return p.stdout().lines().filter(l -> l.startsWith("http://127.0.0.1:")).findFirst().orElseThrow()
                .replace("/train/overview", "");
    }

    private int select(String address, String runId) throws IOException, InterruptedException {
        return get(address + "/train/sessions/set/" + runId).statusCode();
    }

    private List<Double> scores(String address) throws IOException, InterruptedException {
        HttpResponse<String> r = get(address + "/train/overview/data");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode scores = new ObjectMapper().readTree(r.body()).get("scores");
        List<Double> values = new ArrayList<>();
        scores.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> folders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
