package quatrain.core.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import quatrain.core.generate.Quatrain;

/**
 * Chooses the best of a batch by the judge's score. Reading like the corpus is what a copy of the corpus does
 * best, so copies can be left out before choosing; the score and the novelty check are reported together.
 */
public final class BestOf {
    /** Higher scores first; the sort is stable, so equal scores keep the batch's order. */
    private static final Comparator<RankedQuatrain> BEST_FIRST =
            Comparator.comparingDouble(RankedQuatrain::score).reversed();

    private BestOf() {
    }

    /** Every candidate with its score, best first; equal scores keep the batch's order. */
    public static List<RankedQuatrain> rank(List<Quatrain> candidates, double[] scores) {
        if (candidates.size() != scores.length) {
            throw new IllegalArgumentException(candidates.size() + " candidates but " + scores.length + " scores");
        }
        List<RankedQuatrain> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new RankedQuatrain(candidates.get(i), scores[i]));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /**
     * The {@code keep} best candidates, best first; with {@code excludeCopies}, those the novelty check flagged are
     * passed over (so fewer than {@code keep} come back when too many copy).
     */
    public static List<RankedQuatrain> choose(List<Quatrain> candidates, double[] scores, int keep,
            boolean excludeCopies) {
        return best(rank(candidates, scores), keep, excludeCopies);
    }

    /** {@link #choose(List, double[], int, boolean)} for candidates already scored, in any order. */
    public static List<RankedQuatrain> choose(List<RankedQuatrain> judged, int keep, boolean excludeCopies) {
        List<RankedQuatrain> ranked = new ArrayList<>(judged);
        ranked.sort(BEST_FIRST);
        return best(ranked, keep, excludeCopies);
    }

    private static List<RankedQuatrain> best(List<RankedQuatrain> ranked, int keep, boolean excludeCopies) {
        return ranked.stream().filter(r -> !(excludeCopies && r.copies())).limit(keep).toList();
    }

    /** Share of {@code chosen} the novelty check flagged as copies; NaN for none. */
    public static double copiedShare(List<RankedQuatrain> chosen) {
        return chosen.isEmpty() ? Double.NaN : chosen.stream().filter(RankedQuatrain::copies).count()
                / (double) chosen.size();
    }
}
