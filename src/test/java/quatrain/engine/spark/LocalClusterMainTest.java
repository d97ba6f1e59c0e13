package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script's side: start (detached, PID files), status, stop, and what it refuses. */
class LocalClusterMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws InterruptedException {
        out.reset();
        err.reset();
        return new LocalClusterMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void startPrintsTheMasterUrlAndStopLeavesNoProcess() throws Exception {
        Path home = dir.resolve("cluster");
        List<ProcessHandle> started = new ArrayList<>();
        try {
            assertThat(run("start", "1", "--home", home.toString(), "--jars", "target/spark/jars", "--jars",
                    "target/spark/logging")).as(err.toString()).isEqualTo(0);
            assertThat(out.toString().trim()).matches("spark://127\\.0\\.0\\.1:[0-9]+");
            started.addAll(LocalClusterMain.running(home));
            assertThat(started).hasSize(2).allMatch(ProcessHandle::isAlive);

            assertThat(run("status", "--home", home.toString())).isEqualTo(0);
            assertThat(run("start", "1", "--home", home.toString(), "--jars", "target/spark/jars")).isEqualTo(1);
            assertThat(err.toString()).contains("running", "stop it first");

            assertThat(run("stop", "--home", home.toString())).isEqualTo(0);
            assertThat(err.toString()).contains("stopped 2 Spark processes");
            assertThat(started).noneMatch(ProcessHandle::isAlive);
            assertThat(run("status", "--home", home.toString())).isEqualTo(1);
            assertThat(out.toString()).contains("not running");
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void ignoresAPidFileThatNamesAnotherProcess() throws Exception {
        Path run = Files.createDirectories(dir.resolve("cluster").resolve("run"));
        Files.writeString(run.resolve("master.pid"), Long.toString(ProcessHandle.current().pid()));

        assertThat(LocalClusterMain.running(dir.resolve("cluster"))).isEmpty();
        assertThat(run("stop", "--home", dir.resolve("cluster").toString())).isEqualTo(0);
        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(err.toString()).contains("no Spark cluster was running");
    }

    @Test
    void refusesWrongUsage() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run("start", "--home", "x", "--jars", "y")).isEqualTo(2);
        assertThat(err.toString()).contains("number of workers");
        assertThat(run("start", "2", "--home", "x", "--jars", "y", "--memory", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--memory");
        assertThat(run("stop")).isEqualTo(2);
        assertThat(err.toString()).contains("--home");
    }
}
