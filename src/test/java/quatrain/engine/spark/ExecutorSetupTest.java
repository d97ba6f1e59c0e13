package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorSetupTest {
    private static final String JOB = "quatrain-studio-job.jar";

    @TempDir
    Path dir;

    private static SparkConf conf(String master) {
        return new SparkConf(false).setMaster(master);
    }

    @Test
    void leavesALocalMasterAlone() {
        SparkConf conf = conf("local[2]");
        ExecutorSetup.Plan plan = ExecutorSetup.apply(conf, dir, "a.jar", JOB, null);
        assertThat(plan.mode()).isEqualTo(ExecutorSetup.Mode.IN_PROCESS);
        assertThat(conf.getAll()).hasSize(1);
    }

    @Test
    void shipsTheJobJarBesideTheAppJar() throws Exception {
        Path app = Files.writeString(dir.resolve("quatrain-studio.jar"), "app");
        Path job = Files.writeString(dir.resolve(JOB), "job");
        SparkConf conf = conf("spark://cluster.example:7077").set("spark.jars", "/opt/extra.jar");

        ExecutorSetup.Plan plan = ExecutorSetup.apply(conf, app, "ignored", JOB, null);

        assertThat(plan.mode()).isEqualTo(ExecutorSetup.Mode.JOB_JAR);
        assertThat(plan.jobJar()).contains(job);
        assertThat(conf.get("spark.jars")).isEqualTo("/opt/extra.jar," + job.toUri());
        assertThat(conf.contains("spark.executor.extraClassPath")).isFalse();
        assertThat(conf.contains("spark.driver.host")).as("a remote cluster reaches the driver by its name").isFalse();
    }

    @Test
    void doesNotShipTheJobJarTwiceWhenSparkSubmitListedIt() throws Exception {
        Path job = Files.writeString(dir.resolve(JOB), "job");
        SparkConf conf = conf("spark://cluster.example:7077").set("spark.jars", "file:" + job);

        ExecutorSetup.apply(conf, job, "ignored", JOB, null);

        assertThat(conf.get("spark.jars")).isEqualTo("file:" + job);
    }

    @Test
    void givesExecutorsOnThisMachineTheClassPathWithoutWhatSparkReplaces() {
        String classPath = String.join(File.pathSeparator, "target/classes", "/m2/logback-classic-1.5.12.jar",
                "/m2/lz4-1.3.0.jar", "/m2/lz4-java-1.8.0.jar", "/m2/nd4j-api-1.0.0-M2.1.jar");
        SparkConf conf = conf("spark://127.0.0.1:7077").set("spark.executor.extraClassPath", "/user/first.jar");

        ExecutorSetup.Plan plan = ExecutorSetup.apply(conf, dir.resolve("classes"), classPath, JOB, "/cache/javacpp");

        assertThat(plan.mode()).isEqualTo(ExecutorSetup.Mode.CLASS_PATH);
        assertThat(plan.line()).contains("no " + JOB, "this machine");
        assertThat(conf.get("spark.executor.extraClassPath").split(File.pathSeparator)).containsExactly(
                Path.of("target/classes").toAbsolutePath().toString(), "/m2/lz4-java-1.8.0.jar",
                "/m2/nd4j-api-1.0.0-M2.1.jar", "/user/first.jar");
        assertThat(conf.get("spark.executor.extraJavaOptions"))
                .contains("-Dorg.bytedeco.javacpp.cachedir=/cache/javacpp", "--add-modules=jdk.incubator.vector");
        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesAClusterElsewhereWhenThereIsNoJobJar() {
        SparkConf conf = conf("spark://cluster.example:7077");
        assertThatThrownBy(() -> ExecutorSetup.apply(conf, dir.resolve("classes"), "cp", JOB, null))
                .isInstanceOf(SparkSetupException.class)
                .hasMessageContaining("spark://cluster.example:7077").hasMessageContaining("no " + JOB)
                .hasMessageContaining("mvn -B package");
        assertThatThrownBy(() -> ExecutorSetup.apply(conf("yarn"), dir.resolve("classes"), "cp", JOB, null))
                .isInstanceOf(SparkSetupException.class);
    }

    @Test
    void tunesTheExecutorJvmsAndKeepsWhatTheUserSet() throws Exception {
        Path job = Files.writeString(dir.resolve(JOB), "job");
        SparkConf conf = conf("spark://cluster.example:7077").set("spark.executor.cores", "4")
                .set("spark.executor.extraJavaOptions", "-XX:+UseG1GC")
                .set("spark.executorEnv.OMP_WAIT_POLICY", "ACTIVE");

        ExecutorSetup.apply(conf, job, "cp", JOB, null);
        ExecutorSetup.apply(conf, job, "cp", JOB, null); // twice: nothing doubles

        assertThat(conf.get("spark.executor.extraJavaOptions")).isEqualTo("-XX:+UseG1GC --add-modules=jdk.incubator.vector");
        assertThat(conf.get("spark.executorEnv.OMP_WAIT_POLICY")).isEqualTo("ACTIVE");
        assertThat(conf.get("spark.executorEnv.OMP_NUM_THREADS")).isEqualTo("4");
    }

    @Test
    void knowsWhichMastersRunExecutorsHere() {
        assertThat(ExecutorSetup.inProcess("local")).isTrue();
        assertThat(ExecutorSetup.inProcess("local[*, 3]")).isTrue();
        assertThat(ExecutorSetup.inProcess("local-cluster[2,1,1024]")).isFalse();
        assertThat(ExecutorSetup.onThisMachine("local-cluster[2,1,1024]")).isTrue();
        assertThat(ExecutorSetup.onThisMachine("spark://localhost:7077,127.0.0.1:7078")).isTrue();
        assertThat(ExecutorSetup.onThisMachine("spark://127.0.0.1:7077,node2:7077")).isFalse();
        assertThat(ExecutorSetup.onThisMachine("k8s://https://127.0.0.1:6443")).isFalse();
    }
}
