package quatrain.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.JavaProcess;

class ProcessTempTest {
    @TempDir
    Path dir;

    @Test
    void removesTheFoldersOfProcessesThatAreGoneAndKeepsLiveOnes() throws IOException {
        Path dead = Files.createDirectories(dir.resolve("101"));
        Files.writeString(dead.resolve("liblz4-java123.so"), "x");
        Path live = Files.createDirectories(dir.resolve("202"));
        Path notOurs = Files.createDirectories(dir.resolve("keep-me"));
        ProcessTemp.removeLeftovers(dir, pid -> pid == 202);
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void keepsATemporaryFolderGivenOnTheCommandLineOrInJavaOptions() {
        assertThat(ProcessTemp.givenByUser(List.of("-Xmx1g", "-Djava.io.tmpdir=/scratch", "-jar", "q.jar"))).isTrue();
        assertThat(ProcessTemp.givenByUser(List.of("-jar", "q.jar"), null, "-Djava.io.tmpdir=/scratch")).isTrue();
        assertThat(ProcessTemp.givenByUser(List.of("-jar", "q.jar"), null, null)).isFalse();
    }

    @Test
    void aProcessUsesItsOwnFolderInTheCacheAndRemovesItOnExit() throws Exception {
        try (JavaProcess p = JavaProcess.main(dir, "info", dir.resolve("missing.quatrain").toString()).start()) {
            assertThat(p.waitFor(Duration.ofSeconds(60))).hasValue(1);
        }
        Path tmp = dir.resolve("xdg-cache").resolve("quatrain-studio").resolve("tmp");
        try (var left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
