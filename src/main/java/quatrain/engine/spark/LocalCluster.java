package quatrain.engine.spark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import quatrain.core.Json;

/**
 * A Spark standalone cluster on this machine, from the build's own jars: Spark's {@code Master} and N
 * {@code Worker}s, each a JVM of its own bound to 127.0.0.1 (as on a real cluster, executors are further JVMs
 * that the Workers start), over a {@link SparkHome} assembled under the given folder. {@link #start} returns once
 * every worker has registered with the master (its JSON status page says ALIVE) and gives the master's URL; the
 * processes are stopped by PID ({@link #stop}). How a JVM is started is the caller's ({@link Launcher}): detached
 * with PID files for {@code docs/spark/standalone-cluster.sh} ({@link LocalClusterMain}), a child the test
 * harness kills for the tests.
 */
public final class LocalCluster {
    static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
    static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
    static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    static final Pattern MASTER_UI = Pattern.compile("Bound MasterWebUI to \\S+ and started at http://[^:/]+:(\\d+)");
    /** Variables that would put other jars or settings into Spark's launch commands. */
    private static final Set<String> FOREIGN = Set.of("SPARK_DIST_CLASSPATH", "SPARK_CLASSPATH", "SPARK_PREPEND_CLASSES",
            "SPARK_TESTING", "SPARK_CONF_DIR", "SPARK_WORKER_OPTS", "SPARK_MASTER_OPTS", "SPARK_DAEMON_JAVA_OPTS");

    /** Starts one planned JVM and returns its process. */
    @FunctionalInterface
    public interface Launcher {
        ProcessHandle start(JvmLaunch launch) throws IOException;
    }

    /**
     * What to start.
     *
     * @param home          the SPARK_HOME to assemble (logs, work and scratch folders go inside)
     * @param jarFolders    Spark's jars and its SLF4J provider ({@code target/spark/jars}, {@code target/spark/logging})
     * @param workers       how many Worker JVMs
     * @param coresPerWorker cores each worker offers
     * @param workerMemory  memory each worker offers to executors ({@code 1g}); an executor asks 1g by default
     * @param masterPort    the master's port, 0 for a free one
     * @param webUiPort     the master's web UI port, 0 for a free one
     * @param timeout       how long the master, then the workers, may take to come up
     */
    public record Settings(Path home, List<Path> jarFolders, int workers, int coresPerWorker, String workerMemory,
            int masterPort, int webUiPort, Duration timeout) {
        public Settings {
            jarFolders = List.copyOf(jarFolders);
            if (workers < 1 || coresPerWorker < 1) {
                throw new IllegalArgumentException("a cluster needs at least one worker with one core");
            }
        }

        /** {@code workers} × 1 core, 1g each, free ports, 90 s to come up. */
        public static Settings of(Path home, List<Path> jarFolders, int workers) {
            return new Settings(home, jarFolders, workers, 1, "1g", 0, 0, Duration.ofSeconds(90));
        }
    }

    /**
     * A started cluster.
     *
     * @param masterUrl what a driver is given ({@code spark://127.0.0.1:PORT})
     * @param webUi     the master's web UI (and {@code json/} under it)
     */
    public record Running(String masterUrl, URI webUi, ProcessHandle master, List<ProcessHandle> workers) {
        public Running {
            workers = List.copyOf(workers);
        }

        /** Workers first: they go before the master when stopping. */
        public List<ProcessHandle> processes() {
            List<ProcessHandle> all = new ArrayList<>(workers);
            all.add(master);
            return all;
        }
    }

    private LocalCluster() {
    }

    /**
     * Assembles the SPARK_HOME, starts the master, waits for its URL, starts the workers and waits until all of
     * them are ALIVE. Whatever was started is stopped again when this fails.
     *
     * @throws SparkSetupException when the jars are missing or a process does not come up in time
     */
    public static Running start(Settings settings, Launcher launcher) throws InterruptedException {
        SparkBuild build = SparkBuild.current();
        SparkHome home = SparkHome.assemble(settings.home(), settings.jarFolders());
        List<ProcessHandle> started = new ArrayList<>();
        try {
            JvmLaunch masterLaunch = master(home, settings, build);
            ProcessHandle master = launch(launcher, masterLaunch, started);
            String log = await(masterLaunch, master, settings.timeout(), text -> find(MASTER_URL, text).isPresent()
                    && find(MASTER_UI, text).isPresent());
            String url = find(MASTER_URL, log).orElseThrow();
            URI webUi = URI.create("http://127.0.0.1:" + find(MASTER_UI, log).orElseThrow() + "/");
            List<ProcessHandle> workers = new ArrayList<>();
            List<JvmLaunch> workerLaunches = new ArrayList<>();
            for (int i = 1; i <= settings.workers(); i++) {
                JvmLaunch w = worker(home, settings, i, url, build);
                workerLaunches.add(w);
                workers.add(launch(launcher, w, started));
            }
            awaitWorkers(webUi, settings.workers(), workerLaunches, workers, settings.timeout());
            return new Running(url, webUi, master, workers);
        } catch (RuntimeException | InterruptedException e) {
            stop(reversed(started), Duration.ofSeconds(10));
            throw e;
        }
    }

    /**
     * Stops these processes and everything they started (a worker's executors): TERM, then KILL for any still
     * running after {@code grace}. Returns once all are gone (or 5 s after KILL).
     */
    public static void stop(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle p : processes) {
            p.descendants().forEach(all::add); // before their parent goes: orphans are harder to find
            all.add(p);
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : all) {
            awaitExit(p, Math.max(0, deadline - System.nanoTime()));
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            awaitExit(p, Duration.ofSeconds(5).toNanos());
        }
    }

    static JvmLaunch master(SparkHome home, Settings settings, SparkBuild build) {
        return daemon(home, build, "master", MASTER_CLASS, List.of(), List.of("--host", "127.0.0.1", "--port",
                Integer.toString(settings.masterPort()), "--webui-port", Integer.toString(settings.webUiPort())));
    }

    static JvmLaunch worker(SparkHome home, Settings settings, int index, String masterUrl, SparkBuild build) {
        Path work = home.work().resolve("worker-" + index);
        // Each executor gets its own copy of the job jar (190 MB) in its folder: an hour after an application
        // ends, the worker deletes the application's folders (default: never).
        List<String> cleanup = List.of("-Dspark.worker.cleanup.enabled=true", "-Dspark.worker.cleanup.interval=600",
                "-Dspark.worker.cleanup.appDataTtl=3600");
        return daemon(home, build, "worker-" + index, WORKER_CLASS, cleanup, List.of("--host", "127.0.0.1", "--port", "0",
                "--webui-port", "0", "--cores", Integer.toString(settings.coresPerWorker()), "--memory",
                settings.workerMemory(), "--work-dir", work.toString(), masterUrl));
    }

    /**
     * A Spark daemon as Spark's own {@code spark-class} would start it, plus: 127.0.0.1 only (else Spark takes the
     * first network interface's address and opens its web UIs on every interface), the Scala version (the Worker's
     * launcher code needs it to find {@code jars/}), this JVM's Java for the executors, and small JVMs (a master and
     * a worker do little; on a 2-core machine the executors need the CPU).
     */
    private static JvmLaunch daemon(SparkHome home, SparkBuild build, String name, String mainClass,
            List<String> settings, List<String> args) {
        List<String> options = new ArrayList<>(build.java17Flags());
        options.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        options.addAll(settings);
        Map<String, String> env = Map.of(
                "SPARK_HOME", home.dir().toString(),
                "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_SCALA_VERSION", build.scalaBinary(),
                "SPARK_LOCAL_DIRS", home.local().toString(),
                "JAVA_HOME", System.getProperty("java.home"));
        return new JvmLaunch(name, mainClass, home.classPath(), options, args, env, FOREIGN, home.dir(),
                home.logs().resolve(name + ".log"));
    }

    private static ProcessHandle launch(Launcher launcher, JvmLaunch launch, List<ProcessHandle> started) {
        try {
            ProcessHandle p = launcher.start(launch);
            started.add(p);
            return p;
        } catch (IOException e) {
            throw new SparkSetupException("cannot start Spark's " + launch.name() + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the process's log satisfies {@code ready}; returns the log. */
    private static String await(JvmLaunch launch, ProcessHandle process, Duration timeout,
            Predicate<String> ready) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String log = read(launch.log());
            if (ready.test(log)) {
                return log;
            }
            if (!process.isAlive()) {
                throw new SparkSetupException("Spark's " + launch.name() + " ended while starting; see " + launch.log());
            }
            if (System.nanoTime() > deadline) {
                throw new SparkSetupException("Spark's " + launch.name() + " did not start within "
                        + timeout.toSeconds() + " s; see " + launch.log());
            }
            Thread.sleep(100);
        }
    }

    private static void awaitWorkers(URI webUi, int expected, List<JvmLaunch> launches, List<ProcessHandle> workers,
            Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(webUi.resolve("json/")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        int alive = 0;
        while (true) {
            for (int i = 0; i < workers.size(); i++) {
                if (!workers.get(i).isAlive()) {
                    throw new SparkSetupException("Spark's " + launches.get(i).name() + " ended while starting; see "
                            + launches.get(i).log());
                }
            }
            try {
                alive = aliveWorkers(http.send(status, HttpResponse.BodyHandlers.ofString()).body());
                if (alive >= expected) {
                    return;
                }
            } catch (IOException e) { // not answering yet, or a page cut short: ask again
            }
            if (System.nanoTime() > deadline) {
                throw new SparkSetupException(alive + " of " + expected + " Spark workers registered within "
                        + timeout.toSeconds() + " s; see " + launches.get(0).log().getParent());
            }
            Thread.sleep(200);
        }
    }

    /** Workers in state ALIVE on the master's JSON status page. */
    static int aliveWorkers(String json) throws IOException {
        int alive = 0;
        for (JsonNode w : Json.lenient().readTree(json).path("workers")) {
            if ("ALIVE".equals(w.path("state").asText())) {
                alive++;
            }
        }
        return alive;
    }

    static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return ""; // being written: read it again next time
        }
    }

    /** Polls: {@code onExit()} of a process that is not this JVM's child backs off to 5 s between looks. */
    private static void awaitExit(ProcessHandle p, long nanos) {
        long deadline = System.nanoTime() + nanos;
        try {
            while (p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<ProcessHandle> reversed(List<ProcessHandle> started) {
        List<ProcessHandle> r = new ArrayList<>(started);
        Collections.reverse(r);
        return r;
    }
}
