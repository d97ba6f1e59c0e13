package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;

import quatrain.core.Json;
import quatrain.core.training.RunNames;
import quatrain.testing.TestCorpora;

/** The command line's exit codes, messages and outputs, end to end on a tiny corpus. */
class CliTest {
    @TempDir
    static Path dir;
    static Path corpus;
    static Path model;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        corpus = dir.resolve("tiny.txt");
        Files.writeString(corpus, TestCorpora.stanzas(80, 3));
        model = dir.resolve("tiny.quatrain");
        CliRunner r = CliRunner.run("train", "--corpus", corpus.toString(), "--preset", "quatrains-gru", "--epochs", "2",
                "--out", model.toString(), "--set", "units=16", "--set", "embeddingSize=8", "--batch-size", "64",
                "--set", "sampleEvery=0", "--runs", dir.resolve("runs").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("saved " + model);
        assertThat(r.err()).contains("epoch 2: train loss");
    }

    @Test
    void trainingRecordsItsStatisticsInTheRunsFolder() throws IOException {
        try (var files = Files.list(dir.resolve("runs"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceAll("\\d{8}-\\d{6}(-[0-9a-z]{5})?", "STAMP")))
                    .containsExactly(RunNames.runId("tiny.txt", "quatrains-gru").replaceAll("\\d{8}-\\d{6}(-[0-9a-z]{5})?", "STAMP")
                            + ".dl4j");
        }
    }

    @Test
    void generatesFormattedQuatrainsReproduciblyBySeed() {
        CliRunner a = CliRunner.run("generate", "--model", model.toString(), "-n", "2", "--temperature", "0.8", "--seed", "7");
        CliRunner b = CliRunner.run("generate", "--model", model.toString(), "-n", "2", "--temperature", "0.8", "--seed", "7");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(withoutTimings(a.out())).isEqualTo(withoutTimings(b.out())).contains("T=0.80 seed=7");
        String firstLine = a.out().lines().findFirst().orElseThrow();
        assertThat(Character.isUpperCase(firstLine.charAt(0))).as(firstLine).isTrue();
    }

    private static String withoutTimings(String out) {
        return out.replaceAll("\\d+\\.\\d ms]", "ms]");
    }

    @Test
    void generateJsonListsQuatrainsWithNovelty() throws IOException {
        CliRunner r = CliRunner.run("generate", "--model", model.toString(), "-n", "3", "--json");
        JsonNode root = Json.mapper().readTree(r.out());
        assertThat(root.get("quatrains")).hasSize(3);
        assertThat(root.get("quatrains").get(0).get("novelty").get("fourGramShare").isNumber()).isTrue();
    }

    @Test
    void generatePrintsEachQuatrainAsSoonAsItIsWritten() {
        assertThat(flushesOf("generate", "--model", model.toString(), "-n", "3"))
                .anyMatch(out -> out.split("seed=42", -1).length == 2); // one quatrain out, two to come
        assertThat(flushesOf("generate", "--model", model.toString(), "-n", "3", "--json"))
                .anyMatch(out -> out.contains("\"index\" : 0") && !out.contains("\"index\" : 1"));
    }

    /** What standard output held at each flush. */
    private static List<String> flushesOf(String... args) {
        List<String> flushed = new ArrayList<>();
        StringWriter out = new StringWriter() {
            @Override
            public void flush() {
                flushed.add(toString());
            }
        };
        CommandLine cli = QuatrainCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return flushed;
    }

    @Test
    void evaluatePrintsMetricsAsJson() throws IOException {
        Path held = dir.resolve("held.txt");
        Files.writeString(held, TestCorpora.stanzas(10, 99) + "\nthe dragon shall fall near the river.\n");
        CliRunner r = CliRunner.run("evaluate", "--model", model.toString(), "--text", held.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("tokens_evaluated").asLong()).isPositive();
        assertThat(j.get("out_of_vocabulary").asLong()).isPositive();
        assertThat(j.get("perplexity").asDouble()).isCloseTo(Math.exp(j.get("cross_entropy_nats").asDouble()),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(j.get("in_vocabulary").get("top1_accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("vocabulary_policy").asText()).contains("<unk>");
    }

    @Test
    void infoDescribesTheModelFile() {
        CliRunner r = CliRunner.run("info", model.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("quatrains-gru (GRU, word level)").contains("2 epochs done").contains("tiny.txt");
    }

    @Test
    void presetsListsTheThreeModels() {
        CliRunner r = CliRunner.run("presets");
        assertThat(r.out()).contains("quatrains-gru").contains("chars-lstm").contains("markov");
    }

    @Test
    void missingCorpusFileFailsWithExitCodeOneAndAPlainMessage() {
        CliRunner r = CliRunner.run("train", "--corpus", dir.resolve("missing.txt").toString(), "--epochs", "1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: No file at").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void binaryCorpusIsRefused() throws IOException {
        Path bin = dir.resolve("bin.dat");
        Files.write(bin, new byte[] {1, 2, 0, 4});
        CliRunner r = CliRunner.run("train", "--corpus", bin.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("binary file");
    }

    @Test
    void tooSmallCorpusSaysWhatIsEnough() throws IOException {
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "The king falls.\nThe queen rises.\n");
        CliRunner r = CliRunner.run("train", "--corpus", small.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("too small").contains("at least 1,000");
    }

    @Test
    void impossibleSettingIsAFailureWithTheRange() {
        CliRunner r = CliRunner.run("train", "--corpus", corpus.toString(), "--set", "layers=9");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("layers must be between 1 and 3 (got 9)");
    }

    @Test
    void unknownSettingListsTheKnownOnes() {
        CliRunner r = CliRunner.run("train", "--corpus", corpus.toString(), "--set", "colour=red");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown setting \"colour\"").contains("units").contains("batchSize");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRunner.run("train", "--epochs", "many").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("generate").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("generate", "--model", model.toString(), "--bogus").err()).contains("Unknown option");
    }

    @Test
    void unknownPresetIsAFailureNamingTheChoices() {
        CliRunner r = CliRunner.run("train", "--corpus", corpus.toString(), "--preset", "gpt");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown preset \"gpt\"").contains("quatrains-gru, chars-lstm, chars-deep, markov");
    }

    @Test
    void damagedModelFileIsAFailureWithAPlainMessage() throws IOException {
        Path bad = dir.resolve("bad.quatrain");
        Files.writeString(bad, "not a model");
        CliRunner r = CliRunner.run("generate", "--model", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("not a Quatrain Studio model file");
    }

    @Test
    void unknownPromptWordIsAFailureNamingTheWord() {
        CliRunner r = CliRunner.run("generate", "--model", model.toString(), "--prompt", "the zeppelin");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("zeppelin");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"train", "generate", "evaluate", "info", "presets"}) {
            CliRunner r = CliRunner.run(c, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Usage: quatrain " + c);
        }
    }
}
