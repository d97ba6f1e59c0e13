package quatrain.engine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A SPARK_HOME made from the build's jars, for Spark's own Master and Worker: there is no Spark distribution on
 * Maven Central, but Spark's launcher code (which the Worker uses to start executors) only needs {@code jars/} with
 * every jar Spark runs with and {@code conf/}. {@code jars/} holds links to the jars of the given folders
 * ({@code target/spark/jars}: Spark and its dependencies; {@code target/spark/logging}: log4j's SLF4J provider),
 * so assembling costs nothing; {@code conf/log4j2.properties} makes Master, Workers and executors log to standard
 * error, the deploy classes at INFO (the lines {@link LocalCluster} waits for).
 *
 * @param dir the folder; {@code logs/}, {@code work/} (executors' folders) and {@code local/} (Spark's scratch
 *            space, instead of /tmp) are in it too
 */
public record SparkHome(Path dir) {
    static final String LOG4J2 = """
            # Spark's Master, Workers and executors on this machine (quatrain.engine.spark.LocalCluster) log with this.
            rootLogger.level = warn
            rootLogger.appenderRef.stderr.ref = stderr
            appender.stderr.type = Console
            appender.stderr.name = stderr
            appender.stderr.target = SYSTEM_ERR
            appender.stderr.layout.type = PatternLayout
            appender.stderr.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex
            # the master's URL and web UI, workers registering, executors starting and ending
            logger.deploy.name = org.apache.spark.deploy
            logger.deploy.level = info
            """;

    public Path jars() {
        return dir.resolve("jars");
    }

    public Path conf() {
        return dir.resolve("conf");
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public Path work() {
        return dir.resolve("work");
    }

    public Path local() {
        return dir.resolve("local");
    }

    /** The class path Spark's own scripts give its daemons: {@code conf/} then {@code jars/*}. */
    public List<String> classPath() {
        return List.of(conf().toString() + "/", jars().resolve("*").toString());
    }

    /**
     * Makes (or remakes) the folder from these jar folders; the first folder with a jar of a given name wins.
     *
     * @throws SparkSetupException when a folder is missing or has no Spark in it (the build has not run)
     */
    public static SparkHome assemble(Path dir, List<Path> jarFolders) {
        SparkHome home = new SparkHome(dir.toAbsolutePath());
        try {
            Files.createDirectories(home.jars());
            try (Stream<Path> old = Files.list(home.jars())) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p);
                }
            }
            Set<String> names = new HashSet<>();
            for (Path folder : jarFolders) {
                if (!Files.isDirectory(folder)) {
                    throw new SparkSetupException("no folder " + folder + " with Spark's jars: build first (mvn -B"
                            + " package -DskipTests)");
                }
                try (Stream<Path> jars = Files.list(folder)) {
                    for (Path jar : (Iterable<Path>) jars.filter(j -> j.toString().endsWith(".jar")).sorted()::iterator) {
                        if (names.add(jar.getFileName().toString())) {
                            link(home.jars().resolve(jar.getFileName()), jar.toAbsolutePath());
                        }
                    }
                }
            }
            if (names.stream().noneMatch(n -> n.startsWith("spark-core_"))) {
                throw new SparkSetupException("no spark-core jar in " + jarFolders + ": build first (mvn -B package"
                        + " -DskipTests)");
            }
            Files.createDirectories(home.conf());
            Files.writeString(home.conf().resolve("log4j2.properties"), LOG4J2, StandardCharsets.UTF_8);
            for (Path d : List.of(home.logs(), home.work(), home.local())) {
                Files.createDirectories(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a SPARK_HOME in " + dir, e);
        }
        return home;
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) { // no symbolic links here (Windows)
            Files.copy(target, link);
        }
    }
}
