package quatrain.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.HostileModels.Hostile;
import quatrain.testing.HostileModels;
import quatrain.testing.JavaProcess;
import quatrain.testing.SerialCanary;

/**
 * The test: every hostile file, given to {@code quatrain generate} and {@code quatrain info} in a JVM with a
 * 256 MB heap, as a user would give it. Each run exits 1 within 5 seconds with exactly one line on standard error,
 * and the JVM's class-loading log shows that no class the file names was loaded (the canary's static initializer,
 * which would also leave a file, never ran). A Markov chain that inflates past the heap ends the same way, its
 * out-of-memory error reported as one line.
 */
class HostileModelProcessTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final List<String> PAYLOAD_CLASSES = List.of("quatrain.testing.SerialCanary",
            HostileModels.JDK_CLASS);

    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsRefusedByTheCommandLineWithinFiveSecondsInA256MbHeap() throws Exception {
        Map<String, Hostile> hostile = HostileModels.all(dir.resolve("files"));
        Path cache = dir.resolve("cache");
        // Not timed: the first start unpacks the native libraries into the cache every later start shares.
        try (JavaProcess warm = start(cache, dir.resolve("warm"), "info", HostileModels.base(dir.resolve("files")))) {
            assertThat(warm.waitFor(Duration.ofSeconds(60))).hasValue(0);
        }
        Map<String, Path> runs = new LinkedHashMap<>();
        hostile.forEach((name, h) -> runs.put("generate " + name, h.file()));
        runs.put("generate markov-bomb", HostileModels.markovBomb(dir.resolve("files")));
        for (String name : HostileModelTest.SEEN_BY_INFO) {
            runs.put("info " + name, hostile.get(name).file());
        }
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Path> run : runs.entrySet()) {
            String command = run.getKey().substring(0, run.getKey().indexOf(' '));
            Path home = dir.resolve("run-" + i++);
            String failure = refusal(cache, home, command, run.getValue());
            if (failure != null) {
                failures.add(run.getKey() + ": " + failure);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Null when the run was refused as it should be; otherwise what went wrong. */
    private static String refusal(Path cache, Path home, String command, Path file) throws Exception {
        try (JavaProcess p = start(cache, home, command, file)) {
            OptionalInt exit = p.waitFor(LIMIT);
            if (exit.isEmpty()) {
                return "still running after " + LIMIT.toSeconds() + " s";
            }
            List<String> err = p.stderr().lines().toList();
            if (exit.getAsInt() != 1 || err.size() != 1 || !err.get(0).startsWith("error: \"" + file.getFileName())) {
                return "exit " + exit.getAsInt() + ", standard error " + err;
            }
            String loaded = Files.readString(home.resolve("classes.log"));
            for (String payload : PAYLOAD_CLASSES) {
                if (loaded.contains(" " + payload + " ")) {
                    return payload + " was loaded";
                }
            }
            if (Files.exists(home.resolve("canary-trace")) || !p.stdout().isEmpty()) {
                return "the canary ran, or something was printed: " + p.stdout();
            }
            return null;
        }
    }

    private static JavaProcess start(Path cache, Path home, String command, Path file) throws IOException {
        Files.createDirectories(home);
        List<String> args = command.equals("info") ? List.of("info", file.toString())
                : List.of("generate", "--model", file.toString(), "-n", "1");
        return JavaProcess.main(home, args.toArray(String[]::new))
                .jvmOption("-Xmx256m")
                .jvmOption("-Xlog:class+load:file=" + home.resolve("classes.log"))
                .jvmOption("-D" + SerialCanary.TRACE_FILE_PROPERTY + "=" + home.resolve("canary-trace"))
                .env("XDG_CACHE_HOME", cache.toString())
                .start();
    }
}
