package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.storage.FileStatsStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import quatrain.core.Json;
import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.SparkProvenance;
import quatrain.core.bundle.TrainingState;
import quatrain.core.spec.SparkSpec;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;
import quatrain.testing.JavaProcess;
import quatrain.testing.TestCorpora;

/**
 * {@code quatrain spark-train --master local[2]} run as a user runs it ({@code java … quatrain.Main spark-train}:
 * the JVM starts a second one with Spark's flags, as a plain {@code java -jar} start does; the test JVM could not
 * run Spark itself, it filters Java deserialization), against {@code train} on the same text, preset and seed.
 */
class SparkTrainProcessTest {
    /** Settings under which both converge in a few seconds on the tiny grammar. */
    private static final List<String> SETTINGS = List.of("--set", "units=32", "--set", "embeddingSize=16", "--set",
            "sampleEvery=0", "--set", "patience=0", "--batch-size", "64", "--learning-rate", "0.01", "--seed", "7");
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(300, 7));
    }

    private JavaProcess sparkTrain(Path model, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("spark-train", "--master", "local[2]", "--corpus",
                corpus.toString(), "--out", model.toString(), "--runs", dir.resolve("runs").toString(), "--json"));
        args.addAll(SETTINGS);
        args.addAll(List.of(more));
        return JavaProcess.main(dir.resolve("home"), args.toArray(String[]::new)).defaultSignals().start();
    }

    @Test
    void localTwoReachesLocalTrainingsValidationLossAndItsFileOpensGeneratesAndResumesHere() throws Exception {
        Path local = dir.resolve("local.quatrain");
        List<String> localArgs = new java.util.ArrayList<>(List.of("train", "--corpus", corpus.toString(), "--out",
                local.toString(), "--no-stats", "--json", "--epochs", "5"));
        localArgs.addAll(SETTINGS);
        CliRunner here = CliRunner.run(localArgs.toArray(String[]::new));
        assertThat(here.exitCode()).as(here.err()).isZero();

        Path model = dir.resolve("spark.quatrain");
        String out;
        try (JavaProcess p = sparkTrain(model, "--epochs", "5", "--set", "averagingFrequency=5")) {
            OptionalInt code = p.waitFor(RUN_LIMIT);
            assertThat(code).as("stderr: %s", p.stderr()).hasValue(0);
            out = p.stdout();
        }
        // the same documents, split, vocabulary and windows: the started events agree
        JsonNode sparkStart = event(out, "started");
        JsonNode localStart = event(here.out(), "started");
        for (String field : List.of("parameters", "vocabularySize", "trainTokens", "batchesPerEpoch")) {
            assertThat(sparkStart.get(field)).as(field).isEqualTo(localStart.get(field));
        }
        double sparkLoss = event(out, "finished").get("bestValLoss").asDouble();
        double localLoss = event(here.out(), "finished").get("bestValLoss").asDouble();
        assertThat(Math.abs(sparkLoss - localLoss) / localLoss).as("spark %.4f, local %.4f", sparkLoss, localLoss)
                .isLessThanOrEqualTo(0.05);

        ModelBundle spark = BundleIO.read(model);
        ModelBundle mine = BundleIO.read(local);
        assertThat(spark.vocabulary().tokens()).isEqualTo(mine.vocabulary().tokens());
        assertThat(spark.vocabulary().counts()).isEqualTo(mine.vocabulary().counts());
        Manifest m = spark.manifest();
        assertThat(m.formatVersion()).isEqualTo(Manifest.CURRENT_VERSION);
        assertThat(m.corpus()).isEqualTo(mine.manifest().corpus());
        SparkProvenance cluster = m.spark();
        assertThat(cluster.master()).isEqualTo("local[2]");
        assertThat(cluster.sparkVersion()).isEqualTo("3.5.9");
        assertThat(cluster.averaging()).isEqualTo(new SparkSpec(5, 0, 2, 0));
        assertThat(cluster.executors()).isEqualTo(1);
        assertThat(cluster.cores()).isEqualTo(2);
        assertThat(cluster.workers()).isEqualTo(2);
        assertThat(cluster.processes()).singleElement().asString().matches("[^:]+:\\d+")
                .doesNotEndWith(":" + ProcessHandle.current().pid());
        assertThat(mine.manifest().spark()).isNull();

        CliRunner generated = CliRunner.run("generate", "--model", model.toString(), "-n", "2", "--seed", "7");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(generated.out()).isNotBlank();
        CliRunner resumed = CliRunner.run("train", "--resume", model.toString(), "--corpus", corpus.toString(),
                "--no-stats", "--epochs", "6");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(BundleIO.readInfo(model).state().epochsDone()).isEqualTo(6);
        assertThat(BundleIO.readInfo(model).history()).hasSize(6);

        assertRecordedForTheTrainingUi();
    }

    /** The workers' statistics went into a run file of the runs folder, under its run id, as a local run's do. */
    private void assertRecordedForTheTrainingUi() throws IOException {
        List<Path> runs;
        try (var files = Files.list(dir.resolve("runs"))) {
            runs = files.filter(f -> f.toString().endsWith(".dl4j")).toList();
        }
        assertThat(runs).singleElement().asString().contains("verses-quatrains-gru-");
        String id = runs.get(0).getFileName().toString().replace(".dl4j", "");
        FileStatsStorage stats = new FileStatsStorage(runs.get(0).toFile());
        try {
            assertThat(stats.listSessionIDs()).containsExactly(id);
            List<String> workers = stats.listWorkerIDsForSession(id);
            assertThat(workers).isNotEmpty();
            assertThat(workers.stream().mapToLong(w -> stats.getNumUpdateRecordsFor(id, StatsListener.TYPE_ID, w)).sum())
                    .isPositive();
            assertThat(stats.getStaticInfo(id, StatsListener.TYPE_ID, workers.get(0))).isNotNull();
        } finally {
            stats.close();
        }
    }

    @Test
    void sigintAfterTheFirstEpochSavesBetweenRoundsSaysSoInOneLineAndTheFileResumes() throws Exception {
        Path model = dir.resolve("stopped.quatrain");
        try (JavaProcess p = sparkTrain(model, "--epochs", "50")) {
            assertThat(p.awaitStdoutLine(l -> l.contains("\"event\":\"epoch_end\""), RUN_LIMIT))
                    .as("an epoch; stderr: %s", p.stderr()).isTrue();
            JavaProcess.signal("INT", p.handle());
            OptionalInt code = p.waitFor(Duration.ofSeconds(60));
            assertThat(code).as("stderr: %s", p.stderr()).hasValue(130);
            assertThat(p.stderr().lines().filter(l -> l.startsWith("stopped"))).singleElement().asString()
                    .startsWith("stopped by SIGINT: saved " + model + " ")
                    .endsWith("; continue with: quatrain spark-train --resume " + model + " --master 'local[2]' --corpus "
                            + corpus);
            assertThat(p.stderr()).doesNotContain("Exception", "\tat ");
            assertThat(event(p.stdout(), "finished").get("reason").asText()).isEqualTo("CANCELLED");
        }
        TrainingState saved = BundleIO.readInfo(model).state();
        assertThat(saved.stopReason()).isEqualTo("CANCELLED");
        assertThat(saved.epochsDone()).isGreaterThanOrEqualTo(1);
        try (JavaProcess p = JavaProcess.main(dir.resolve("home"), "spark-train", "--resume", model.toString(),
                "--master", "local[2]", "--corpus", corpus.toString(), "--no-stats", "--json", "--epochs",
                Integer.toString(saved.epochsDone() + 1)).start()) {
            assertThat(p.waitFor(RUN_LIMIT)).as("stderr: %s", p.stderr()).hasValue(0);
            JsonNode firstBatch = event(p.stdout(), "batch_end");
            assertThat(firstBatch.get("epoch").asInt()).isEqualTo(saved.epochsDone() + 1);
            assertThat(firstBatch.get("batch").asInt()).as("the epoch goes on from the saved round")
                    .isGreaterThan(saved.batchesIntoEpoch());
        }
        TrainingState resumed = BundleIO.readInfo(model).state();
        assertThat(resumed.epochsDone()).isEqualTo(saved.epochsDone() + 1);
        assertThat(resumed.stopReason()).isEqualTo("COMPLETED");
    }

    private static JsonNode event(String jsonLines, String name) {
        return jsonLines.lines().filter(l -> l.startsWith("{\"event\":\"" + name + "\"")).findFirst()
                .map(SparkTrainProcessTest::json).orElseThrow(() -> new AssertionError("no " + name + " in " + jsonLines));
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
