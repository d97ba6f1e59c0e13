package quatrain.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusException;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;

class TokenizedCorpusTest {
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
}
