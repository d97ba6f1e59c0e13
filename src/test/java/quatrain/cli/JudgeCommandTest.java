package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import quatrain.core.Json;
import quatrain.engine.bundle.BundleIO;
import quatrain.engine.bundle.ModelBundle;
import quatrain.testing.TestCorpora;

/** {@code quatrain judge} and {@code generate --best-of}, end to end on a small model with its corpus inside. */
class JudgeCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/format-2/quatrains-gru.quatrain");
    private static final String[] SMALL = {"--samples", "40", "--epochs", "2"};
    private static final Pattern SCORE = Pattern.compile("judge (\\d\\.\\d\\d), candidate (\\d+) of 6]");

    @TempDir
    static Path dir;
    static Path judged;

    @BeforeAll
    static void judgeAModel() throws IOException {
        judged = Files.copy(GOLDEN, dir.resolve("judged.quatrain"));
        CliRunner r = run("judge", "--model", judged.toString(), SMALL);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("held-out AUC", "20 texts it never trained on", "corpus       the model file",
                "saved in     " + judged);
        assertThat(r.err()).contains("Training a judge", "epoch 2 of 2 · held-out AUC");
    }

    private static CliRunner run(String command, String option, String value, String... more) {
        List<String> args = new ArrayList<>(List.of(command, option, value));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void keepsAJudgeOfTheseWeightsUntilAskedToRetrain() {
        CliRunner again = run("judge", "--model", judged.toString(), SMALL);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already holds a judge");
        assertThat(again.err()).doesNotContain("Training a judge");

        CliRunner info = run("info", "--model", judged.toString());
        assertThat(info.out()).containsPattern("judge +held-out AUC \\d\\.\\d{3}, quatrains at T = 1\\.00");
    }

    @Test
    void printsTheJudgesFiguresAsJson() throws IOException {
        CliRunner r = run("judge", "--model", judged.toString(), "--json");
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("heldOutAuc").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("modelFingerprint").asText()).hasSize(64);
    }

    @Test
    void bestOfPrintsTheBestByScoreWithTheirScoresReproducibly() {
        CliRunner a = run("generate", "--model", judged.toString(), "--best-of", "6", "-n", "2", "--seed", "7");
        CliRunner b = run("generate", "--model", judged.toString(), "--best-of", "6", "-n", "2", "--seed", "7");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.err()).contains("The best 2 of 6 by the judge");
        assertThat(withoutTimings(a.out())).isEqualTo(withoutTimings(b.out()));
        Matcher m = SCORE.matcher(a.out());
        List<Double> scores = new ArrayList<>();
        while (m.find()) {
            scores.add(Double.parseDouble(m.group(1)));
        }
        assertThat(scores).hasSize(2);
        assertThat(scores.get(0)).isGreaterThanOrEqualTo(scores.get(1));
    }

    @Test
    void bestOfAsJsonGivesScoresAndCanPassOverCopies() throws IOException {
        CliRunner r = run("generate", "--model", judged.toString(), "--best-of", "8", "-n", "3", "--json",
                "--exclude-copies", "--temperature", "0.3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("candidates").asInt()).isEqualTo(8);
        assertThat(json.get("judge").get("heldOutAuc").asDouble()).isBetween(0.0, 1.0);
        double previous = 1;
        for (JsonNode q : json.get("quatrains")) {
            assertThat(q.get("copies").asBoolean()).isFalse();
            assertThat(q.get("judgeScore").asDouble()).isLessThanOrEqualTo(previous);
            previous = q.get("judgeScore").asDouble();
        }
    }

    @Test
    void bestOfTrainsAJudgeFirstWhenTheFileHasNone() throws IOException {
        Path fresh = Files.copy(GOLDEN, dir.resolve("fresh.quatrain"));
        CliRunner r = run("generate", "--model", fresh.toString(), "--best-of", "4", "-n", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Training a judge: 400 quatrains at T = 1.00");
        assertThat(r.out()).contains("candidate");
        assertThat(BundleIO.readInfo(fresh).judge()).isNotNull();
    }

    @Test
    void aModelWithoutItsCorpusIsAskedForTheTextAndTakesIt() throws IOException {
        Path bare = dir.resolve("bare.quatrain");
        ModelBundle full = BundleIO.read(GOLDEN);
        BundleIO.write(new ModelBundle(full.manifest(), full.model(), full.training(), full.vocabulary(),
                full.history(), full.state(), List.of(), full.network(), full.bestParams(), full.markov()), bare);

        CliRunner refused = run("judge", "--model", bare.toString(), SMALL);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("does not hold the text it was trained on", "Give it with --corpus FILE.")
                .doesNotContain("\tat ");
        CliRunner bestOf = run("generate", "--model", bare.toString(), "--best-of", "4");
        assertThat(bestOf.err()).contains("quatrain judge --model " + bare + " --corpus FILE");

        Path text = dir.resolve("other.txt");
        Files.writeString(text, TestCorpora.stanzas(60, 5));
        CliRunner given = run("judge", "--model", bare.toString(), "--corpus", text.toString(), "--samples", "40",
                "--epochs", "1");
        assertThat(given.exitCode()).as(given.err()).isZero();
        assertThat(given.err()).contains("is not the text the model was trained on");
        assertThat(given.out()).contains("corpus       other.txt (sha256 ");
    }

    @Test
    void wrongCombinationsAreUsageErrors() {
        assertThat(run("generate", "--model", judged.toString(), "--best-of", "2", "-n", "3").err())
                .contains("fewer candidates than the 3 quatrains");
        assertThat(run("generate", "--model", judged.toString(), "--best-of", "4", "--sweep").exitCode()).isEqualTo(2);
        assertThat(run("generate", "--model", judged.toString(), "--exclude-copies").err())
                .contains("--exclude-copies goes with --best-of N.");
        assertThat(run("judge", "--model", judged.toString(), "--samples", "3").err()).contains("samples must be between");
    }

    private static String withoutTimings(String out) {
        return out.replaceAll("\\d+\\.\\d ms", "ms");
    }
}
