package quatrain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaProcessTest {
    @TempDir
    Path home;

    @Test
    void runsTheCommandLineAndCapturesItsOutput() throws Exception {
        try (JavaProcess p = JavaProcess.main(home, "presets").start()) {
            assertThat(p.waitFor(Duration.ofSeconds(60))).hasValue(0);
            assertThat(p.stdout()).contains("quatrains-gru");
        }
    }

    @Test
    void startsAnyMainClassWithTheClassPathEnvironmentAndLogItIsGiven() throws Exception {
        Path log = home.resolve("echo.log");
        try (JavaProcess p = JavaProcess.java(home, EchoMain.class.getName(), List.of("a", "b"))
                .classPath(List.of(Path.of("target", "test-classes").toAbsolutePath().toString()))
                .env("ECHO_VAR", "set").withoutEnv("PATH").log(log).start()) {
            assertThat(p.waitFor(Duration.ofSeconds(60))).hasValue(0);
            assertThat(log).content().contains("a b", "ECHO_VAR=set PATH_SET=false");
            assertThat(p.stdout()).isEqualTo(p.stderr());
        }
    }

    @Test
    void closeKillsTheProcessItStarted() throws Exception {
        List<ProcessHandle> tree;
        try (JavaProcess p = JavaProcess.main(home, "ui", "--runs", home.resolve("runs").toString()).start()) {
            assertThat(p.awaitStdoutLine(l -> l.startsWith("http://127.0.0.1:"), Duration.ofSeconds(60)))
                    .as(p.stderr()).isTrue();
            tree = p.tree();
        }
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }
}
