package quatrain.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quatrain.app.TestContexts;
import quatrain.app.context.AppContext;
import quatrain.app.corpus.CorpusAnalysis.Severity;
import quatrain.core.corpus.Corpus;
import quatrain.core.sample.SampleCorpus;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.Vocabulary;
import quatrain.testing.TestCorpora;

class CorpusViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private CorpusViewModel model;

    @BeforeEach
    void setUp() {
        context = TestContexts.direct(dir);
        model = new CorpusViewModel(context);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void loadsATextFileIntoTheSessionAndDescribesIt() throws IOException {
        Path file = write("poems.txt", TestCorpora.stanzas(80, 3));
        model.load(file);
        assertThat(context.session().corpusProperty().get().name()).isEqualTo("poems.txt");
        assertThat(model.loadedFileProperty().get()).isEqualTo(file);
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.loadingProperty().get()).isFalse();
        CorpusFacts facts = model.factsProperty().get();
        assertThat(facts.name()).isEqualTo("poems.txt");
        assertThat(facts.documents()).isEqualTo("80 stanzas");
        assertThat(facts.encoding()).isEqualTo("UTF-8");
        assertThat(facts.format()).isEqualTo("Stanzas separated by blank lines");
    }

    @Test
    void countsTokensAndVocabularyAtTheModelsLevel() throws IOException {
        model.load(write("tiny.txt", "the king shall fall ,\nthe queen shall rise .\n"));
        CorpusAnalysis words = model.analysisProperty().get();
        assertThat(words.level()).isEqualTo(TokenLevel.WORD);
        // Two one-line documents of five tokens; eight distinct ones plus <unk>, <s> and </s>.
        assertThat(words.tokens()).isEqualTo(10);
        assertThat(words.vocabulary()).isEqualTo(3 + 8);
        assertThat(CorpusViewModel.countLines(words)).containsExactly("10 words", "11 distinct tokens");

        context.session().modelSpecProperty().set(Presets.get(Presets.CHARS_LSTM).model());
        CorpusAnalysis chars = model.analysisProperty().get();
        assertThat(chars.level()).isEqualTo(TokenLevel.CHAR);
        assertThat(chars.tokens()).isEqualTo("the king shall fall ,".length() + "the queen shall rise .".length());
    }

    @Test
    void showsTheFrequentWordsWithoutMarkersOrPunctuation() throws IOException {
        model.load(write("tiny.txt", "the king, the queen; the king.\n"));
        assertThat(model.analysisProperty().get().topWords()).extracting(CorpusAnalysis.WordCount::word)
                .containsExactly("the", "king", "queen");
        assertThat(model.analysisProperty().get().topWords().get(0).count()).isEqualTo(3);
    }

    @Test
    void previewsTheTokensWithTheirMarkers() throws IOException {
        model.load(write("two.txt", "fire in the sky\nand blood\n\nthe end comes\nat last\n"));
        assertThat(model.analysisProperty().get().preview()).containsExactly(Vocabulary.START, "fire", "in", "the",
                "sky", Vocabulary.NEWLINE, "and", "blood", Vocabulary.END, Vocabulary.START, "the", "end", "comes",
                Vocabulary.NEWLINE, "at", "last", Vocabulary.END);
    }

    @Test
    void aBinaryFileLeavesTheLoadedCorpusAndExplainsWhy() throws IOException {
        model.load(write("poems.txt", TestCorpora.stanzas(40, 1)));
        Corpus before = context.session().corpusProperty().get();
        Path binary = dir.resolve("picture.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        model.load(binary);
        assertThat(model.errorProperty().get()).contains("picture.png").contains("binary file");
        assertThat(context.session().corpusProperty().get()).isSameAs(before);
        assertThat(model.factsProperty().get().name()).isEqualTo("poems.txt");
        assertThat(model.loadedFileProperty().get()).isEqualTo(dir.resolve("poems.txt"));
    }

    @Test
    void emptyFilesAndFoldersAreRefusedWithAMessage() throws IOException {
        model.load(write("empty.txt", ""));
        assertThat(model.errorProperty().get()).contains("is empty");
        model.load(dir);
        assertThat(model.errorProperty().get()).contains("is a folder");
        model.load(dir.resolve("missing.txt"));
        assertThat(model.errorProperty().get()).startsWith("No file at");
        assertThat(context.session().corpusProperty().get()).isNull();
    }

    @Test
    void aGoodLoadClearsTheEarlierMessage() throws IOException {
        model.load(write("empty.txt", ""));
        model.load(write("poems.txt", TestCorpora.stanzas(10, 1)));
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void usesTheBuiltInSample() {
        model.useSample();
        assertThat(model.factsProperty().get().name()).isEqualTo(SampleCorpus.DISPLAY_NAME);
        assertThat(model.loadedFileProperty().get()).isNull();
        assertThat(model.analysisProperty().get().verdict().severity()).isEqualTo(Severity.OK);
        assertThat(model.analysisProperty().get().tokens()).isGreaterThan(20_000);
    }

    @Test
    void refusesATextTooSmallForTheModelAndAdvisesOnASmallOne() throws IOException {
        model.load(write("tiny.txt", "the king shall fall\n"));
        CorpusAnalysis.Verdict refusal = model.analysisProperty().get().verdict();
        assertThat(refusal.severity()).isEqualTo(Severity.DANGER);
        assertThat(refusal.message()).startsWith("The text is too small for a word-level GRU network");

        model.load(write("small.txt", TestCorpora.stanzas(100, 2)));
        CorpusAnalysis.Verdict advice = model.analysisProperty().get().verdict();
        assertThat(advice.severity()).isEqualTo(Severity.WARNING);
        assertThat(advice.message()).startsWith("Small corpus");
    }

    @Test
    void reportsCharactersReplacedByTheEncodingFallback() throws IOException {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
        model.load(latin);
        assertThat(model.factsProperty().get().encoding()).startsWith("windows-1252").contains("2 characters");
    }
}
