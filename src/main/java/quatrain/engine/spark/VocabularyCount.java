package quatrain.engine.spark;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import quatrain.core.text.DocumentPreparation;
import quatrain.core.text.Vocabulary;

/**
 * A partition's share of the distributed vocabulary count: its training documents' tokens counted with core's
 * {@link Vocabulary.Tally}, one pair per distinct token, for Spark to add up across partitions.
 */
final class VocabularyCount {
    private VocabularyCount() {
    }

    static Iterator<Map.Entry<String, Long>> tokens(List<String> documents, long firstIndex, HeldOutDocuments held,
            DocumentPreparation preparation) {
        Vocabulary.Tally tally = new Vocabulary.Tally();
        long k = firstIndex;
        for (String d : documents) {
            if (preparation.kept(d) && !held.held(k++)) {
                tally.add(preparation.tokens(d));
            }
        }
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        tally.forEach((token, count) -> out.add(new AbstractMap.SimpleImmutableEntry<>(token, count)));
        return out.iterator();
    }
}
