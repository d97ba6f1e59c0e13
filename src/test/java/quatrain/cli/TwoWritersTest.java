package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.launch.JvmTuning;
import quatrain.testing.JavaProcess;
import quatrain.testing.TestCorpora;

/** Two {@code train} processes writing one model file: the second is refused; a killed run's lock blocks nobody. */
class TwoWritersTest {
    @TempDir
    Path dir;

    @Test
    void aSecondTrainingToTheSameFileIsRefusedNamingTheFirstAndAKilledOnesLockBlocksNobody() throws Exception {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(200, 7));
        Path model = dir.resolve("verses.quatrain");
        try (JavaProcess first = train(dir.resolve("first"), corpus, model, "--json")) {
            assertThat(first.awaitStdoutLine(l -> l.contains("\"event\":\"batch_end\""), Duration.ofSeconds(120)))
                    .as(first.stderr()).isTrue();
            try (JavaProcess second = train(dir.resolve("second"), corpus, model)) {
                assertThat(second.waitFor(Duration.ofSeconds(120))).as(second.stderr()).hasValue(1);
                assertThat(second.stderr().lines()).containsExactly("error: Another training is writing \"" + model
                        + "\" (process " + first.pid() + "); wait for it to finish or choose another output file.");
                assertThat(second.stdout()).as("nothing trained").isEmpty();
            }
            first.handle().destroyForcibly();
            first.waitFor(Duration.ofSeconds(30));
        }
        Path lockFile = dir.resolve(".verses.quatrain.lock");
        assertThat(lockFile).as("left by the killed run").exists();

        CliRunner third = CliRunner.run("train", "--corpus", corpus.toString(), "--preset", "markov",
                "--out", model.toString());
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(lockFile).doesNotExist();
    }

    /** A run in one JVM (no relaunch), so that the PID it was started as holds the lock. */
    private static JavaProcess train(Path home, Path corpus, Path model, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--corpus", corpus.toString(), "--out", model.toString(),
                "--no-stats", "--epochs", "1000", "--batch-size", "8", "--set", "units=16", "--set", "embeddingSize=8",
                "--set", "patience=0", "--set", "sampleEvery=0"));
        args.addAll(List.of(more));
        return JavaProcess.main(home, args.toArray(String[]::new)).env(JvmTuning.APPLIED, "1").start();
    }
}
