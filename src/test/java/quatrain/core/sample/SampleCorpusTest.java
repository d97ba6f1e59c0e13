package quatrain.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.text.Vocabulary;
import quatrain.core.text.WordTokenizer;

class SampleCorpusTest {
    private static String generated;

    @BeforeAll
    static void generateOnce() {
        generated = SampleCorpus.generate(SampleCorpus.SEED, SampleCorpus.QUATRAINS);
    }

    @Test
    void shippedAssetIsExactlyWhatTheGeneratorProduces() throws IOException {
        String inProject = Files.readString(Path.of("assets", "sample", "prophecies.txt"), StandardCharsets.UTF_8);

        assertThat(inProject).as("assets/sample/prophecies.txt; regenerate it with SampleCorpus.main")
                .isEqualTo(generated);
        assertThat(SampleCorpus.text()).isEqualTo(generated);
    }

    @Test
    void textIsPlainAsciiWithUnixLineEndsAndOneBlankLineBetweenStanzas() {
        assertThat(generated.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).isTrue();
        assertThat(generated).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\n\n\n");
        assertThat(generated.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000_000);
    }

    @Test
    void sameSeedGivesSameTextAndOtherSeedDiffers() {
        assertThat(SampleCorpus.generate(7L, 50)).isEqualTo(SampleCorpus.generate(7L, 50));
        assertThat(SampleCorpus.generate(8L, 50)).isNotEqualTo(SampleCorpus.generate(7L, 50));
    }

    @Test
    void everyQuatrainHasFourLinesAndTheCorpusHasAtLeastAThousand() {
        Corpus corpus = SampleCorpus.corpus();

        assertThat(corpus.name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
        assertThat(corpus.format()).isEqualTo(DocumentFormat.STANZAS);
        assertThat(corpus.documents()).hasSize(SampleCorpus.QUATRAINS).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(corpus.documents()).allSatisfy(doc -> assertThat(doc.split("\n")).hasSize(4));
    }

    @Test
    void everyLineStartsWithACapitalAndHasAFewWords() {
        List<String> lines = generated.lines().filter(l -> !l.isEmpty()).toList();

        assertThat(lines).allSatisfy(line -> {
            assertThat(Character.isUpperCase(line.charAt(0))).as(line).isTrue();
            assertThat(line.split(" ").length).as(line)
                    .isBetween(QuatrainWriter.MIN_WORDS, QuatrainWriter.MAX_WORDS);
        });
    }

    @Test
    void vocabularyIsRichEnough() {
        WordTokenizer tokenizer = new WordTokenizer(true);
        Set<String> words = new TreeSet<>();
        for (String doc : SampleCorpus.corpus().documents()) {
            for (String token : tokenizer.tokenize(doc)) {
                if (!token.equals(Vocabulary.NEWLINE) && Character.isLetter(token.charAt(0))) {
                    words.add(token);
                }
            }
        }

        assertThat(words).hasSizeGreaterThanOrEqualTo(1500)
                .contains("o'er", "twice-born", "comet", "eclipse", "pontiff");
    }

    @Test
    void punctuationIsVaried() {
        assertThat(generated).contains(",", ";", ":", ".", "!", "?", "'", "-");
    }

    @Test
    void noQuatrainRepeats() {
        List<String> stanzas = List.of(generated.strip().split("\n\n"));

        assertThat(stanzas).hasSize(SampleCorpus.QUATRAINS);
        assertThat(new HashSet<>(stanzas)).hasSize(stanzas.size());
    }
}
