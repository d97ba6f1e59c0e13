package quatrain.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import quatrain.engine.spark.JvmLaunch;
import quatrain.engine.spark.LocalCluster;
import quatrain.engine.spark.SparkBuild;

/**
 * A Spark standalone cluster for a test: {@link LocalCluster} (Spark's Master and Workers from the build's
 * {@code target/spark/}) with every JVM started through {@link JavaProcess}, so that {@link #close()} kills each of
 * them, and the executors below the workers, by PID, whatever the test did. Executor JVMs are children of the
 * workers; {@link #executorsSeen()} remembers every one that was looked at while it lived.
 */
public final class SparkTestCluster implements AutoCloseable {
    private final List<JavaProcess> processes;
    private final List<JavaProcess> workers;
    private final LocalCluster.Running running;
    private final Set<Long> executorsSeen = new LinkedHashSet<>();

    private SparkTestCluster(List<JavaProcess> processes, List<JavaProcess> workers, LocalCluster.Running running) {
        this.processes = processes;
        this.workers = workers;
        this.running = running;
    }

    /** Starts a master and {@code workers} workers of one core each, with their SPARK_HOME in {@code home}. */
    public static SparkTestCluster start(Path home, int workers) throws InterruptedException {
        List<JavaProcess> started = new ArrayList<>();
        List<JavaProcess> workerProcesses = new ArrayList<>();
        try {
            LocalCluster.Running running = LocalCluster.start(LocalCluster.Settings.of(home,
                    List.of(Path.of("target", "spark", "jars"), Path.of("target", "spark", "logging")), workers),
                    launch -> {
                        JavaProcess p = start(launch);
                        started.add(p);
                        if (launch.name().startsWith("worker")) {
                            workerProcesses.add(p);
                        }
                        return p.handle();
                    });
            return new SparkTestCluster(started, workerProcesses, running);
        } catch (RuntimeException | InterruptedException e) {
            started.forEach(JavaProcess::close);
            throw e;
        }
    }

    private static JavaProcess start(JvmLaunch launch) throws IOException {
        JavaProcess.Builder b = JavaProcess.java(launch.directory(), launch.mainClass(), launch.arguments())
                .classPath(launch.classPath()).jvmOptions(launch.jvmOptions()).log(launch.log());
        launch.unset().forEach(b::withoutEnv);
        launch.environment().forEach(b::env);
        return b.start();
    }

    /** {@code spark://127.0.0.1:PORT}. */
    public String masterUrl() {
        return running.masterUrl();
    }

    /** PIDs of the master and workers. */
    public Set<Long> daemonPids() {
        return running.processes().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** The executor JVMs running now (the workers' children), also remembered in {@link #executorsSeen()}. */
    public List<ProcessHandle> executors() {
        List<ProcessHandle> executors = new ArrayList<>();
        for (JavaProcess w : workers) {
            w.tree().stream().filter(p -> p.pid() != w.pid()).forEach(executors::add);
        }
        executors.forEach(p -> executorsSeen.add(p.pid()));
        return executors;
    }

    /** Every executor PID {@link #executors()} has seen. */
    public Set<Long> executorsSeen() {
        return Set.copyOf(executorsSeen);
    }

    /**
     * A driver for this cluster: {@code mainClass} on this test run's class path, with the JVM flags a Spark driver
     * needs on Java 17, its output in {@code dir}.
     */
    public JavaProcess.Builder driver(Path dir, String mainClass, List<String> args) {
        return JavaProcess.java(dir, mainClass, args).jvmOptions(SparkBuild.current().java17Flags())
                .jvmOption("-Xmx1g");
    }

    /** Waits for a driver to end, looking at the executors every 100 ms meanwhile; empty after {@code timeout}. */
    public OptionalInt await(JavaProcess driver, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            executors();
            OptionalInt exit = driver.waitFor(Duration.ofMillis(100));
            if (exit.isPresent()) {
                return exit;
            }
        }
        return OptionalInt.empty();
    }

    /** Kills every process of the cluster and everything below it, by PID. */
    @Override
    public void close() {
        workers.forEach(JavaProcess::tree);
        processes.forEach(JavaProcess::close);
    }
}
