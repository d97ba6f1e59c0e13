package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Test
    void pagesAreHtmlWithAContentTypeAndDataStaysJson() throws Exception {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs);
        assertThat(server.overviewUrl()).matches("http://127\\.0\\.0\\.1:\\d+/train/overview");
        for (String page : List.of("/train/overview", "/train/model", "/train/system")) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(page).hasValue("text/html; charset=utf-8");
            assertThat(r.body()).as(page).contains("<title>DL4J Training UI</title>");
        }
        assertThat(get("/train/overview/data").headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void aSecondStartInTheSameJvmReturnsTheRunningServer() {
        Path runs = dir.resolve("runs");
        server = TrainingUiServer.start(runs);
        assertThat(TrainingUiServer.start(runs)).isSameAs(server);
        assertThat(server.runs()).isEmpty();
    }
}
