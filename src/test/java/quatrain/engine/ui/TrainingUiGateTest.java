package quatrain.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.RecordedRuns;

/**
 * The training UI server as an attacker on this machine (or a web page in its browser) meets it: every request
 * gets an answer within {@link #ANSWER_TIMEOUT}, and only the pages the app shows are served.
 */
class TrainingUiGateTest {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private TrainingUiServer server;
    private RawHttp http;
    private String self;

    @BeforeEach
    void startServer() {
        Path runs = dir.resolve("runs");
        RecordedRuns.copyInto(runs);
        server = TrainingUiServer.start(runs);
        http = new RawHttp(server.port(), ANSWER_TIMEOUT);
        self = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAppsPagesDataAndAssetsAreServed() throws Exception {
        server.select(RecordedRuns.RUN_ID);
        for (String path : List.of("/train/overview", "/train/model", "/train/system", "/train/overview/data",
                "/train/model/graph", "/train/system/data", "/train/sessions/info", "/train/sessions/current",
                "/train/multisession", "/train/sessions/lastUpdate/" + RecordedRuns.RUN_ID,
                "/assets/js/train/train.js", "/assets/webjars/flot/0.8.3/jquery.flot.js", "/assets/css/style.css")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(http.get("/train/overview", Map.of("Host", "localhost:" + server.port())).status()).isEqualTo(200);
        assertThat(http.get("/train/overview/data", Map.of("Origin", "http://" + self, "Sec-Fetch-Site", "same-origin"))
                .status()).isEqualTo(200);
        assertThat(http.get("/", Map.of("Sec-Fetch-Site", "none")).status()).as("a typed address").isEqualTo(302);
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        for (String host : List.of("evil.example:" + server.port(), "evil.example", "127.0.0.1", "localhost",
                "127.0.0.1:1", "[::1]:" + server.port(), "127.0.0.1:" + server.port() + ".evil.example")) {
            assertThat(http.get("/train/overview", Map.of("Host", host)).status()).as(host).isEqualTo(403);
        }
        assertThat(http.get("/train/overview/data", Map.of("Host", "evil.example")).body())
                .doesNotContain("scores").contains("answers only to");
    }

    @Test
    void requestsFromAnotherOriginOrSiteAreRefused() throws Exception {
        byte[] form = "to=x".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer post = http.send("POST", "/train/sessions/set/" + RecordedRuns.RUN_ID,
                Map.of("Origin", "http://evil.example", "Content-Type", "application/x-www-form-urlencoded"), form);
        assertThat(post.status()).isEqualTo(403);
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:1", "https://" + self)) {
            assertThat(http.get("/train/overview/data", Map.of("Origin", origin)).status()).as(origin).isEqualTo(403);
        }
        for (String site : List.of("cross-site", "same-site")) {
            assertThat(http.get("/train/overview/data", Map.of("Sec-Fetch-Site", site)).status()).as(site)
                    .isEqualTo(403);
        }
    }

    @Test
    void uploadsAreRefusedAndNothingIsWritten() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(server.uploadsFolder()).as("DL4J's uploads folder, removed at start").isNotNull()
                .doesNotExist();
        int size = 3 * 1024 * 1024;
        byte[] upload = multipart(size);
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        for (String path : List.of("/tsne/upload", "/tsne/post/" + RecordedRuns.RUN_ID, "/remoteReceive",
                "/train/overview")) {
            RawHttp.Answer a = http.send("POST", path, Map.of("Content-Type", type), upload);
            assertThat(a.status()).as(path).isEqualTo(405);
            assertThat(a.headers()).containsEntry("allow", "GET, HEAD");
        }
        assertThat(http.send("GET", "/train/overview", Map.of("Content-Type", type), upload).status())
                .as("a GET with a body").isEqualTo(400);
        assertThat(server.uploadsFolder()).doesNotExist();
        assertThat(filesHolding(tmp, upload, size)).as("uploaded bytes in " + tmp).isEmpty();
    }

    @Test
    void pathsThatClimbOutOfTheAssetsAreRefused() throws Exception {
        for (String path : List.of("/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/assets/webjars/..%2f..%2f..%2f..%2fetc%2fpasswd", "/assets/..\\..\\..\\etc\\passwd",
                "/assets/webjars/%2E%2E%5C%2E%2E%5Cpom.xml", "/assets/js/train%00.js", "/assets//etc/passwd",
                "/assets/%252e%252e/%252e%252e/etc/passwd")) {
            RawHttp.Answer a = http.get(path);
            assertThat(a.status()).as(path).isIn(400, 404);
            assertThat(a.body()).as(path).doesNotContain("root:");
        }
    }

    @Test
    void aMissingAssetOrPageIsNotFound() throws Exception {
        for (String path : List.of("/assets/js/nothing-here.js", "/assets/webjars/flot/0.8.3/nothing.js",
                "/assets/css", "/assets/", "/assets/webjars/flot/0.8.3", "/assets/webjars/popper.js", "/tsne", "/samediff", "/activations", "/train/someone/overview",
                "/favicon.ico")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void methodsOtherThanGetAndHeadAreNotAllowed() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW")) {
            RawHttp.Answer a = http.send(method, "/train/overview", Map.of(), new byte[0]);
            assertThat(a.status()).as(method).isEqualTo(405);
        }
        RawHttp.Answer head = http.send("HEAD", "/train/overview", Map.of(), new byte[0]);
        assertThat(head.status()).as("HEAD passes the gate; DL4J routes GET only").isEqualTo(405);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theTempFolderHoldsNoUploadsFolderAfterTheServerStops() {
        Path folder = server.uploadsFolder();
        server.close();
        server = null;
        assertThat(folder).isNotNull().doesNotExist();
    }

    private static final String BOUNDARY = "quatrain-test-boundary";

    /** A multipart form with one file of {@code size} bytes of a pattern found nowhere else. */
    private static byte[] multipart(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] marker = "QUATRAIN-UPLOAD-PROBE-".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i += marker.length) {
            out.write(marker, 0, Math.min(marker.length, size - i));
        }
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * Files directly or one level under {@code tmp} (shared with other processes: entries may vanish while looked
     * at) of exactly the upload's size, holding its bytes: where Vert.x's body handler would have streamed it.
     */
    private static List<Path> filesHolding(Path tmp, byte[] upload, int size) {
        byte[] middle = Arrays.copyOfRange(upload, upload.length / 2, upload.length / 2 + 64);
        List<Path> found = new ArrayList<>();
        for (Path p : entries(tmp)) {
            for (Path f : Files.isDirectory(p) ? entries(p) : List.of(p)) {
                if (sizeOf(f) == size && contains(f, middle)) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean contains(Path file, byte[] part) {
        try {
            String all = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return all.contains(new String(part, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }
}
