package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.JavaProcess;
import quatrain.testing.SparkTestCluster;

/**
 * The job jar that {@code mvn package} writes (an integration test: {@code mvn -B verify}, after the jar exists): what
 * is in it, and a DL4J training run from it through Spark's own {@code spark-submit} ({@code SparkSubmit}, with only
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
    void trainsOnTheClusterThroughSparkSubmit() throws Exception {
        Path markers = Files.createDirectories(dir.resolve("markers"));
        Path home = dir.resolve("spark-home");
        // The job is a test class: it travels in a jar of its own, beside the job jar.
        Path testJar = testClassesJar(dir.resolve("cluster-fit-job.jar"));
        List<String> submit = List.of("--master", cluster.masterUrl(), "--class", ClusterFitJob.class.getName(),
                "--jars", testJar.toString(), JOB_JAR.toString(), cluster.masterUrl(), "1", markers.toString());
        try (JavaProcess driver = cluster.driver(dir.resolve("submit"), "org.apache.spark.deploy.SparkSubmit", submit)
                .classPath(new SparkHome(home).classPath()).env("SPARK_HOME", home.toString())
                .env("SPARK_LOCAL_IP", "127.0.0.1").start()) {
            assertThat(cluster.await(driver, Duration.ofMinutes(3))).as(driver.stderr()).hasValue(0);
            assertThat(driver.stdout()).contains("SETUP JOB_JAR", "EPOCH 1 ", "DONE");
            try (Stream<Path> files = Files.list(markers)) {
                Set<Long> trained = files.map(p -> Long.parseLong(p.getFileName().toString()))
                        .collect(Collectors.toSet());
                assertThat(trained).isNotEmpty().doesNotContain(driver.pid());
                assertThat(cluster.executorsSeen()).containsAll(trained);
            }
        }
    }

    private static String service(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/services/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The job's classes ({@link ClusterFitJob} and the test corpus it trains on) in a jar. */
    private static Path testClassesJar(Path jar) throws IOException {
        Path classes = Path.of("target", "test-classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> all = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> p.toString().contains("ClusterFitJob") || p.endsWith("TestCorpora.class"))::iterator) {
                zip.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }
}
