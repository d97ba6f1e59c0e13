package quatrain.engine.spark;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code docs/spark/standalone-cluster.sh} runs: {@code start N} starts a {@link LocalCluster} whose processes
 * outlive this JVM (their own session, through {@code setsid}, so a terminal's Ctrl+C or hang-up does not reach
 * them), writes their PIDs to {@code <home>/run/} and prints the master's URL; {@code stop} stops them by those
 * PIDs; {@code status} says whether they run. A PID is only acted on while its process is still the Spark daemon
 * of this home: a PID file outliving its process (a reboot) may name someone else's process by then.
 *
 * <pre>
 * LocalClusterMain start N [--cores C] [--memory 1g] [--port P] [--webui-port P] --home DIR --jars DIR...
 * LocalClusterMain stop|status --home DIR
 * </pre>
 * Exit codes: 0 done (status: running), 1 failed (status: not running), 2 wrong usage.
 */
public final class LocalClusterMain {
    private final PrintStream out;
    private final PrintStream err;

    LocalClusterMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(new LocalClusterMain(System.out, System.err).run(args));
    }

    int run(String[] args) throws InterruptedException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: start N [--cores C] [--memory 1g] [--port P] [--webui-port P] --home DIR --jars DIR..."
                    + " | stop --home DIR | status --home DIR");
            return 2;
        }
        try {
            return switch (o.command()) {
                case "start" -> start(o);
                case "stop" -> stop(o.home());
                default -> status(o.home());
            };
        } catch (SparkSetupException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int start(Options o) throws InterruptedException {
        Path run = o.home().resolve("run");
        if (!running(o.home()).isEmpty()) {
            err.println("a cluster is running from " + o.home() + " already (" + read(run.resolve("master-url"))
                    + "); stop it first");
            return 1;
        }
        clear(o.home());
        LocalCluster.Settings settings = new LocalCluster.Settings(o.home(), o.jars(), o.workers(), o.cores(),
                o.memory(), o.port(), o.webUiPort(), Duration.ofSeconds(120));
        LocalCluster.Running cluster = LocalCluster.start(settings, LocalClusterMain::detached);
        try {
            Files.createDirectories(run);
            Files.writeString(run.resolve("master.pid"), cluster.master().pid() + "\n");
            for (int i = 0; i < cluster.workers().size(); i++) {
                Files.writeString(run.resolve("worker-" + (i + 1) + ".pid"), cluster.workers().get(i).pid() + "\n");
            }
            Files.writeString(run.resolve("master-url"), cluster.masterUrl() + "\n");
        } catch (IOException e) {
            LocalCluster.stop(cluster.processes(), Duration.ofSeconds(10));
            throw new SparkSetupException("cannot write the PID files in " + run + ": " + e.getMessage(), e);
        }
        out.println(cluster.masterUrl());
        err.println("Spark master " + cluster.masterUrl() + " (web UI " + cluster.webUi() + "), " + o.workers()
                + " worker(s) x " + o.cores() + " core(s), " + o.memory() + " each; logs in "
                + o.home().resolve("logs") + ", executors' in " + o.home().resolve("work"));
        return 0;
    }

    private int stop(Path home) {
        List<ProcessHandle> processes = running(home);
        LocalCluster.stop(processes, Duration.ofSeconds(15));
        try (Stream<Path> files = Files.exists(home.resolve("run")) ? Files.list(home.resolve("run")) : Stream.empty()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        } catch (IOException e) {
            err.println("stopped, but cannot remove the PID files in " + home.resolve("run") + ": " + e.getMessage());
            return 1;
        }
        err.println(processes.isEmpty() ? "no Spark cluster was running from " + home
                : "stopped " + processes.size() + " Spark processes (PIDs " + pids(processes) + ")");
        return 0;
    }

    private int status(Path home) {
        List<ProcessHandle> processes = running(home);
        if (processes.isEmpty()) {
            out.println("not running");
            return 1;
        }
        out.println(read(home.resolve("run").resolve("master-url")) + " (PIDs " + pids(processes) + ")");
        return 0;
    }

    /** The processes of the PID files that are still this home's Spark daemons: workers first, then the master. */
    static List<ProcessHandle> running(Path home) {
        Path run = home.resolve("run");
        List<ProcessHandle> found = new ArrayList<>();
        if (!Files.isDirectory(run)) {
            return found;
        }
        try (Stream<Path> files = Files.list(run)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString().startsWith("master")))
                    .forEach(f -> pid(f).flatMap(ProcessHandle::of).filter(p -> ours(p, home)).ifPresent(found::add));
        } catch (IOException e) {
            throw new SparkSetupException("cannot read the PID files in " + run + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** A live JVM running Spark's Master or Worker from this home (its class path names the home). */
    static boolean ours(ProcessHandle p, Path home) {
        String line = p.info().commandLine().orElse("");
        return p.isAlive() && line.contains(home.toAbsolutePath().toString())
                && (line.contains(LocalCluster.MASTER_CLASS) || line.contains(LocalCluster.WORKER_CLASS));
    }

    /** Starts a JVM in a session of its own, with its output appended to its log and no input. */
    static ProcessHandle detached(JvmLaunch launch) throws IOException {
        List<String> command = new ArrayList<>();
        setsid().ifPresent(s -> command.add(s.toString())); // execs the JVM in place: the PID stays the JVM's
        command.addAll(launch.command());
        ProcessBuilder builder = new ProcessBuilder(command).directory(launch.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.log().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeAll(launch.unset());
        builder.environment().putAll(launch.environment());
        return builder.start().toHandle();
    }

    private static Optional<Path> setsid() {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(d -> Path.of(d, "setsid")).filter(Files::isExecutable).findFirst();
    }

    /** A new start begins with empty logs, executor folders and scratch space. */
    private static void clear(Path home) {
        for (String dir : List.of("logs", "work", "local", "run")) {
            Path d = home.resolve(dir);
            if (!Files.exists(d)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(d)) {
                for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new SparkSetupException("cannot clear " + d + ": " + e.getMessage(), e);
            }
        }
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "master URL unknown";
        }
    }

    private static String pids(List<ProcessHandle> processes) {
        return String.join(" ", processes.stream().map(p -> Long.toString(p.pid())).toList());
    }

    /** The command line, checked. */
    record Options(String command, int workers, int cores, String memory, int port, int webUiPort, Path home,
            List<Path> jars) {
        static Options parse(String[] args) {
            if (args.length == 0 || !List.of("start", "stop", "status").contains(args[0])) {
                throw new IllegalArgumentException("give a command: start, stop or status");
            }
            String command = args[0];
            int i = 1;
            int workers = 0;
            if (command.equals("start")) {
                if (args.length < 2 || !args[1].matches("[1-9][0-9]?")) {
                    throw new IllegalArgumentException("start needs the number of workers (1-99)");
                }
                workers = Integer.parseInt(args[1]);
                i = 2;
            }
            int cores = 1;
            int port = 0;
            int webUiPort = 0;
            String memory = "1g";
            Path home = null;
            List<Path> jars = new ArrayList<>();
            for (; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--cores" -> cores = number(name, value, 1);
                    case "--port" -> port = number(name, value, 0);
                    case "--webui-port" -> webUiPort = number(name, value, 0);
                    case "--memory" -> memory = memory(value);
                    case "--home" -> home = Path.of(value).toAbsolutePath();
                    case "--jars" -> jars.add(Path.of(value).toAbsolutePath());
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--home DIR is missing");
            }
            if (command.equals("start") && jars.isEmpty()) {
                throw new IllegalArgumentException("--jars DIR is missing");
            }
            return new Options(command, workers, cores, memory, port, webUiPort, home, List.copyOf(jars));
        }

        private static int number(String name, String value, int min) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= 65535) {
                    return n;
                }
            } catch (NumberFormatException e) { // said below
            }
            throw new IllegalArgumentException(name + " must be a number from " + min + ", not " + value);
        }

        private static String memory(String value) {
            if (!value.matches("[1-9][0-9]*[mMgG]")) {
                throw new IllegalArgumentException("--memory must be like 512m or 2g, not " + value);
            }
            return value;
        }
    }
}
