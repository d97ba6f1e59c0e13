package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.DocumentPreparation;
import quatrain.core.text.TokenizedCorpus;
import quatrain.core.text.Vocabulary;
import quatrain.testing.TestCorpora;

/**
 * The distributed path against the local one on the same text: the executors' functions run as Spark runs them
 * (each over one input split of Hadoop's own reader, splits of a few dozen bytes so that stanzas and characters
 * straddle them) and the driver's decisions made from their facts give the local reader's documents, and
 * {@code TokenizedCorpus}'s vocabulary (counts included), split and ids.
 */
class DistributedPreparationTest {
    private static final long[] SPLITS = {61, 997, 1 << 20};

    @TempDir
    Path dir;

    /** Stanzas with every line break, blank line of white space, BOM and non-ASCII character the readers handle. */
    private static String awkward(boolean crlf) {
        StringBuilder b = new StringBuilder();
        String[] stanzas = TestCorpora.stanzas(60, 11).split("\n\n");
        for (int i = 0; i < stanzas.length; i++) {
            b.append("  ").append(stanzas[i].replace("\n", i % 3 == 0 ? "\t\n" : "\n")).append(" caf\u00e9 \u00e0");
            b.append(i % 4 == 0 ? "\n \t\n\u3000\n\n" : "\n\n");
        }
        String text = b.toString();
        return crlf ? text.replace("\n", "\r\n") : text;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static CorpusSource inspect(Path file, DocumentFormat format) {
        return CorpusInspection.inspect(file.toString(), format, new Configuration());
    }

    private static List<String> documents(List<DocumentBlock> blocks) {
        List<String> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.documents()));
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTO", "LINES", "STANZAS"})
    void theExecutorsCutTheDocumentsTheLocalReaderCuts(String formatName) throws IOException {
        DocumentFormat format = DocumentFormat.valueOf(formatName);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = awkward(false).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        List<Path> files = List.of(write("lf.txt", body), write("crlf.txt", awkward(true).getBytes(StandardCharsets.UTF_8)),
                write("bom.txt", withBom), write("latin.txt", awkward(false).getBytes(Charset.forName("windows-1252"))));
        for (Path file : files) {
            Corpus local = new CorpusLoader(format, 1 << 30).load(file);
            CorpusSource source = inspect(file, format);
            assertThat(source.format()).as(file.toString()).isEqualTo(local.format());
            assertThat(quatrain.core.corpus.TextDecoder.label(source.decoding(), source.bom())).isEqualTo(local.encoding());
            for (long split : SPLITS) {
                List<DocumentBlock> blocks = HadoopSplits.read(source, split);
                assertThat(documents(blocks)).as("%s in splits of %d bytes", file.getFileName(), split)
                        .isEqualTo(local.documents());
                assertThat(blocks.stream().mapToLong(b -> b.replaced).sum()).isEqualTo(local.replacedChars());
            }
        }
    }

    /** Beyond the driver's sample, only the executors see a NUL byte or that the text is all white space. */
    @Test
    void binaryAndBlankTextsBeyondTheSampleAreRefusedInTheLocalReadersWords() throws IOException {
        byte[] bytes = ("a line of verse\n".repeat(9000)).getBytes(StandardCharsets.US_ASCII);
        bytes[100_003] = 0;
        Path binary = write("late.bin", bytes);
        String local = org.assertj.core.api.Assertions.catchThrowable(() -> new CorpusLoader().load(binary)).getMessage();
        CorpusSource source = inspect(binary, DocumentFormat.AUTO);
        List<BlockFacts> facts = HadoopSplits.read(source, 4096).stream()
                .map(b -> BlockFacts.of(b, new DocumentPreparation(words()))).toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BlockFacts.refuseUnreadable(facts, source.name()))
                .hasMessage(local).hasMessageContaining("byte 100003");
        Path blank = write("blank.txt", (" \t\n".repeat(30_000) + "\u3000\n").getBytes(StandardCharsets.UTF_8));
        String localBlank = org.assertj.core.api.Assertions.catchThrowable(() -> new CorpusLoader().load(blank)).getMessage();
        CorpusSource blankSource = inspect(blank, DocumentFormat.AUTO);
        List<BlockFacts> none = HadoopSplits.read(blankSource, 4096).stream()
                .map(b -> BlockFacts.of(b, new DocumentPreparation(words()))).toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BlockFacts.refuseUnreadable(none, blankSource.name()))
                .hasMessage(localBlank);
    }

    @Test
    void aFolderIsItsFilesInPathOrderWithHiddenOnesLeftOut() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/2.txt"), "second\n");
        Files.writeString(folder.resolve("a.txt"), "first\n");
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve(".DS_Store"), "junk\n");
        CorpusSource source = inspect(folder, DocumentFormat.LINES);
        assertThat(source.name()).isEqualTo("texts");
        assertThat(source.files()).hasSize(2);
        assertThat(source.files().get(0)).endsWith("texts/a.txt");
        assertThat(documents(HadoopSplits.read(source, 1 << 20))).containsExactly("first", "second");
    }

    /** Word model with a small vocabulary cap and a count minimum, so that both the top-N cut and unknowns count. */
    private static ModelSpec words() {
        return Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).model(), Map.of("maxVocabulary", "40", "minCount", "2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RANDOM", "LAST"})
    void numberingSplitVocabularyAndIdsAreLocalTrainings(String split) throws IOException {
        Path file = write("verses.txt", awkward(false).getBytes(StandardCharsets.UTF_8));
        for (ModelSpec spec : List.of(words(), Presets.get(Presets.CHARS_LSTM).model())) {
            TrainingSpec training = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                    Map.of("validationSplit", split, "validationFraction", "0.2", "seed", "5"));
            TokenizedCorpus local = TokenizedCorpus.prepare(new CorpusLoader().load(file), spec, training);
            for (long size : SPLITS) {
                Distributed d = distributed(inspect(file, DocumentFormat.AUTO), size, spec, training);
                assertThat(d.vocabulary.tokens()).as("%s, %s, splits of %d", spec.preset(), split, size)
                        .isEqualTo(local.vocabulary().tokens());
                assertThat(d.vocabulary.counts()).isEqualTo(local.vocabulary().counts());
                assertThat(d.train).as("training documents").containsExactlyElementsOf(local.train());
                assertThat(d.validation).as("validation documents").containsExactlyElementsOf(local.validation());
            }
        }
    }

    private record Distributed(Vocabulary vocabulary, List<int[]> train, List<int[]> validation) {
    }

    /** DistributedCorpus's steps with plain loops where Spark runs jobs: the same functions on the same data. */
    private static Distributed distributed(CorpusSource source, long splitBytes, ModelSpec spec, TrainingSpec training) {
        List<DocumentBlock> blocks = HadoopSplits.read(source, splitBytes);
        DocumentPreparation prep = new DocumentPreparation(spec);
        List<BlockFacts> facts = blocks.stream().map(b -> BlockFacts.of(b, prep)).toList();
        long[] first = HeldOutDocuments.firstIndex(facts);
        HeldOutDocuments held = HeldOutDocuments.decide(facts, training, (after, total, fraction) -> {
            long largest = -1;
            for (int p = 0; p < blocks.size(); p++) {
                largest = Math.max(largest, LastShare.largestReaching(blocks.get(p).documents(), prep, first[p],
                        after[p], total, fraction));
            }
            return largest;
        });
        Map<String, Long> counts = new HashMap<>();
        for (int p = 0; p < blocks.size(); p++) {
            for (Iterator<Map.Entry<String, Long>> it = VocabularyCount.tokens(blocks.get(p).documents(), first[p],
                    held, prep); it.hasNext();) {
                Map.Entry<String, Long> e = it.next();
                counts.merge(e.getKey(), e.getValue(), Long::sum);
            }
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> top = counts.entrySet().stream()
                .filter(e -> Vocabulary.isCandidate(e.getKey(), e.getValue(), spec.minCount()))
                .sorted(Vocabulary.ORDER).limit(spec.maxVocabulary() - 3).toList(); // what takeOrdered gives
        long n = facts.stream().mapToLong(BlockFacts::kept).sum();
        Vocabulary vocabulary = Vocabulary.select(top, total, n - held.count(n), spec.maxVocabulary());
        List<int[]> train = new ArrayList<>();
        List<int[]> validation = new ArrayList<>();
        for (int p = 0; p < blocks.size(); p++) {
            TokenBlock t = TokenBlock.encode(blocks.get(p).documents(), first[p], held, prep, vocabulary);
            train.addAll(t.train);
            validation.addAll(t.validation);
        }
        return new Distributed(vocabulary, train, validation);
    }
}
