package quatrain.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final List<List<String>> DOCS = List.of(List.of("the", "king", "the", "fire"),
            List.of("the", "queen", "fire", "rare"));

    @Test
    void putsSpecialsFirstThenTokensByDescendingCountThenAlphabetically() {
        Vocabulary v = Vocabulary.build(DOCS, 1, 100);
        assertThat(v.tokens()).containsExactly("<unk>", "<s>", "</s>", "the", "fire", "king", "queen", "rare");
        assertThat(v.count(v.id("the"))).isEqualTo(3);
        assertThat(v.count(Vocabulary.START_ID)).isEqualTo(2);
    }

    @Test
    void mapsRareTokensToUnknownByMinCountAndCap() {
        Vocabulary byCount = Vocabulary.build(DOCS, 2, 100);
        assertThat(byCount.tokens()).containsExactly("<unk>", "<s>", "</s>", "the", "fire");
        assertThat(byCount.id("king")).isEqualTo(Vocabulary.UNKNOWN_ID);
        assertThat(byCount.count(Vocabulary.UNKNOWN_ID)).isEqualTo(3);
        Vocabulary capped = Vocabulary.build(DOCS, 1, 4);
        assertThat(capped.tokens()).containsExactly("<unk>", "<s>", "</s>", "the");
    }

    @Test
    void encodesDocumentsBetweenStartAndEndMarkers() {
        Vocabulary v = Vocabulary.build(DOCS, 1, 100);
        assertThat(v.encodeDocument(List.of("the", "dragon"))).containsExactly(Vocabulary.START_ID, v.id("the"),
                Vocabulary.UNKNOWN_ID, Vocabulary.END_ID);
    }

    @Test
    void equalityIsByTokens() {
        assertThat(Vocabulary.build(DOCS, 1, 100)).isEqualTo(Vocabulary.build(DOCS, 1, 100))
                .isNotEqualTo(Vocabulary.build(DOCS, 2, 100));
    }
}
