package quatrain.engine.spark;

import java.io.Serializable;
import java.util.List;

import quatrain.core.corpus.CorpusRefusals;

import quatrain.core.text.DocumentPreparation;

/**
 * What the driver needs to know of one partition's documents, and nothing of their text: how many there are, how
 * many take part in training (and so are numbered for the split), the characters those hold (for a split by share of
 * text), and what reading found.
 */
record BlockFacts(long documents, long kept, long keptChars, String nulFile, long nulOffset, long replaced)
        implements Serializable {

    /**
     * Refuses a text the executors found binary (a NUL byte anywhere, the first one named) or blank, in the words
     * local training uses.
     */
    static void refuseUnreadable(List<BlockFacts> facts, String name) {
        for (BlockFacts f : facts) {
            if (f.nulOffset() >= 0) {
                throw CorpusRefusals.binary(f.nulFile(), f.nulOffset());
            }
        }
        if (facts.stream().mapToLong(BlockFacts::documents).sum() == 0) {
            throw CorpusRefusals.blank(name);
        }
    }

    static BlockFacts of(DocumentBlock block, DocumentPreparation preparation) {
        long kept = 0;
        long chars = 0;
        for (String d : block.documents()) {
            if (preparation.kept(d)) {
                kept++;
                chars += preparation.length(d);
            }
        }
        return new BlockFacts(block.documents().size(), kept, chars, block.nulFile, block.nulOffset, block.replaced);
    }
}
