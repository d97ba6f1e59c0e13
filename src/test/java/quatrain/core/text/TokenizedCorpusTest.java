package quatrain.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusException;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.corpus.Split;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;

class TokenizedCorpusTest {
    @TempDir
    Path dir;

    private static Corpus corpus(int docs) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            lines.add("the king " + (i % 7) + " burns , the river flows " + (i % 3) + " .");
        }
        return new CorpusLoader().fromText("t", String.join("\n", lines));
    }

    private static final ModelSpec WORDS = Presets.get(Presets.QUATRAINS_GRU).model();

    @Test
    void encodesEveryDocumentBetweenMarkersAndSplitsByDocument() {
        TokenizedCorpus t = TokenizedCorpus.prepare(corpus(40), WORDS, 0.25, 1, null);
        assertThat(t.train()).hasSize(30);
        assertThat(t.validation()).hasSize(10);
        for (int[] d : t.train()) {
            assertThat(d[0]).isEqualTo(Vocabulary.START_ID);
            assertThat(d[d.length - 1]).isEqualTo(Vocabulary.END_ID);
        }
        assertThat(t.trainTokens()).isEqualTo(30L * 10);
    }

    @Test
    void lastSplitHoldsOutTheEndOfTheText() {
        Corpus c = new CorpusLoader().fromText("t", "one two\nthree four\nfive six\nseven eight");
        TrainingSpec training = Overrides.apply(Presets.get(Presets.QUATRAINS_GRU).training(),
                java.util.Map.of("validationFraction", "0.25", "validationSplit", "LAST"));
        try (TokenizedCorpus t = TokenizedCorpus.prepare(c, WORDS, training)) {
            assertThat(t.validation()).hasSize(1);
            assertThat(t.vocabulary().tokens()).contains("five", "six").doesNotContain("seven", "eight");
            assertThat(t.validation().get(0)[1]).isEqualTo(Vocabulary.UNKNOWN_ID);
        }
    }

    @Test
    void buildsTheVocabularyFromTrainingDocumentsOnly() {
        Corpus c = new CorpusLoader().fromText("t", "alpha beta\ngamma delta\nalpha beta\nalpha beta");
        TokenizedCorpus t = TokenizedCorpus.prepare(c, WORDS, 0.25, 3, null);
        int[] held = t.validation().get(0);
        if (held[1] != Vocabulary.UNKNOWN_ID) {
            assertThat(t.vocabulary().tokens()).doesNotContain("gamma");
        }
        assertThat(t.unknownTrainTokens()).isZero();
    }

    @Test
    void refusesTooSmallCorpusSayingWhatIsEnough() {
        TokenizedCorpus t = TokenizedCorpus.prepare(corpus(20), WORDS, 0.0, 1, null);
        assertThatThrownBy(() -> CorpusRequirements.check(t, WORDS)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("200 words for training").hasMessageContaining("at least 1,000")
                .hasMessageContaining("Markov chain");
    }

    @Test
    void advisesWhenTheCorpusIsSmallButUsable() {
        TokenizedCorpus t = TokenizedCorpus.prepare(corpus(150), WORDS, 0.0, 1, null);
        CorpusRequirements.check(t, WORDS);
        assertThat(CorpusRequirements.advice(t, WORDS)).hasValueSatisfying(a -> assertThat(a).contains("Small corpus"));
    }

    /** Lines with names, punctuation, rare words, a line of no-break spaces (no word tokens) and accents. */
    private static String mixedText() {
        StringBuilder b = new StringBuilder();
        String[] rare = {"Lyon", "Nancy", "Blois", "Tours"};
        for (int i = 0; i < 300; i++) {
            b.append("The king ").append(i % 11).append(" of ").append(rare[i % 4]).append(i % 13 == 0 ? " z" + i : "")
                    .append(", caf\u00e9!\n");
            if (i % 50 == 0) {
                b.append("\u00a0\u00a0\n");
            }
        }
        return b.toString();
    }

    /** What preparing did when it tokenised every document at once: the definition the passes must meet. */
    private static TokenizedCorpus reference(Corpus corpus, ModelSpec spec, double fraction, long seed) {
        Tokenizer tokenizer = Tokenizer.of(spec.level(), spec.lowercase());
        List<List<String>> docs = new ArrayList<>();
        for (String d : corpus.documents()) {
            List<String> tokens = tokenizer.tokenize(d);
            if (!tokens.isEmpty()) {
                docs.add(tokens);
            }
        }
        Split<List<String>> split = Split.of(docs, fraction, seed);
        Vocabulary vocab = Vocabulary.build(split.train(), spec.minCount(), spec.maxVocabulary());
        List<int[]> train = split.train().stream().map(vocab::encodeDocument).toList();
        List<int[]> validation = split.validation().stream().map(vocab::encodeDocument).toList();
        long tokens = train.stream().mapToLong(d -> d.length - 2).sum();
        long unknown = train.stream().flatMapToInt(java.util.Arrays::stream).filter(id -> id == Vocabulary.UNKNOWN_ID)
                .count();
        return new TokenizedCorpus(vocab, TokenStream.of(train), TokenStream.of(validation), tokens, unknown);
    }

    private static void assertSame(TokenizedCorpus actual, TokenizedCorpus expected) {
        assertThat(actual.vocabulary().tokens()).isEqualTo(expected.vocabulary().tokens());
        assertThat(actual.vocabulary().counts()).isEqualTo(expected.vocabulary().counts());
        assertThat(actual.train()).containsExactlyElementsOf(expected.train());
        assertThat(actual.validation()).containsExactlyElementsOf(expected.validation());
        assertThat(actual.trainTokens()).isEqualTo(expected.trainTokens());
        assertThat(actual.unknownTrainTokens()).isEqualTo(expected.unknownTrainTokens());
        assertThat(actual.validationTokens()).isEqualTo(expected.validationTokens());
    }

    @Test
    void inMemoryMappedAndStreamedPreparationsGiveTheVocabularySplitAndIdsOfTokenisingAllAtOnce() throws IOException {
        Path file = dir.resolve("mixed.txt");
        Files.writeString(file, mixedText(), StandardCharsets.UTF_8);
        Corpus memory = new CorpusLoader().load(file);
        Corpus streamed = new CorpusLoader(DocumentFormat.AUTO, 1 << 30, 0).load(file);
        ModelSpec rareWords = Overrides.apply(WORDS, java.util.Map.of("minCount", "2"));
        ModelSpec chars = Presets.get(Presets.CHARS_LSTM).model();
        for (ModelSpec spec : List.of(rareWords, chars)) {
            TokenizedCorpus expected = reference(memory, spec, 0.2, 9);
            if (spec == rareWords) {
                assertThat(expected.unknownTrainTokens()).as("the test covers rare words").isPositive();
            }
            try (TokenizedCorpus heap = TokenizedCorpus.prepare(memory, spec, 0.2, 9, null);
                    TokenizedCorpus mapped = TokenizedCorpus.prepare(memory, spec, 0.2, 9, null,
                            TokenStorage.inFiles(dir.resolve("tokens")));
                    TokenizedCorpus fromFile = TokenizedCorpus.prepare(streamed, spec, 0.2, 9, null)) {
                assertThat(heap.trainStream().inFile()).isFalse();
                assertThat(mapped.trainStream().inFile()).isTrue();
                assertThat(fromFile.trainStream().inFile()).as("a streamed corpus keeps its ids in a file").isTrue();
                assertSame(heap, expected);
                assertSame(mapped, expected);
                assertSame(fromFile, expected);
            }
        }
        try (Stream<Path> left = Files.list(dir.resolve("tokens"))) {
            assertThat(left).as("temporary files removed").isEmpty();
        }
    }

    @Test
    void aGivenVocabularyIsUsedAsIs() {
        Corpus c = corpus(40);
        try (TokenizedCorpus first = TokenizedCorpus.prepare(c, WORDS, 0.25, 1, null);
                TokenizedCorpus again = TokenizedCorpus.prepare(corpus(10), WORDS, 0.0, 1, first.vocabulary())) {
            assertThat(again.vocabulary()).isSameAs(first.vocabulary());
            assertThat(again.train()).hasSize(10);
        }
    }
}
