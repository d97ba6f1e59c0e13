package quatrain.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import quatrain.core.QuatrainException;
import quatrain.engine.bench.BenchResult;
import quatrain.launch.JvmTuning;
import quatrain.launch.LaunchArgs;

/**
 * Time from launch to the desktop app's first frame: starts the app in a new JVM (same Java, same class path) with
 * {@link LaunchArgs#FIRST_FRAME_PROBE} set, and times it from the process start to the line the app prints once its
 * window is laid out. The first launch warms the disk cache and is not counted.
 */
final class FirstFrameBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private FirstFrameBenchmark() {
    }

    static BenchResult run(int launches) {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac")) {
            throw new QuatrainException("--case first-frame opens the app's window and needs a display: set DISPLAY "
                    + "(e.g. run under Xvfb: Xvfb :99 & DISPLAY=:99 quatrain bench --case first-frame)");
        }
        List<Long> wall = new ArrayList<>();
        List<Long> uptime = new ArrayList<>();
        for (int i = 0; i <= launches; i++) {
            long[] one = launchOnce();
            if (i > 0) {
                wall.add(one[0]);
                uptime.add(one[1]);
            }
        }
        return new BenchResult().put("case", "first-frame").put("launches", launches)
                .put("first_frame_ms", median(wall)).put("first_frame_ms_all", wall)
                .put("jvm_uptime_at_first_frame_ms", median(uptime));
    }

    /** One launch: {wall milliseconds from process start to the probe's line, the JVM's own uptime then}. */
    private static long[] launchOnce() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(command(java, System.getProperty("java.class.path")))
                .redirectErrorStream(true);
        // Started as a user starts it: through the JvmTuning restart this benchmark's own process went through.
        builder.environment().remove(JvmTuning.APPLIED);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new QuatrainException("Cannot start the app: " + e.getMessage(), e);
        }
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Optional<Long> uptime = Optional.empty();
            List<String> tail = new ArrayList<>();
            long wall = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(LaunchArgs.FIRST_FRAME_LINE) && uptime.isEmpty()) {
                    wall = (System.nanoTime() - start) / 1_000_000;
                    uptime = Optional.of(Long.parseLong(line.substring(LaunchArgs.FIRST_FRAME_LINE.length()).trim()));
                    break;
                } else if (tail.size() < 20) {
                    tail.add(line);
                }
            }
            if (uptime.isEmpty()) {
                process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                throw new QuatrainException("The app exited (code " + process.exitValue()
                        + ") without showing its window:\n" + String.join("\n", tail));
            }
            // Let it quit as a user would (Platform.exit), so that its settings are not left half-written.
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new long[] {wall, uptime.get()};
        } catch (IOException e) {
            throw new QuatrainException("Cannot read the app's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new QuatrainException("Interrupted while waiting for the app", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * The app's start as a user types it: {@code java -jar quatrain-studio.jar} when this benchmark runs from the jar
     * (only then can the restart use the class-data archive beside it), else the same class path.
     */
    static List<String> command(String java, String classPath) {
        String probe = "-D" + LaunchArgs.FIRST_FRAME_PROBE + "=true";
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return List.of(java, probe, "-jar", classPath);
        }
        return List.of(java, probe, "-cp", classPath, LaunchArgs.MAIN_CLASS);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
