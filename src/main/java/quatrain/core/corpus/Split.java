package quatrain.core.corpus;

import java.util.ArrayList;
import java.util.BitSet;
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
        int n = documents.size();
        BitSet isVal = heldOut(n, fraction, seed);
        List<T> train = new ArrayList<>(n - isVal.cardinality());
        List<T> val = new ArrayList<>(isVal.cardinality());
        for (int i = 0; i < n; i++) {
            (isVal.get(i) ? val : train).add(documents.get(i));
        }
        return new Split<>(train, val);
    }

    /**
     * Which of {@code n} documents {@link #of} holds out, without the documents: a large corpus decides
     * document by document as it streams past. The shuffle is {@code Collections.shuffle}'s, on an array.
     */
    public static BitSet heldOut(int n, double fraction, long seed) {
        int held = count(n, fraction);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n; i > 1; i--) {
            int j = random.nextInt(i);
            int t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        BitSet isVal = new BitSet(n);
        for (int i = 0; i < held; i++) {
            isVal.set(order[i]);
        }
        return isVal;
    }

    /**
     * The documents at the end of the text that hold the last {@code fraction} of it, measured in characters (the
     * "last 10%" of a benchmark): trailing documents are held out until their lengths reach that share. At least one
     * is held out when the fraction is positive and there are two or more, and at least one is kept for training.
     */
    public static BitSet lastHeldOut(int[] lengths, double fraction) {
        checkFraction(fraction);
        int n = lengths.length;
        BitSet isVal = new BitSet(n);
        if (!holdsOutLast(n, fraction)) {
            return isVal;
        }
        long total = 0;
        for (int length : lengths) {
            total += length;
        }
        long suffix = 0;
        int largest = -1;
        for (int f = n - 1; f >= 1 && largest < 0; f--) {
            suffix += lengths[f];
            largest = reachesShare(suffix, total, fraction) ? f : -1;
        }
        isVal.set((int) firstOfLast(largest), n);
        return isVal;
    }

    /** Whether {@link #lastHeldOut} holds anything out of {@code n} documents. */
    public static boolean holdsOutLast(long n, double fraction) {
        return fraction > 0 && n >= 2;
    }

    /**
     * The rule of {@link #lastHeldOut} for one document: whether the documents from it to the end, holding
     * {@code suffixChars} of the text's {@code totalChars}, hold the share. The first held-out document is the
     * last of those that do ({@link #firstOfLast}); a reader that sees the text in pieces finds it piece by piece.
     */
    public static boolean reachesShare(long suffixChars, long totalChars, double fraction) {
        return suffixChars >= fraction * totalChars;
    }

    /**
     * The first held-out document, given the largest index from 1 on whose suffix {@link #reachesShare} (-1 when
     * none does): the last document is always held out and the first always kept.
     */
    public static long firstOfLast(long largestReaching) {
        return largestReaching >= 1 ? largestReaching : 1;
    }

    private static int count(int n, double fraction) {
        checkFraction(fraction);
        int held = (int) Math.round(fraction * n);
        return fraction > 0 && held == 0 && n >= 2 ? 1 : held;
    }

    private static void checkFraction(double fraction) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1): " + fraction);
        }
    }
}
