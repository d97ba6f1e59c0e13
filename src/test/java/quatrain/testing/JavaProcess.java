package quatrain.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import quatrain.Main;

/**
 * The tests' one way to start a JVM: {@code java [options] -cp <this test run's class path> quatrain.Main args}, as a
 * user starts the jar, with its output in files and its own folders for settings, data, cache and logs (XDG variables
 * under {@code home}); or any other main class with a class path and environment of the test's choosing (Spark's
 * Master and Worker, a Spark driver). {@link #close()} kills it and every process it started, by PID, whatever state
 * the test left it in: use it in try-with-resources.
 */
public final class JavaProcess implements AutoCloseable {
    private final Process process;
    private final Path stdout;
    private final Path stderr;
    /** Every process seen below this one, so that a child re-parented after its parent died is still killed. */
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    private JavaProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** A start of {@code quatrain.Main} with these arguments; {@code home} holds its folders and output files. */
    public static Builder main(Path home, String... args) {
        return new Builder(home, Main.class.getName(), List.of(args), true);
    }

    /**
     * A start of any main class with these arguments, in folder {@code dir} (which gets its output files), with this
     * test run's class path unless {@link Builder#classPath} gives another, and this JVM's environment as it is.
     */
    public static Builder java(Path dir, String mainClass, List<String> args) {
        return new Builder(dir, mainClass, List.copyOf(args), false);
    }

    /** What to start; nothing runs until {@link #start()}. */
    public static final class Builder {
        private final Path home;
        private final String mainClass;
        private final List<String> args;
        private final boolean privateFolders;
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Set<String> removed = new LinkedHashSet<>();
        private boolean defaultSignals;
        private List<String> classPath;
        private Path log;

        private Builder(Path home, String mainClass, List<String> args, boolean privateFolders) {
            this.home = home;
            this.mainClass = mainClass;
            this.args = args;
            this.privateFolders = privateFolders;
        }

        /** Class path entries ({@code dir/*} wildcards allowed) instead of this test run's. */
        public Builder classPath(List<String> entries) {
            classPath = List.copyOf(entries);
            return this;
        }

        /**
         * Standard output and error together into this file (appended); {@link JavaProcess#stdout()} and
         * {@link JavaProcess#stderr()} then both read it.
         */
        public Builder log(Path file) {
            log = file;
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** Drops a variable this test JVM would pass on (the test fork's {@code OMP_WAIT_POLICY}, say). */
        public Builder withoutEnv(String name) {
            removed.add(name);
            return this;
        }

        /**
         * Starts it with HUP, INT and TERM at their defaults, as a terminal's foreground job has them, through
         * {@code env --default-signal} (which then becomes the JVM: same PID). Without it a test run from a
         * script's background job ({@code mvn test &}) hands on INT ignored, and a JVM leaves an ignored signal
         * ignored.
         */
        public Builder defaultSignals() {
            defaultSignals = true;
            return this;
        }

        public JavaProcess start() {
            List<String> command = new ArrayList<>();
            if (defaultSignals) {
                command.addAll(List.of("env", "--default-signal=HUP,INT,TERM"));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(classPath != null ? String.join(File.pathSeparator, classPath)
                    : System.getProperty("java.class.path"));
            command.add(mainClass);
            command.addAll(args);
            try {
                Files.createDirectories(home);
                Path out = log != null ? log : home.resolve("stdout.txt");
                Path err = log != null ? log : home.resolve("stderr.txt");
                ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
                if (log != null) {
                    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                } else {
                    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
                }
                Map<String, String> e = builder.environment();
                e.keySet().removeAll(removed);
                if (privateFolders) {
                    e.put("HOME", home.toString());
                    for (String xdg : new String[] {"CONFIG", "DATA", "CACHE", "STATE"}) {
                        e.put("XDG_" + xdg + "_HOME", home.resolve("xdg-" + xdg.toLowerCase(Locale.ROOT)).toString());
                    }
                }
                e.putAll(env);
                return new JavaProcess(builder.start(), out, err);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot start " + command, ex);
            }
        }

        /**
         * What {@link #start()} would run, as one command line for code under test that starts the process itself
         * (the app's Spark driver): {@code env} sets the same folders and variables, then execs the JVM (same PID,
         * so the JVM's parent is whoever starts the line). Its output goes wherever that code sends it.
         */
        public List<String> commandLine() {
            try {
                Files.createDirectories(home);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            List<String> line = new ArrayList<>(List.of("env"));
            removed.forEach(name -> line.addAll(List.of("-u", name)));
            if (defaultSignals) {
                line.add("--default-signal=HUP,INT,TERM");
            }
            line.add("HOME=" + home);
            for (String xdg : new String[] {"CONFIG", "DATA", "CACHE", "STATE"}) {
                line.add("XDG_" + xdg + "_HOME=" + home.resolve("xdg-" + xdg.toLowerCase(Locale.ROOT)));
            }
            env.forEach((name, value) -> line.add(name + "=" + value));
            line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            line.addAll(jvmOptions);
            line.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            line.addAll(args);
            return line;
        }
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** This process and everything running below it now (also remembered for {@link #close()}). */
    public List<ProcessHandle> tree() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        seen.addAll(all);
        return all;
    }

    /**
     * Sends a signal ({@code TERM}, {@code INT}, {@code HUP}, {@code KILL}...) to these processes, all at once (one
     * {@code kill}), as a terminal sends Ctrl+C to every process of its foreground job.
     */
    public static void signal(String name, ProcessHandle... processes) throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder("kill -s " + name); // the shell's own kill: procps may be absent
        for (ProcessHandle p : processes) {
            line.append(' ').append(p.pid());
        }
        List<String> command = List.of("/bin/sh", "-c", line.toString());
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS)) {
            kill.destroyForcibly();
            throw new IOException("kill did not return: " + command);
        }
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Waits until a line of standard output matches; false if the process ended or time ran out first. */
    public boolean awaitStdoutLine(Predicate<String> line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            tree();
            if (stdout().lines().anyMatch(line)) {
                return true;
            }
            if (!process.isAlive()) {
                return stdout().lines().anyMatch(line);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** The exit code, or empty if it is still running after {@code timeout}. */
    public OptionalInt waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
                : OptionalInt.empty();
    }

    /** Kills this process and every process it started that is still alive, and waits for them to go. */
    @Override
    public void close() {
        tree();
        for (ProcessHandle p : seen) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : seen) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) { // interrupted or timed out: nothing more can be done here
                break;
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
