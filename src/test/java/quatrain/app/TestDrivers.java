package quatrain.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import quatrain.app.spark.SparkLauncher;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.SparkSpec;
import quatrain.testing.JavaProcess;

/**
 * Spark launchers for tests: a real driver process, started by the app's own code, from a JVM like the test's
 * ({@link JavaProcess#commandLine()}: its class path, its own folders under {@code home}). {@link #localTrain} is the
 * quick stand-in: it runs {@code quatrain train} with the same arguments but {@code --master} and the averaging
 * settings, and prints the same JSON events and stops on TERM the same way, seconds sooner. {@link #sparkTrain} keeps {@code spark-train --master …} as
 * the app wrote it, with Spark's Java 17 options taken from this JVM's (the build gives them to the tests). Each
 * records the arguments and Spark properties the app asked for.
 */
public final class TestDrivers implements SparkLauncher {
    private final Path home;
    private final boolean spark;
    private final List<List<String>> arguments = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> properties = new CopyOnWriteArrayList<>();
    private volatile String unavailable;

    private TestDrivers(Path home, boolean spark) {
        this.home = home;
        this.spark = spark;
    }

    /** Runs {@code quatrain train … --json} where the app asks for {@code spark-train --master URL … --json}. */
    public static TestDrivers localTrain(Path home) {
        return new TestDrivers(home, false);
    }

    /** Runs what the app asks for, {@code quatrain spark-train --master URL … --json}, with Spark on the class path. */
    public static TestDrivers sparkTrain(Path home) {
        return new TestDrivers(home, true);
    }

    /** From now on Spark is unavailable, for {@code reason}. */
    public TestDrivers unavailable(String reason) {
        unavailable = reason;
        return this;
    }

    /** The arguments of each driver asked for, in order. */
    public List<List<String>> arguments() {
        return List.copyOf(arguments);
    }

    /** The Spark properties of each driver asked for, in order. */
    public List<Map<String, String>> properties() {
        return List.copyOf(properties);
    }

    @Override
    public List<String> command(List<String> args, Map<String, String> sparkProperties) {
        arguments.add(List.copyOf(args));
        properties.add(Map.copyOf(sparkProperties));
        List<String> mainArgs = spark ? args : asLocalTrain(args);
        JavaProcess.Builder driver = JavaProcess.main(home.resolve("driver-" + arguments.size()),
                mainArgs.toArray(String[]::new)).jvmOption("--add-modules=jdk.incubator.vector");
        sparkProperties.forEach((k, v) -> driver.jvmOption("-D" + k + "=" + v));
        if (spark) {
            sparkJvmOptions().forEach(driver::jvmOption);
        }
        return driver.commandLine();
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** {@code spark-train --master URL rest} → {@code train rest}, without the averaging settings. */
    static List<String> asLocalTrain(List<String> args) {
        List<String> averaging = Overrides.keys(SparkSpec.defaults());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--master")) {
                i++;
            } else if (a.equals("--set") && averaging.contains(args.get(i + 1).split("=", 2)[0])) {
                i++;
            } else {
                out.add(i == 0 && a.equals("spark-train") ? "train" : a);
            }
        }
        return out;
    }

    /** The {@code --add-opens} (and companions) the build gives this JVM for Spark on Java 17. */
    private static List<String> sparkJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Djdk.reflect.useDirectMethodHandle"))
                .toList();
    }
}
