package quatrain.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import quatrain.core.QuatrainException;
import quatrain.engine.spark.SparkBuild;

/**
 * Starts {@code quatrain spark-train} where Spark is: Spark's own jars are not in the app's class path (they are
 * "provided": a cluster brings its own, and the installers stay small), so a plain {@code java -jar
 * quatrain-studio.jar spark-train ...} runs the command in a second JVM that has them. That JVM is this one's
 * {@code java} with this class path plus Spark's jars ({@code $SPARK_HOME/jars} when SPARK_HOME is set, else
 * {@code spark/jars} beside the app's jar, where {@code mvn package} puts them: {@code target/spark/jars}), the
 * {@code --add-opens} Spark needs on Java 17 ({@link #java17Flags()}), the Vector API's module and ND4J's passive
 * OpenMP threads; it is started through {@link JvmTuning.Relaunch}, so signals reach it and it ends with this
 * process. When Spark's classes are loadable here already (spark-submit, the tests), the command runs in this JVM.
 *
 * <p>The desktop app starts a Spark driver the same way: {@link #unavailable()} says why it cannot (before Train is
 * pressed), {@link #command} and {@link #environment()} give the process to start.
 */
public final class SparkLaunch {
    /** The command that runs Spark. */
    public static final String COMMAND = "spark-train";
    static final String SPARK_HOME = "SPARK_HOME";
    static final String SLF4J_PROVIDER = "slf4j.provider";
    static final String LOGBACK_PROVIDER = "ch.qos.logback.classic.spi.LogbackServiceProvider";
    /** Set in the environment of a JVM started for spark-train: it runs the command whatever it finds. */
    static final String STARTED = "QUATRAIN_SPARK_DRIVER";
    /** A class of spark-core: present means Spark is on the class path. */
    static final String SPARK_CLASS = "org.apache.spark.SparkContext";
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private SparkLaunch() {
    }

    /** Whether these arguments run {@code spark-train}: the process then has no deserialization filter. */
    public static boolean runsSpark(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Whether they need Spark's classes: its help needs none. */
    static boolean needsSpark(String[] args) {
        if (!runsSpark(args)) {
            return false;
        }
        for (String a : args) {
            if (HELP.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why no Spark driver can start from this process, in one line for a person; empty when one can (Spark's classes
     * are here, or its jars were found).
     */
    public static Optional<String> unavailable() {
        if (sparkLoadable()) {
            return Optional.empty();
        }
        return jars(System.getenv(), codeFolder()).reason();
    }

    /**
     * The command line of a JVM that runs {@code quatrain spark-train} with these arguments: this JVM's
     * {@code java} and options, Spark's Java 17 flags, the Vector API's module, this class path plus Spark's jars
     * (when they are not on it already), {@code quatrain.Main}, then the arguments. Start it with
     * {@link #environment()} added to the environment.
     *
     * @param sparkTrainArgs the arguments after {@code spark-train}
     * @throws SparkUnavailableException saying why, as {@link #unavailable()} does
     */
    public static List<String> command(List<String> sparkTrainArgs) {
        Jars jars = sparkLoadable() ? Jars.NOT_NEEDED : jars(System.getenv(), codeFolder());
        jars.reason().ifPresent(reason -> {
            throw new SparkUnavailableException(reason);
        });
        List<String> args = new ArrayList<>();
        args.add(COMMAND);
        args.addAll(sparkTrainArgs);
        return command(javaCommand(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), jars.folder(), hasVectorModule(), args);
    }

    /**
     * Variables to add to the started JVM's environment: ND4J's OpenMP threads wait passively (unless set here),
     * and markers that stop it from restarting itself once more.
     */
    public static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put(STARTED, "1");
        env.put(JvmTuning.APPLIED, "1");
        if (System.getenv(JvmTuning.WAIT_POLICY) == null) {
            env.put(JvmTuning.WAIT_POLICY, "PASSIVE");
        }
        return Map.copyOf(env);
    }

    static List<String> command(String java, List<String> jvmOptions, String classPath, Optional<Path> sparkJars,
            boolean vectorModule, List<String> args) {
        List<String> line = new ArrayList<>();
        line.add(java);
        line.addAll(java17Flags());
        String module = "--add-modules=" + JvmTuning.VECTOR_MODULE;
        if (vectorModule) {
            line.add(module);
        }
        for (String option : jvmOptions) {
            // already there, or the class path's own (a -Djava.class.path would override -cp)
            if (!line.contains(option) && !option.startsWith("-Djava.class.path=")
                    && !(option.startsWith("--add-modules") && option.contains(JvmTuning.VECTOR_MODULE))) {
                line.add(option);
            }
        }
        // Spark's jars bring log4j's SLF4J provider beside our logback: name ours, or SLF4J warns on every start.
        line.add("-D" + SLF4J_PROVIDER + "=" + LOGBACK_PROVIDER);
        line.add("-Dslf4j.internal.verbosity=WARN"); // and not say that it was told
        line.add("-cp");
        line.add(sparkJars.map(folder -> classPath + File.pathSeparator + folder.resolve("*")).orElse(classPath));
        line.add(LaunchArgs.MAIN_CLASS);
        line.addAll(args);
        return line;
    }

    /**
     * For {@code quatrain.Main}: when this JVM cannot run Spark (its classes or its Java 17 flags are missing), runs the
     * command in one that can and returns its exit code, or says why none can and returns 1; empty to run here.
     */
    static Optional<Integer> elsewhereIfNeeded(String[] args) {
        if (!needsSpark(args) || (sparkLoadable() && flagsInEffect())) {
            return Optional.empty();
        }
        if (System.getenv(STARTED) != null) {
            if (sparkLoadable()) {
                return Optional.empty(); // started for this already: Spark says what is missing, no second restart
            }
            System.err.println("error: Spark's classes did not load from this class path: "
                    + System.getProperty("java.class.path"));
            return Optional.of(1);
        }
        List<String> command;
        try {
            command = command(List.of(args).subList(1, args.length));
        } catch (SparkUnavailableException e) {
            System.err.println("error: " + e.getMessage());
            return Optional.of(1);
        }
        Optional<Integer> code = new JvmTuning.Relaunch(command, environment()).run();
        if (code.isEmpty()) {
            System.err.println("error: could not start a JVM for Spark: " + String.join(" ", command.subList(0, 1)));
            return Optional.of(1);
        }
        return code;
    }

    static boolean sparkLoadable() {
        try {
            Class.forName(SPARK_CLASS, false, SparkLaunch.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether every package {@link #java17Flags()} opens is open to the class path here. */
    static boolean flagsInEffect() {
        Module unnamed = SparkLaunch.class.getModule();
        for (String flag : java17Flags()) {
            if (!flag.startsWith("--add-opens=")) {
                continue;
            }
            String[] modulePackage = flag.substring("--add-opens=".length(), flag.indexOf('=', "--add-opens=".length()))
                    .split("/");
            Optional<Module> module = ModuleLayer.boot().findModule(modulePackage[0]);
            if (module.isPresent() && !module.get().isOpen(modulePackage[1], unnamed)) {
                return false;
            }
        }
        return true;
    }

    /** Where Spark's jars are, or why they are not found. */
    record Jars(Optional<Path> folder, Optional<String> reason) {
        static final Jars NOT_NEEDED = new Jars(Optional.empty(), Optional.empty());

        static Jars at(Path folder) {
            return new Jars(Optional.of(folder), Optional.empty());
        }

        static Jars missing(String reason) {
            return new Jars(Optional.empty(), Optional.of(reason));
        }
    }

    /**
     * Spark's jars: {@code $SPARK_HOME/jars} when the variable is set (and nothing else then, so that the
     * installation a person named is the one used), else {@code spark/jars} in the folder of the app's jar.
     *
     * @param codeFolder the folder the app's classes were loaded from (the jar's folder; {@code target} for
     *                   {@code target/classes})
     */
    static Jars jars(Map<String, String> env, Optional<Path> codeFolder) {
        String home = env.get(SPARK_HOME);
        if (home != null && !home.isBlank()) {
            Path folder = Path.of(home).resolve("jars");
            return hasSparkCore(folder) ? Jars.at(folder)
                    : Jars.missing("SPARK_HOME is \"" + home + "\", but \"" + folder + "\" holds no Spark (no spark-core"
                            + " jar): set SPARK_HOME to a Spark 3.5 installation.");
        }
        Optional<Path> built = codeFolder.map(f -> f.resolve("spark").resolve("jars")).filter(SparkLaunch::hasSparkCore);
        return built.map(Jars::at).orElseGet(() -> Jars.missing("Spark was not found: set SPARK_HOME to a Spark 3.5"
                + " installation, or build Quatrain Studio from source (mvn package puts Spark's jars in"
                + " target/spark/jars)."));
    }

    static boolean hasSparkCore(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "spark-core_*.jar")) {
            return jars.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the jar this class came from, or the parent of its classes folder. */
    static Optional<Path> codeFolder() {
        try {
            var source = SparkLaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.toAbsolutePath().getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What Spark 3.5 gives a JVM on Java 17 (its launcher's {@code JavaModuleOptions}): without them the driver fails
     * at start with "IllegalAccessError: class org.apache.spark.storage.StorageUtils$ cannot access class
     * sun.nio.ch.DirectBuffer". One list, pom.xml's {@code spark.driver.jvmflags}, which the build writes into
     * {@link SparkBuild} and gives the test JVMs; Spark adds them to the executors it starts itself.
     */
    static List<String> java17Flags() {
        return SparkBuild.current().java17Flags();
    }

    private static String javaCommand() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }

    private static boolean hasVectorModule() {
        return ModuleFinder.ofSystem().find(JvmTuning.VECTOR_MODULE).isPresent();
    }

    /** No Spark to start a driver with; the message says what to do. */
    public static final class SparkUnavailableException extends QuatrainException {
        private static final long serialVersionUID = 1L;

        SparkUnavailableException(String message) {
            super(message);
        }
    }
}
