package quatrain.core.judge;

import quatrain.core.generate.Quatrain;

/**
 * A quatrain with the judge's score.
 *
 * @param quatrain the quatrain as written (its index and seed say how to get it again)
 * @param score    the judge's probability that it is a corpus document: higher reads more like the corpus
 */
public record RankedQuatrain(Quatrain quatrain, double score) {

    /** Whether the novelty check flagged it as copying the corpus (false when there was no check). */
    public boolean copies() {
        return quatrain.novelty() != null && quatrain.novelty().flagged();
    }
}
