package quatrain.core.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Train/validation split by whole documents: held-out quatrains never share a window with training ones.
 * Seeded, so the same corpus, fraction and seed always give the same split.
 */
public record Split<T>(List<T> train, List<T> validation) {

    public Split {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    /**
     * Shuffles document indices with {@code seed} and holds out {@code round(fraction * n)} of them (at
     * least one when the fraction is positive and there are two documents or more).
     */
    public static <T> Split<T> of(List<T> documents, double fraction, long seed) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1): " + fraction);
        }
        int n = documents.size();
        int held = (int) Math.round(fraction * n);
        if (fraction > 0 && held == 0 && n >= 2) {
            held = 1;
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        boolean[] isVal = new boolean[n];
        for (int i = 0; i < held; i++) {
            isVal[order.get(i)] = true;
        }
        List<T> train = new ArrayList<>(n - held);
        List<T> val = new ArrayList<>(held);
        for (int i = 0; i < n; i++) {
            (isVal[i] ? val : train).add(documents.get(i));
        }
        return new Split<>(train, val);
    }
}
