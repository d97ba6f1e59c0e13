package quatrain.app.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the app starts a Spark driver: the command line that runs {@code quatrain.Main} with the given arguments in
 * a new JVM with Spark on its class path, and, where that cannot be done, why. The app's is made in
 * {@code QuatrainApp}; tests give one that runs a local {@code train --json} instead, which prints the same events
 * and stops the same way.
 */
public interface SparkLauncher {
    /**
     * The command line of a driver.
     *
     * @param arguments       for {@code quatrain.Main}: {@code spark-train --master URL ...}
     * @param sparkProperties {@code spark.*} settings for the driver's {@code SparkConf} (the executors' size), given
     *                        to the JVM as system properties: that is how {@code spark-submit} hands its
     *                        {@code --conf} to a driver in client mode, and {@code new SparkConf()} reads them
     */
    List<String> command(List<String> arguments, Map<String, String> sparkProperties);

    /**
     * Why no driver can be started from here, in words for the person (no job bundle, no Spark); empty when one can.
     * May look at files: call it in the background.
     */
    Optional<String> unavailable();

    /** Variables a driver's environment needs besides this process's (none unless the launcher says). */
    default Map<String, String> environment() {
        return Map.of();
    }

    /** A launcher that starts nothing, for {@code reason}. */
    static SparkLauncher none(String reason) {
        return new SparkLauncher() {
            @Override
            public List<String> command(List<String> arguments, Map<String, String> sparkProperties) {
                throw new IllegalStateException(reason);
            }

            @Override
            public Optional<String> unavailable() {
                return Optional.of(reason);
            }
        };
    }

    /**
     * A launcher from a function that gives the {@code java} command line for arguments: the Spark properties go in
     * as {@code -D} options right after the executable.
     */
    static SparkLauncher javaCommand(Function<List<String>, List<String>> command,
            Supplier<Optional<String>> unavailable) {
        return javaCommand(command, unavailable, Map::of);
    }

    /** {@link #javaCommand(Function, Supplier)} whose drivers also get {@code environment}'s variables. */
    static SparkLauncher javaCommand(Function<List<String>, List<String>> command,
            Supplier<Optional<String>> unavailable, Supplier<Map<String, String>> environment) {
        return new SparkLauncher() {
            @Override
            public List<String> command(List<String> arguments, Map<String, String> sparkProperties) {
                List<String> line = new ArrayList<>(command.apply(arguments));
                List<String> options = new ArrayList<>();
                sparkProperties.forEach((k, v) -> options.add("-D" + k + "=" + v));
                line.addAll(1, options);
                return List.copyOf(line);
            }

            @Override
            public Optional<String> unavailable() {
                return unavailable.get();
            }

            @Override
            public Map<String, String> environment() {
                return environment.get();
            }
        };
    }

    /**
     * A driver in a JVM like this one: its {@code java}, its class path and the Vector API module when it has it.
     * Spark is there only when this JVM has it (a build whose class path carries Spark's jars); a source build's
     * {@code java -jar target/quatrain-studio.jar} does not, and says so. The app itself uses
     * {@code quatrain.launch.SparkLaunch}, which also finds Spark in SPARK_HOME or the build's {@code target/spark/jars};
     * this one is for tests.
     */
    static SparkLauncher thisJvm() {
        return javaCommand(arguments -> {
            List<String> line = new ArrayList<>();
            line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
                line.add("--add-modules=jdk.incubator.vector");
            }
            line.add("-cp");
            line.add(System.getProperty("java.class.path"));
            line.add("quatrain.Main");
            line.addAll(arguments);
            return line;
        }, () -> sparkOnClassPath() ? Optional.empty() : Optional.of("This copy of Quatrain Studio cannot start a Spark"
                + " driver: Spark's jars are not on its class path. 'quatrain spark-train' through spark-submit"
                + " trains on a cluster without the app."));
    }

    private static boolean sparkOnClassPath() {
        try {
            // By name, without loading it: the app never links against Spark (LayeringTest).
            Class.forName("org.apache.spark.SparkContext", false, SparkLauncher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
