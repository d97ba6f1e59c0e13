package quatrain.engine.spark;

import java.util.Optional;

/**
 * Whether the Spark this process runs with is the one this build is for. Spark keeps its binary interfaces within a
 * minor version only, and DL4J's Spark module is compiled for one Scala version: a job jar built for Spark 3.5 on
 * Scala 2.12 fails in obscure ways (a missing method deep in a task, a class-cast in the RPC layer) on a 3.4 or a
 * Scala 2.13 cluster. The driver checks first and refuses with one line naming both.
 */
public final class SparkVersions {
    private SparkVersions() {
    }

    /** The version of the Spark classes on this class path (a cluster's, when run by its {@code spark-submit}). */
    public static String runningSpark() {
        return org.apache.spark.package$.MODULE$.SPARK_VERSION();
    }

    /** The version of the Scala library on this class path, which Spark was built with. */
    public static String runningScala() {
        return scala.util.Properties$.MODULE$.versionNumberString();
    }

    /** {@link #mismatch(SparkBuild, String, String)} for this build and this class path. */
    public static Optional<String> mismatch() {
        return mismatch(SparkBuild.current(), runningSpark(), runningScala());
    }

    /** Throws {@link SparkSetupException} with {@link #mismatch()}'s line, if there is one. */
    public static void requireCompatible() {
        Optional<String> problem = mismatch();
        if (problem.isPresent()) {
            throw new SparkSetupException(problem.get());
        }
    }

    /**
     * One line naming the versions this build is for and the ones found, when their Spark major.minor or Scala
     * major.minor differ; empty when they match (a different patch release is fine).
     */
    public static Optional<String> mismatch(SparkBuild build, String spark, String scala) {
        boolean sparkDiffers = !SparkBuild.majorMinor(build.spark()).equals(SparkBuild.majorMinor(spark));
        boolean scalaDiffers = !build.scalaBinary().equals(SparkBuild.majorMinor(scala));
        if (!sparkDiffers && !scalaDiffers) {
            return Optional.empty();
        }
        String wanted = SparkBuild.majorMinor(build.spark());
        // DL4J's Spark module exists for Scala 2.12 only, so "build it for yours" is no advice to give.
        return Optional.of("this Quatrain Studio is built for Spark " + wanted + " (" + build.spark() + ") with Scala "
                + build.scalaBinary() + ", but the Spark here is " + spark + " with Scala " + SparkBuild.majorMinor(scala)
                + ": run it with a Spark " + wanted + ".x built for Scala " + build.scalaBinary());
    }
}
