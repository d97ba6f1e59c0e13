package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.bundle.SparkProvenance;
import quatrain.core.spec.SamplingSpec;
import quatrain.engine.TrainedModel;
import quatrain.engine.bundle.BundleIO;
import quatrain.testing.JavaProcess;
import quatrain.testing.SparkTestCluster;
import quatrain.testing.TestCorpora;

/**
 * The job jar that {@code mvn package} writes (an integration test: {@code mvn -B verify}, after the jar exists): what
 * is in it, and {@code spark-train} run from it through Spark's own {@code spark-submit} ({@code SparkSubmit}, with only
 * Spark's jars on its class path, as a cluster's) on a local standalone cluster.
 */
class JobJarIT {
    private static final Path JOB_JAR = Path.of("target", SparkBuild.current().jobJar()).toAbsolutePath();

    @TempDir
    static Path dir;
    static SparkTestCluster cluster;

    @BeforeAll
    static void startCluster() throws InterruptedException {
        assertThat(JOB_JAR).as("mvn -B package writes it").isRegularFile();
        cluster = SparkTestCluster.start(dir.resolve("spark-home"), 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void holdsOurRuntimeWithTheLinuxNativesButNoSparkScalaJavaFxOrLogback() throws IOException {
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            Set<String> names = jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
            assertThat(names).contains("quatrain/Main.class", "quatrain/engine/nn/FusedRecurrent.class",
                    "org/deeplearning4j/spark/impl/multilayer/SparkDl4jMultiLayer.class",
                    "org/nd4j/linalg/cpu/nativecpu/CpuBackend.class",
                    "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/libnd4jcpu.so",
                    "org/bytedeco/openblas/linux-x86_64/libopenblas.so.0");
            // DL4J's own helper in Spark's package is DL4J's, not Spark's
            assertThat(names).filteredOn(n -> n.startsWith("org/apache/spark/") && n.endsWith(".class"))
                    .allMatch(n -> n.startsWith("org/apache/spark/TaskContextHelper"));
            assertThat(names).noneMatch(n -> n.startsWith("scala/") || n.startsWith("javafx/")
                    || n.startsWith("ch/qos/logback/") || n.startsWith("org/slf4j/") || n.startsWith("net/jpountz/")
                    || n.endsWith("module-info.class") || n.matches("META-INF/[^/]+\\.(SF|RSA|DSA)"));
            assertThat(service(jar, "org.nd4j.linalg.factory.Nd4jBackend"))
                    .contains("org.nd4j.linalg.cpu.nativecpu.CpuBackend");
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("quatrain.Main");
            assertThat(manifest.getMainAttributes().getValue("Class-Path")).isNull();
        }
    }

    @Test
    void sparkTrainFromTheJobJarTrainsOnTheClusterThroughSparkSubmit() throws Exception {
        Path home = dir.resolve("spark-home");
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, TestCorpora.stanzas(200, 7));
        Path model = dir.resolve("submitted.quatrain");
        List<String> submit = List.of("--master", cluster.masterUrl(), "--class", "quatrain.Main", JOB_JAR.toString(),
                "spark-train", "--master", cluster.masterUrl(), "--corpus", corpus.toUri().toString(), "--preset",
                "quatrains-gru", "--epochs", "1", "--out", model.toString(), "--runs", dir.resolve("runs").toString(),
                "--json", "--batch-size", "64", "--set", "units=16", "--set", "embeddingSize=8", "--set",
                "sampleEvery=0");
        try (JavaProcess driver = cluster.driver(dir.resolve("submit"), "org.apache.spark.deploy.SparkSubmit", submit)
                .classPath(new SparkHome(home).classPath()).env("SPARK_HOME", home.toString())
                .env("SPARK_LOCAL_IP", "127.0.0.1").start()) {
            assertThat(cluster.await(driver, Duration.ofMinutes(3))).as(driver.stderr()).hasValue(0);
            assertThat(driver.stdout()).contains("\"event\":\"finished\"");
            SparkProvenance spark = BundleIO.readInfo(model).manifest().spark();
            assertThat(spark.master()).isEqualTo(cluster.masterUrl());
            Set<Long> trained = spark.processes().stream()
                    .map(p -> Long.parseLong(p.substring(p.lastIndexOf(':') + 1))).collect(Collectors.toSet());
            assertThat(trained).isNotEmpty().doesNotContain(driver.pid());
            assertThat(cluster.executorsSeen()).containsAll(trained);
            assertThat(TrainedModel.open(model).generator().generateOne(SamplingSpec.defaults(), 0).text())
                    .isNotBlank();
        }
    }

    private static String service(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/services/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
