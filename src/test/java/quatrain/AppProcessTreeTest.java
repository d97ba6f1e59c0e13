package quatrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.launch.JvmTuning;
import quatrain.testing.JavaProcess;
import quatrain.testing.XvfbDisplay;

/**
 * The desktop app started as a user starts it (no arguments: it relaunches itself into a second JVM, which opens
 * the window) on a private X display, and stopped through the PID that was started, as a desktop or
 * installer/test-deb.sh does: every JVM of the tree is gone within 5 s, with 143 for TERM and 130 for INT.
 */
class AppProcessTreeTest {
    private static final String TITLE = "Quatrain Studio";
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static XvfbDisplay display;

    @TempDir
    Path home;

    @BeforeAll
    static void startDisplay() throws Exception {
        display = XvfbDisplay.start();
    }

    @AfterAll
    static void stopDisplay() {
        if (display != null) {
            display.close();
        }
    }

    @Test
    void termToTheStartedProcessClosesTheAppWith143() throws Exception {
        stops("TERM", 143);
    }

    @Test
    void intToTheStartedProcessClosesTheAppWith130() throws Exception {
        stops("INT", 130);
    }

    @Test
    void killOfTheStartedProcessClosesTheRelaunchedApp() throws Exception {
        stops("KILL", 137);
    }

    private void stops(String signal, int status) throws Exception {
        try (JavaProcess app = JavaProcess.main(home).jvmOption("-Dprism.order=sw")
                .withoutEnv(JvmTuning.APPLIED).withoutEnv(JvmTuning.WAIT_POLICY).defaultSignals()
                .env("DISPLAY", display.display()).env("GSETTINGS_BACKEND", "memory").start()) {
            assertThat(display.awaitWindow(TITLE, app.handle(), Duration.ofSeconds(120))).as("a window; stderr: %s", app.stderr())
                    .isTrue();
            List<ProcessHandle> tree = app.tree();
            assertThat(tree).as("the started JVM relaunched itself").hasSizeGreaterThanOrEqualTo(2);

            long sent = System.nanoTime();
            JavaProcess.signal(signal, app.handle());
            assertThat(app.waitFor(LIMIT)).as("the started process's status; stderr: %s", app.stderr()).hasValue(status);
            long deadline = sent + LIMIT.toNanos();
            while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(tree).as("JVMs left %s after %s; stderr: %s", signal, LIMIT, app.stderr())
                    .noneMatch(ProcessHandle::isAlive);
            assertThat(display.windows(TITLE)).as("windows left").isEmpty();
        }
    }
}
