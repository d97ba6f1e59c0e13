package quatrain.core.bundle;

import java.util.List;

import quatrain.core.text.Vocabulary;

/** JSON form of a vocabulary: tokens in id order and their corpus counts. */
public record VocabularyFile(List<String> tokens, long[] counts) {

    public static VocabularyFile of(Vocabulary v) {
        return new VocabularyFile(v.tokens(), v.counts());
    }

    public Vocabulary toVocabulary() {
        return new Vocabulary(tokens, counts);
    }
}
