package quatrain.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real headless Chromium, driven by chromedriver through the W3C WebDriver HTTP protocol (new session, navigate,
 * execute script, delete session): enough to check what a page draws, without a Selenium dependency. CI installs
 * the Debian packages {@code chromium} and {@code chromium-driver} (.ci/run); without them the test fails and
 * says so, unless {@code -Dquatrain.skipBrowserTests=true} asks to skip browser tests.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Process driver;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String session;

    private HeadlessChromium(Process driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * Starts chromedriver on a free port and opens a browser session whose profile lives in {@code profileDir}.
     * Skips only when {@code quatrain.skipBrowserTests} is true; fails when Chromium or chromedriver is missing.
     */
    public static HeadlessChromium start(Path profileDir) throws IOException, InterruptedException {
        requireInstalled();
        int port = freePort();
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HeadlessChromium chromium = new HeadlessChromium(driver, "http://127.0.0.1:" + port);
        try {
            chromium.awaitReady();
            chromium.newSession(profileDir);
            return chromium;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            chromium.close();
            throw e;
        }
    }

    /** Call first in a browser test: skips it on request, fails it when Chromium or chromedriver is missing. */
    public static void requireInstalled() {
        Assumptions.assumeFalse(Boolean.getBoolean("quatrain.skipBrowserTests"),
                "browser tests skipped (-Dquatrain.skipBrowserTests=true)");
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing: install Chromium and its WebDriver with 'apt-get install -y"
                        + " --no-install-recommends chromium chromium-driver' (.ci/run does), or run with"
                        + " -Dquatrain.skipBrowserTests=true");
            }
        }
    }

    public void navigate(String url) throws IOException, InterruptedException {
        command("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    /** Runs {@code script} as a function body in the page and returns what it returns. */
    public JsonNode execute(String script, Object... args) throws IOException, InterruptedException {
        return command("POST", "/session/" + session + "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** Ends the session (the browser quits) and stops chromedriver and anything it started. */
    @Override
    public void close() {
        if (session != null) {
            try {
                command("DELETE", "/session/" + session, null);
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the processes are killed below in any case
            }
            session = null;
        }
        driver.descendants().forEach(ProcessHandle::destroyForcibly);
        driver.destroyForcibly();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                fail("chromedriver exited at start with code " + driver.exitValue());
            }
            try {
                JsonNode status = command("GET", "/status", null);
                if (status.path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("chromedriver did not become ready within 20 s");
    }

    private void newSession(Path profileDir) throws IOException, InterruptedException {
        Map<String, Object> chrome = Map.of("binary", CHROMIUM.toString(), "args", List.of("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profileDir.toAbsolutePath()));
        Map<String, Object> capabilities = Map.of("alwaysMatch", Map.of("browserName", "chrome",
                "goog:chromeOptions", chrome));
        JsonNode value = command("POST", "/session", Map.of("capabilities", capabilities));
        session = value.path("sessionId").asText(null);
        if (session == null) {
            fail("chromedriver gave no session: " + value);
        }
    }

    /** Sends one WebDriver command; returns its {@code value}, or fails with the driver's error. */
    private JsonNode command(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(COMMAND_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8").method(method, publisher).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(response.body()).path("value");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " failed (HTTP "
                    + response.statusCode() + "): " + value.path("error").asText() + ": "
                    + value.path("message").asText());
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
