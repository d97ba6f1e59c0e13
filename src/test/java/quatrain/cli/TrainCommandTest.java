package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.ReadOnlyFolder;
import quatrain.testing.TestCorpora;

/** {@code quatrain train}'s checks before training and its last line; stops by signal: quatrain.TrainProcessTreeTest. */
class TrainCommandTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyOutputFolderIsRefusedInOneLineBeforeTheCorpusIsRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(folder)) {
            CliRunner r = CliRunner.run("train", "--corpus", dir.resolve("not-there.txt").toString(),
                    "--out", folder.resolve("poems.quatrain").toString(), "--runs", dir.resolve("runs").toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err().lines()).containsExactly(
                    "error: Cannot save the model in \"" + folder + "\": the folder is read-only.");
            assertThat(r.out()).isEmpty();
            assertThat(dir.resolve("runs")).doesNotExist();
        }
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsRefusedInOneLine() throws Exception {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(80, 3));
        Path folder = corpus.resolve("models");
        CliRunner r = CliRunner.run("train", "--corpus", corpus.toString(), "--preset", "markov",
                "--out", folder.resolve("poems.quatrain").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "error: Cannot save the model in \"" + folder + "\": \"" + corpus + "\" is not a folder.");
    }

    @Test
    void aTimeLimitInsideTheFirstEpochSaysNoValidationHasRunYet() throws Exception {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(400, 3));
        Path model = dir.resolve("poems.quatrain");
        CliRunner r = CliRunner.run("train", "--corpus", corpus.toString(), "--out", model.toString(), "--no-stats",
                "--max-minutes", "0.01", "--batch-size", "4", "--set", "units=16", "--set", "embeddingSize=8",
                "--set", "sampleEvery=0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("saved " + java.util.regex.Pattern.quote(model.toString())
                + " \\(time limit reached after minibatch [\\d,]+ of [\\d,]+ in epoch 1; no validation has run yet\\)");
        CliRunner info = CliRunner.run("info", model.toString());
        assertThat(info.out()).contains("0 epochs done (time limit)").contains("no validation yet (")
                .doesNotContain("NaN");
    }
}
