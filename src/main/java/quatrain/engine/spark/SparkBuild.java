package quatrain.engine.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What this build of Quatrain Studio was made with, as pom.xml wrote it into {@code build.properties}: the Spark
 * and Scala versions it compiled against, DL4J's, the JVM flags Spark needs on Java 17, and the job jar's name.
 *
 * @param spark       Spark version, e.g. {@code 3.5.9}
 * @param scala       Scala version, e.g. {@code 2.12.18}
 * @param dl4j        DL4J / ND4J version
 * @param java17Flags Spark's {@code --add-opens} list (its {@code JavaModuleOptions}), for a driver, Master or Worker
 * @param jobJar      file name of the job jar that {@code mvn package} writes beside the app's jar
 */
public record SparkBuild(String spark, String scala, String dl4j, List<String> java17Flags, String jobJar) {
    static final String RESOURCE = "build.properties";

    public SparkBuild {
        java17Flags = List.copyOf(java17Flags);
    }

    /** This build's. */
    public static SparkBuild current() {
        return Holder.CURRENT;
    }

    /** {@code 2.12} of {@code 2.12.18}: what Scala-suffixed artifacts ({@code _2.12}) and Spark's launcher use. */
    public String scalaBinary() {
        return majorMinor(scala);
    }

    static SparkBuild read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new SparkBuild(required(p, "spark.version"), required(p, "scala.version"), required(p, "dl4j.version"),
                Arrays.stream(required(p, "java17.flags").trim().split("\\s+")).toList(), required(p, "job.jar"));
    }

    /** The first two numbers of a version: {@code 3.5} of {@code 3.5.9}, {@code 3.5} of {@code 3.5}. */
    static String majorMinor(String version) {
        String[] parts = version.split("[.\\-]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        // an unfiltered file (an IDE build that skipped Maven's resources) still says ${...}
        if (v == null || v.isBlank() || v.contains("${")) {
            throw new IllegalStateException(RESOURCE + " has no " + key + ": build with Maven (mvn -B package)");
        }
        return v.trim();
    }

    private static final class Holder {
        static final SparkBuild CURRENT = load();

        private static SparkBuild load() {
            try (InputStream in = SparkBuild.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: build with Maven (mvn -B package)");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
