package quatrain.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TokenLevel;
import quatrain.core.text.DocumentPreparation;
import quatrain.core.text.Vocabulary;

class JudgeTextsTest {
    @Test
    void joinsWordsWithSpacesAndLineBreaksAsNewlines() {
        assertThat(JudgeTexts.of(List.of("the", "king", ",", Vocabulary.NEWLINE, "falls", "."), TokenLevel.WORD))
                .isEqualTo("the king ,\nfalls .");
    }

    @Test
    void keepsCharactersAsTheyAre() {
        assertThat(JudgeTexts.of(List.of("A", "b", "\n", " ", "c"), TokenLevel.CHAR)).isEqualTo("Ab\n c");
    }

    @Test
    void writesACorpusDocumentInTheModelsOwnTokens() {
        ModelSpec spec = Presets.get(Presets.QUATRAINS_GRU).model();
        DocumentPreparation preparation = new DocumentPreparation(spec);
        List<String> known = List.of(Vocabulary.UNKNOWN, Vocabulary.START, Vocabulary.END, Vocabulary.NEWLINE, "the",
                "king", ",", "falls", ".");
        Vocabulary vocabulary = new Vocabulary(known, new long[known.size()]);

        // Lower-cased and split as the model reads it; a word it never learnt is written as it would write it.
        assertThat(JudgeTexts.ofDocument("The King, Falls\nthe Sultan.", preparation, vocabulary, TokenLevel.WORD))
                .isEqualTo("the king , falls\nthe <unk> .");
    }
}
