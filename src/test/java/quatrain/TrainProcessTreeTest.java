package quatrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;
import quatrain.cli.QuatrainCommand;
import quatrain.core.Json;
import quatrain.core.bundle.TrainingState;
import quatrain.engine.bundle.BundleIO;
import quatrain.launch.JvmTuning;
import quatrain.testing.JavaProcess;
import quatrain.testing.TestCorpora;

/**
 * {@code quatrain train} started as a user starts it ({@code java … quatrain.Main train}, so that it relaunches
 * itself into a second JVM), with statistics recorded, and stopped through the PID that was started: every JVM
 * of the tree is gone within 5 s, and a TERM or INT saves the model where it stood, says so in one line, exits
 * with 143 or 130 and leaves a model that {@code train --resume} continues.
 */
class TrainProcessTreeTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private Path corpus;
    private Path model;

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = dir.resolve("verses.txt");
        Files.writeString(corpus, TestCorpora.stanzas(200, 7));
        model = dir.resolve("verses.quatrain");
    }

    @Test
    void termToTheStartedProcessSavesTheModelAndExitsWith143() throws Exception {
        stopsAndSaves("TERM", false, 143);
    }

    @Test
    void intToTheStartedProcessSavesTheModelAndExitsWith130() throws Exception {
        stopsAndSaves("INT", false, 130);
    }

    /** A terminal's Ctrl+C reaches both JVMs, and the first passes its own on: one stop, one save, one line. */
    @Test
    void ctrlCAtATerminalReachesBothProcessesAndIsOneStop() throws Exception {
        stopsAndSaves("INT", true, 130);
    }

    /** kill -9 gives the started JVM no chance: the relaunched one sees its parent go and stops as on TERM. */
    @Test
    void killOfTheStartedProcessStopsTheRelaunchedOneToo() throws Exception {
        try (JavaProcess p = startTraining()) {
            List<ProcessHandle> tree = awaitMinibatches(p);
            p.handle().destroyForcibly();
            assertAllGoneWithin(tree, LIMIT, p);
            assertThat(stopLines(p)).as(p.stderr()).singleElement().asString().startsWith("stopped by SIGTERM: saved ");
        }
    }

    private void stopsAndSaves(String signal, boolean toBoth, int status) throws Exception {
        try (JavaProcess p = startTraining()) {
            List<ProcessHandle> tree = awaitMinibatches(p);
            long stepSeen = lastStep(p.stdout());
            long sent = System.nanoTime();
            if (toBoth) {
                JavaProcess.signal(signal, tree.toArray(ProcessHandle[]::new));
            } else {
                JavaProcess.signal(signal, p.handle());
            }
            OptionalInt code = p.waitFor(LIMIT);
            assertThat(code).as("exit within %s; stderr: %s", LIMIT, p.stderr()).hasValue(status);
            assertAllGoneWithin(tree, LIMIT.minusNanos(System.nanoTime() - sent), p);

            String label = "SIG" + signal;
            assertThat(stopLines(p)).as(p.stderr()).singleElement().asString()
                    .startsWith("stopped by " + label + ": saved " + model + " after minibatch ")
                    .endsWith("; continue with: quatrain train --resume " + model + " --corpus " + corpus);
            assertThat(p.stderr()).doesNotContain("Exception", "DB was closed", "\tat ");
            TrainingState saved = BundleIO.readInfo(model).state();
            assertThat(saved.stopReason()).isEqualTo("CANCELLED");
            assertThat(saved.step()).as("saved at the last finished minibatch").isGreaterThanOrEqualTo(stepSeen);
            assertThat(saved.batchesIntoEpoch()).isPositive();
            assertResumeContinues(saved);
        }
    }

    private JavaProcess startTraining() {
        return JavaProcess.main(dir.resolve("home"), "train", "--corpus", corpus.toString(), "--out", model.toString(),
                "--runs", dir.resolve("runs").toString(), "--json", "--epochs", "1000", "--batch-size", "8",
                "--set", "units=16", "--set", "embeddingSize=8", "--set", "patience=0", "--set", "sampleEvery=0")
                .withoutEnv(JvmTuning.APPLIED).withoutEnv(JvmTuning.WAIT_POLICY).defaultSignals().start();
    }

    /** Waits for minibatches and returns the tree: the started JVM and the one it relaunched. */
    private static List<ProcessHandle> awaitMinibatches(JavaProcess p) throws InterruptedException {
        assertThat(p.awaitStdoutLine(l -> l.contains("\"event\":\"batch_end\""), Duration.ofSeconds(120)))
                .as("minibatches; stderr: %s", p.stderr()).isTrue();
        List<ProcessHandle> tree = p.tree();
        assertThat(tree).as("the started JVM relaunched itself").hasSizeGreaterThanOrEqualTo(2);
        return tree;
    }

    private static void assertAllGoneWithin(List<ProcessHandle> tree, Duration limit, JavaProcess p)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(tree).as("JVMs left after %s; stderr: %s", limit, p.stderr()).noneMatch(ProcessHandle::isAlive);
    }

    private static List<String> stopLines(JavaProcess p) {
        return p.stderr().lines().filter(l -> l.startsWith("stopped")).toList();
    }

    private static long lastStep(String jsonLines) {
        return jsonLines.lines().filter(l -> l.contains("\"event\":\"batch_end\"")).map(TrainProcessTreeTest::json)
                .mapToLong(n -> n.get("step").asLong()).max().orElseThrow();
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the rest of the epoch in this JVM: it starts at the minibatch after the saved one. */
    private void assertResumeContinues(TrainingState saved) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = QuatrainCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("train", "--resume", model.toString(), "--corpus", corpus.toString(), "--no-stats",
                "--json", "--epochs", Integer.toString(saved.epochsDone() + 1));
        assertThat(code).as(err.toString()).isZero();
        JsonNode firstBatch = out.toString().lines().filter(l -> l.contains("\"event\":\"batch_end\"")).findFirst()
                .map(TrainProcessTreeTest::json).orElseThrow();
        assertThat(firstBatch.get("epoch").asInt()).isEqualTo(saved.epochsDone() + 1);
        assertThat(firstBatch.get("batch").asInt()).isEqualTo(saved.batchesIntoEpoch() + 1);
        assertThat(firstBatch.get("step").asLong()).isEqualTo(saved.step() + 1);
        assertThat(BundleIO.readInfo(model).state().epochsDone()).isEqualTo(saved.epochsDone() + 1);
    }
}
