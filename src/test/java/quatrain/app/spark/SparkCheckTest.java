package quatrain.app.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SparkCheckTest {
    private static final SparkLauncher AVAILABLE = SparkLauncher.javaCommand(args -> List.of("java"), Optional::empty);

    /** A port nothing listens on: one that was free a moment ago. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aListeningStandaloneMasterIsFine() throws IOException {
        try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MasterUrl url = MasterUrl.parse("spark://127.0.0.1:" + master.getLocalPort());
            assertThat(new SparkCheck(AVAILABLE).problem(url)).isEmpty();
        }
    }

    @Test
    void aMasterThatRefusesIsNamed() throws IOException {
        int port = closedPort();
        assertThat(new SparkCheck(AVAILABLE).problem(MasterUrl.parse("spark://127.0.0.1:" + port)))
                .contains("No Spark master answers: 127.0.0.1:" + port + " refused the connection (nothing listens"
                        + " there). Start the cluster's master, or check the host and port in the URL.");
    }

    @Test
    void oneAnsweringMasterOfSeveralIsEnough() throws IOException {
        try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MasterUrl url = MasterUrl.parse("spark://127.0.0.1:" + closedPort() + ",127.0.0.1:" + master.getLocalPort());
            assertThat(new SparkCheck(AVAILABLE).problem(url)).isEmpty();
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        assertThat(new SparkCheck(AVAILABLE).problem(MasterUrl.parse("spark://no-such-host.invalid:7077")))
                .hasValueSatisfying(p -> assertThat(p).contains("the host \"no-such-host.invalid\" is unknown"));
    }

    @Test
    void aLauncherWithoutSparkSaysSoBeforeAnyConnection() {
        SparkLauncher none = SparkLauncher.none("No job bundle here.");
        assertThat(new SparkCheck(none).problem(MasterUrl.parse("local[2]"))).contains("No job bundle here.");
    }

    @Test
    void localYarnAndKubernetesAreNotCheckedFromHere() {
        for (String url : List.of("local[2]", "yarn", "k8s://https://no-such-host.invalid:6443")) {
            assertThat(new SparkCheck(AVAILABLE).problem(MasterUrl.parse(url))).as(url).isEmpty();
        }
    }

    @Test
    void sparkPropertiesGoInAsSystemPropertiesAfterTheExecutable() {
        SparkLauncher launcher = SparkLauncher.javaCommand(args -> List.of("/jdk/bin/java", "-cp", "x", "quatrain.Main",
                args.get(0)), Optional::empty);
        assertThat(launcher.command(List.of("spark-train"), Map.of("spark.executor.cores", "2")))
                .containsExactly("/jdk/bin/java", "-Dspark.executor.cores=2", "-cp", "x", "quatrain.Main", "spark-train");
    }
}
