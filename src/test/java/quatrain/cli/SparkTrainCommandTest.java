package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.testing.TestCorpora;

/**
 * {@code quatrain spark-train}'s refusals before any Spark job runs, in-process (the corpus is looked at through
 * Hadoop's file system before Spark starts). Training itself runs in a process of its own:
 * {@code quatrain.engine.spark.SparkTrainProcessTest}.
 */
class SparkTrainCommandTest {
    @TempDir
    Path dir;

    private CliRunner sparkTrain(Path corpus, String... more) {
        String[] base = {"spark-train", "--master", "local[2]", "--corpus", corpus.toString(), "--out",
            dir.resolve("out.quatrain").toString(), "--runs", dir.resolve("runs").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRunner.run(args);
    }

    private CliRunner train(Path corpus) {
        return CliRunner.run("train", "--corpus", corpus.toString(), "--out", dir.resolve("local.quatrain").toString(),
                "--runs", dir.resolve("runs").toString());
    }

    private void refusedAsTrainRefusesIt(Path corpus) {
        CliRunner spark = sparkTrain(corpus);
        CliRunner local = train(corpus);
        assertThat(spark.exitCode()).isEqualTo(1);
        assertThat(local.exitCode()).isEqualTo(1);
        assertThat(spark.err().lines()).hasSize(1).isEqualTo(local.err().lines().toList());
        assertThat(spark.out()).isEmpty();
        assertThat(dir.resolve("out.quatrain")).doesNotExist();
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void aMissingCorpusIsRefusedInTrainsWords() {
        refusedAsTrainRefusesIt(dir.resolve("not-there.txt"));
    }

    @Test
    void anEmptyCorpusIsRefusedInTrainsWords() throws IOException {
        refusedAsTrainRefusesIt(Files.write(dir.resolve("empty.txt"), new byte[0]));
    }

    @Test
    void aBinaryCorpusIsRefusedInTrainsWords() throws IOException {
        refusedAsTrainRefusesIt(Files.write(dir.resolve("model.bin"), new byte[] {'a', 'b', 'c', 0, 1, 2}));
    }

    @Test
    void anEmptyFolderIsAnEmptyCorpus() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        CliRunner r = sparkTrain(folder);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "error: \"texts\" is empty. A corpus needs text: a few thousand words at least.");
    }

    @Test
    void utf16IsRefusedWithWhatToDo() throws IOException {
        Path utf16 = Files.write(dir.resolve("wide.txt"), "\uFEFFa line\nanother\n".getBytes(StandardCharsets.UTF_16LE));
        CliRunner r = sparkTrain(utf16);
        assertThat(r.err().lines()).containsExactly("error: \"wide.txt\" is UTF-16LE (with BOM) text; Spark reads a"
                + " corpus line by line, which needs UTF-8. Save it as UTF-8 (or: iconv -f UTF-16 -t UTF-8).");
    }

    @Test
    void anUnreachableMasterIsOneLineAndNothingIsWritten() throws IOException {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(100, 3));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CliRunner r = CliRunner.run("spark-train", "--master", "spark://127.0.0.1:" + port, "--corpus",
                corpus.toString(), "--out", dir.resolve("out.quatrain").toString(), "--runs", dir.resolve("runs").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().startsWith("error: Cannot reach the Spark master at spark://127.0.0.1:"
                + port + " (Connection refused");
        assertThat(dir.resolve("out.quatrain")).doesNotExist();
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    /** The test JVM filters Java deserialization, as the app does: Spark cannot run in such a process. */
    @Test
    void aProcessThatFiltersDeserializationSaysSparkNeedsItsOwn() throws IOException {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(100, 3));
        CliRunner r = sparkTrain(corpus);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("error: This process refuses Java deserialization (a process-wide"
                + " filter is set), which Spark needs: start spark-train as a command of its own (quatrain spark-train ...).");
        assertThat(dir.resolve("out.quatrain")).doesNotExist();
    }

    @Test
    void averagingSettingsAreSparkTrainsAndListedWithTheOthers() throws IOException {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(100, 3));
        CliRunner unknown = sparkTrain(corpus, "--set", "averagingFrequncy=2");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown setting \"averagingFrequncy\"")
                .contains("Spark settings: averagingFrequency, batchSizePerWorker, prefetch, workers");
        CliRunner local = CliRunner.run("train", "--corpus", corpus.toString(), "--set", "averagingFrequency=2");
        assertThat(local.exitCode()).isEqualTo(1);
        assertThat(local.err().lines()).containsExactly("error: \"averagingFrequency\" is a setting of spark-train"
                + " (training on a Spark cluster), not of train");
        CliRunner bad = sparkTrain(corpus, "--set", "averagingFrequency=0");
        assertThat(bad.err().lines()).containsExactly("error: averagingFrequency must be between 1 and 10000 (got 0)");
    }

    @Test
    void theMarkovChainIsNotSpreadOverACluster() throws IOException {
        Path corpus = Files.writeString(dir.resolve("verses.txt"), TestCorpora.stanzas(100, 3));
        CliRunner r = sparkTrain(corpus, "--preset", "markov");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("error: A Markov chain trains in seconds on one machine; there is"
                + " nothing to spread over a cluster. Train it with: quatrain train --preset markov");
    }

    @Test
    void theCorpusIsNamedByTheLastPartOfItsUri() {
        assertThat(SparkTrainCommand.corpusName("hdfs://nn:8020/texts/poems.txt")).isEqualTo("poems.txt");
        assertThat(SparkTrainCommand.corpusName("/data/lyrics/")).isEqualTo("lyrics");
        assertThat(SparkTrainCommand.corpusName("poems.txt")).isEqualTo("poems.txt");
    }

    @Test
    void presetsListTheSparkSettings() {
        CliRunner r = CliRunner.run("presets", "--json");
        assertThat(r.out()).contains("\"spark\"").contains("\"averagingFrequency\" : 5").contains("\"batchSizePerWorker\"");
    }
}
