package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.stats.impl.SbeStatsReport;
import org.deeplearning4j.ui.model.storage.FileStatsStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quatrain.core.QuatrainException;
import quatrain.testing.RecordedRuns;

/** The training UI over a runs folder: stored runs reopen after a restart, pages are typed for WebView. */
class TrainingUiServerTest {
    @TempDir
    Path dir;
    private TrainingUiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.address() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    @Test
    void aRunStoredByAnEarlierAppStartReopensWithItsCharts() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs);
        server.select(RecordedRuns.RUN_ID);
        List<Double> scores = doubles(json("/train/overview/data").get("scores"));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);

        server.close(); // the app ends
        assertThat(RunStatsStore.isOpen(file)).as("the run file is closed with the server").isFalse();
        server = TrainingUiServer.start(runs); // the next start of the app

        assertThat(server.runs()).extracting(RunInfo::id).containsExactly(RecordedRuns.RUN_ID);
        server.select(RecordedRuns.RUN_ID);
        JsonNode overview = json("/train/overview/data");
        assertThat(doubles(overview.get("scores"))).isEqualTo(scores);
        assertThat(overview.get("scoresIter")).hasSize(scores.size());
        assertThat(overview.get("updateRatios").size()).as("update:parameter ratio series").isPositive();
        JsonNode graph = json("/train/model/graph");
        assertThat(graph.get("vertexTypes").toString()).contains("\"EmbeddingLookup\"", "\"FusedRecurrent\"",
                "\"SoftmaxOutput\"");
        assertThat(graph.get("vertexNames").toString()).as("layers named for the graph").contains("\"gru-1\"",
                "\"softmax\"");
        assertThat(get("/train/system/data").statusCode()).isEqualTo(200);
    }

    /**
     * LoopbackUiServer wraps Vert.x in proxies so that DL4J's {@code listen(port)} (every interface) becomes
     * {@code listen(port, "127.0.0.1")}: written for Vert.x 3.9 under deeplearning4j-ui 1.0.0-M2.1. Another of this
     * machine's addresses must be refused.
     */
    @Test
    void theServerCannotBeReachedFromAnotherInterface() throws Exception {
        java.util.Optional<java.net.InetAddress> other = otherAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(), "no network interface besides loopback");
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs);
        int port = java.net.URI.create(server.overviewUrl()).getPort();
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(other.get(), port), 1000);
            org.assertj.core.api.Assertions.fail("the training UI answered on " + other.get().getHostAddress() + ":"
                    + port + ": LoopbackUiServer's Vert.x proxy (written for Vert.x 3.9 in deeplearning4j-ui"
                    + " 1.0.0-M2.1) no longer turns DL4J's listen(port) into listen(port, \"127.0.0.1\")");
        } catch (java.net.ConnectException | java.net.SocketTimeoutException refused) {
            // as it should be
        }
    }

    /** An IPv4 address of this machine on an interface that is up and not the loopback one. */
    private static java.util.Optional<java.net.InetAddress> otherAddress() throws java.net.SocketException {
        for (java.net.NetworkInterface i : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (i.isUp() && !i.isLoopback()) {
                for (java.net.InetAddress a : java.util.Collections.list(i.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address) {
                        return java.util.Optional.of(a);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void pagesAreHtmlWithAContentTypeAndDataStaysJson() throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs);
        assertThat(server.overviewUrl()).matches("http://127\\.0\\.0\\.1:\\d+/train/overview");
        for (String page : List.of("/train/overview", "/train/model", "/train/system")) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(page + ": the Content-Type LoopbackUiServer adds to"
                    + " DL4J's pages (TrainModule.renderFtl in 1.0.0-M2.1 sends none)").hasValue("text/html; charset=utf-8");
            assertThat(r.body()).as(page).contains("<title>DL4J Training UI</title>");
        }
        assertThat(get("/train/overview/data").headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void aHostileRunFileIsRefusedWithoutMakingItsClassAndTheOtherRunsStillShow() throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        String hostile = "20250103-000000-tiny-quatrains-gru";
        HostileRuns.namingClass(runs, hostile, CanaryRecord.class.getName());
        int made = CanaryRecord.MADE.get();
        server = TrainingUiServer.start(runs, dir.resolve("cache"));

        assertThat(server.runs()).extracting(RunInfo::id).contains(hostile, RecordedRuns.RUN_ID);
        assertThatThrownBy(() -> server.select(hostile)).isInstanceOf(QuatrainException.class)
                .hasMessage("The run " + hostile + " is not shown: its class table names " + CanaryRecord.class.getName()
                        + ", which is not a record of DL4J's statistics listener.");
        server.select(RecordedRuns.RUN_ID);
        assertThat(json("/train/overview/data").get("scores").size()).isGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);
        assertThat(CanaryRecord.MADE.get()).as("instances of the class the hostile file names").isEqualTo(made);
    }

    @Test
    void runsAreShownFromCopiesThatGoWhenTheServerStops() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = RecordedRuns.copyInto(runs);
        byte[] original = Files.readAllBytes(file);
        Path views = dir.resolve("cache").resolve(TrainingUiServer.VIEWS_FOLDER);
        server = TrainingUiServer.start(runs, dir.resolve("cache"));
        server.select(RecordedRuns.RUN_ID);
        assertThat(json("/train/overview/data").get("scores").size()).isGreaterThanOrEqualTo(RecordedRuns.MIN_REPORTS);
        try (Stream<Path> copies = Files.walk(views)) {
            assertThat(copies.filter(p -> p.toString().endsWith(RunRecorder.EXTENSION))).as("copies").isNotEmpty();
        }

        server.close();
        server = null;
        assertThat(Files.readAllBytes(file)).as("the run file, never opened for writing").isEqualTo(original);
        try (Stream<Path> left = Files.list(views)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRunWrittenElsewhereIsCopiedAgainWhenItChangesAndThePageIsTold() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = RecordedRuns.copyInto(runs);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(600)));
        server = TrainingUiServer.start(runs, dir.resolve("cache"));
        server.select(RecordedRuns.RUN_ID);
        int before = json("/train/overview/data").get("scores").size();

        FileStatsStorage writer = new FileStatsStorage(file.toFile()); // another process's writer, as far as the UI knows
        long last;
        try {
            String worker = writer.listWorkerIDsForSession(RecordedRuns.RUN_ID).get(0);
            SbeStatsReport latest = (SbeStatsReport) writer.getLatestUpdate(RecordedRuns.RUN_ID, StatsListener.TYPE_ID, worker);
            last = latest.getTimeStamp();
            for (int i = 1; i <= 3; i++) {
                SbeStatsReport more = new SbeStatsReport();
                more.decode(latest.encode());
                more.reportIDs(RecordedRuns.RUN_ID, StatsListener.TYPE_ID, worker, last + i * 1000L);
                writer.putUpdate(more);
            }
            last += 3000L;
            server.refresh();
            assertThat(json("/train/overview/data").get("scores").size()).isEqualTo(before + 3);
        } finally {
            writer.close();
        }
        String lastUpdate = awaitLastUpdate(last);
        assertThat(lastUpdate).as("what the page asks before it fetches data again").isEqualTo(Long.toString(last));
    }

    @Test
    void aShownRunWhoseFileTurnsHostileIsTakenDown() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = RecordedRuns.copyInto(runs);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(600)));
        server = TrainingUiServer.start(runs, dir.resolve("cache"));
        server.select(RecordedRuns.RUN_ID);
        int made = CanaryRecord.MADE.get();

        HostileRuns.nameClassIn(file, CanaryRecord.class.getName());
        assertThatThrownBy(() -> server.select(RecordedRuns.RUN_ID)).hasMessageContaining("its class table names");
        assertThat(get("/train/sessions/set/" + RecordedRuns.RUN_ID).statusCode()).as("DL4J no longer knows it")
                .isEqualTo(400);
        assertThat(CanaryRecord.MADE.get()).isEqualTo(made);
    }

    /** DL4J routes storage events to its pages every 500 ms. */
    private String awaitLastUpdate(long expected) throws Exception {
        String answer = "";
        for (int i = 0; i < 40 && !answer.equals(Long.toString(expected)); i++) {
            Thread.sleep(100);
            answer = get("/train/sessions/lastUpdate/" + RecordedRuns.RUN_ID).body();
        }
        return answer;
    }

    @Test
    void aSecondStartInTheSameJvmReturnsTheRunningServer() {
        Path runs = dir.resolve("runs");
        server = TrainingUiServer.start(runs);
        assertThat(TrainingUiServer.start(runs)).isSameAs(server);
        assertThat(server.runs()).isEmpty();
    }
}
