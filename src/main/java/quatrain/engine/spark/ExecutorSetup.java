package quatrain.engine.spark;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.spark.SparkConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Spark's executors get our code and the JVM settings it trains fast with, decided once per driver and written
 * into its {@link SparkConf}:
 * <ul>
 * <li>{@code local[N]}: the executors are threads of this JVM; nothing to do.</li>
 * <li>The job jar ({@code mvn package} writes it beside {@code quatrain-studio.jar}; a {@code spark-submit} runs
 * from it): shipped with {@code spark.jars}. This works on any cluster.</li>
 * <li>No job jar (a source build's {@code target/classes}, the tests), with a master on this machine: the executors
 * put this JVM's class path first on theirs ({@code spark.executor.extraClassPath}). Those are paths on this
 * machine, so any other master is refused rather than left to fail in the executors with
 * {@code ClassNotFoundException}.</li>
 * </ul>
 * Executors are started by Spark's Worker, not by our launcher, so they lack what {@code quatrain.launch.JvmTuning} gives
 * a local run: {@code --add-modules jdk.incubator.vector} (the SIMD kernels) and {@code OMP_WAIT_POLICY=PASSIVE}
 * (ND4J's OpenMP threads otherwise spin on the cores the gate maths needs). They get both here, and
 * {@code OMP_NUM_THREADS} = {@code spark.executor.cores} when that is set, so that two executors on one machine do
 * not each start a thread per core. Settings the user gave are kept.
 */
public final class ExecutorSetup {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorSetup.class);
    static final String VECTOR_MODULE = "--add-modules=jdk.incubator.vector";
    static final String JAVACPP_CACHE = "org.bytedeco.javacpp.cachedir";
    /** File names of the jars {@link #executorClassPath} leaves out. */
    private static final Pattern REPLACED_BY_SPARK = Pattern.compile("logback-.*\\.jar|lz4-[0-9].*\\.jar");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    /** How the executors get our classes. */
    public enum Mode {
        /** {@code local[N]}: executors are threads of the driver. */
        IN_PROCESS,
        /** The job jar, through {@code spark.jars}. */
        JOB_JAR,
        /** This JVM's class path, through {@code spark.executor.extraClassPath} (executors on this machine only). */
        CLASS_PATH
    }

    /**
     * What was decided.
     *
     * @param mode   how executors get our classes
     * @param jobJar the job jar shipped ({@link Mode#JOB_JAR} only)
     * @param line   one line for the log and the run's record
     */
    public record Plan(Mode mode, Optional<Path> jobJar, String line) {
    }

    private ExecutorSetup() {
    }

    /**
     * Decides for this JVM (where its classes were loaded from, its class path) and writes the result into
     * {@code conf}, whose {@code spark.master} must be set.
     *
     * @throws SparkSetupException when executors on another machine would have no way to get our classes
     */
    public static Plan apply(SparkConf conf) {
        Plan plan = apply(conf, codeSource(), System.getProperty("java.class.path", ""),
                SparkBuild.current().jobJar(), System.getProperty(JAVACPP_CACHE));
        LOG.info(plan.line());
        return plan;
    }

    /**
     * {@link #apply(SparkConf)} with its inputs given.
     *
     * @param codeSource    the jar (or class folder) our classes come from
     * @param classPath     this JVM's class path
     * @param jobJarName    the job jar's file name
     * @param javacppCache  JavaCPP's cache folder in this JVM, or null
     */
    static Plan apply(SparkConf conf, Path codeSource, String classPath, String jobJarName, String javacppCache) {
        String master = conf.get("spark.master", "");
        if (master.isBlank()) {
            throw new IllegalArgumentException("spark.master is not set");
        }
        if (inProcess(master)) {
            return new Plan(Mode.IN_PROCESS, Optional.empty(), "Spark master " + master
                    + ": executors run inside this JVM");
        }
        Optional<Path> jobJar = jobJar(codeSource, jobJarName);
        Plan plan;
        if (jobJar.isPresent()) {
            addJar(conf, jobJar.get());
            plan = new Plan(Mode.JOB_JAR, jobJar, "Spark master " + master + ": executors get our code from "
                    + jobJar.get() + " (spark.jars)");
        } else if (onThisMachine(master)) {
            prepend(conf, "spark.executor.extraClassPath", executorClassPath(classPath), File.pathSeparator);
            if (javacppCache != null) { // ND4J's natives unpacked once, where this JVM has them already
                append(conf, "spark.executor.extraJavaOptions", "-D" + JAVACPP_CACHE + "=" + javacppCache);
            }
            plan = new Plan(Mode.CLASS_PATH, Optional.empty(), "Spark master " + master + ": no " + jobJarName
                    + " beside " + codeSource + ", so the executors take this JVM's class path"
                    + " (valid only for executors on this machine)");
        } else {
            throw new SparkSetupException("Spark's executors at " + master + " cannot get Quatrain Studio's code: there"
                    + " is no " + jobJarName + " beside " + codeSource + " (mvn -B package builds target/" + jobJarName
                    + "; or run it with spark-submit)");
        }
        append(conf, "spark.executor.extraJavaOptions", VECTOR_MODULE);
        conf.setIfMissing("spark.executorEnv.OMP_WAIT_POLICY", "PASSIVE");
        if (conf.contains("spark.executor.cores")) {
            conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", conf.get("spark.executor.cores"));
        }
        if (onThisMachine(master)) { // executors must reach the driver at an address they can use
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return plan;
    }

    /** {@code local}, {@code local[4]}, {@code local[*,2]}: Spark's in-process masters ({@code local-cluster} is not). */
    static boolean inProcess(String master) {
        return master.equals("local") || master.startsWith("local[");
    }

    /** A master whose executors all run on this machine: {@code local-cluster[..]}, or a standalone master on loopback. */
    static boolean onThisMachine(String master) {
        if (master.startsWith("local-cluster[")) {
            return true;
        }
        if (!master.startsWith("spark://")) {
            return false; // yarn, k8s://, mesos://: executors somewhere else
        }
        // spark://host1:port1,host2:port2 (standby masters)
        return Arrays.stream(master.substring("spark://".length()).split(","))
                .map(hostPort -> hostPort.substring(0, Math.max(0, hostPort.lastIndexOf(':'))).toLowerCase(Locale.ROOT))
                .allMatch(LOOPBACK::contains);
    }

    /**
     * The job jar: the jar our classes come from when that is the job jar (a {@code spark-submit}), else one of
     * that name beside it ({@code target/} after {@code mvn package}). A class folder has no job jar: one lying in
     * {@code target/} may be older than the classes.
     */
    static Optional<Path> jobJar(Path codeSource, String jobJarName) {
        if (codeSource == null || !Files.isRegularFile(codeSource)) {
            return Optional.empty();
        }
        if (codeSource.getFileName().toString().equals(jobJarName)) {
            return Optional.of(codeSource);
        }
        Path beside = codeSource.resolveSibling(jobJarName);
        return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    /**
     * This class path, absolute, without the jars a Spark installation replaces, which would otherwise come before Spark's own
     * on the executors' class path: logback (executors log through Spark's SLF4J provider, log4j, not a second one)
     * and {@code net.jpountz.lz4:lz4} 1.3 (MapDB's; Spark brings the same classes as {@code org.lz4:lz4-java} 1.8,
     * and with the old one first an executor cannot read a broadcast: {@code NoSuchMethodError:
     * LZ4BlockInputStream.<init>(InputStream, LZ4FastDecompressor, Checksum, boolean)}).
     */
    static String executorClassPath(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !REPLACED_BY_SPARK.matcher(Path.of(entry).getFileName().toString()).matches())
                .map(entry -> Path.of(entry).toAbsolutePath().toString()) // executors run in folders of their own
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeSource() {
        CodeSource source = ExecutorSetup.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Adds a jar to {@code spark.jars} unless it is there (by path or {@code file:} URI, as spark-submit writes it). */
    private static void addJar(SparkConf conf, Path jar) {
        String jars = conf.get("spark.jars", "");
        URI uri = jar.toAbsolutePath().toUri();
        boolean listed = Arrays.stream(jars.split(","))
                .map(String::trim)
                .anyMatch(j -> j.equals(jar.toString()) || j.equals(jar.toAbsolutePath().toString())
                        || j.equals(uri.toString()) || j.equals("file:" + jar.toAbsolutePath()));
        if (!listed) {
            conf.set("spark.jars", jars.isBlank() ? uri.toString() : jars + "," + uri);
        }
    }

    private static void append(SparkConf conf, String key, String option) {
        String current = conf.get(key, "").trim();
        if (!Arrays.asList(current.split("\\s+")).contains(option)) {
            conf.set(key, current.isEmpty() ? option : current + " " + option);
        }
    }

    private static void prepend(SparkConf conf, String key, String value, String separator) {
        String current = conf.get(key, "").trim();
        conf.set(key, current.isEmpty() ? value : value + separator + current);
    }
}
