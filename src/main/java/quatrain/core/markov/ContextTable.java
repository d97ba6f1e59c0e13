package quatrain.core.markov;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import quatrain.core.text.Vocabulary;

/**
 * The counts of one context length k: for each context seen in training (k preceding ids, kept as a
 * 64-bit hash), which ids followed it and how often, in compressed-row form (followers sorted by id).
 * Two different contexts of the same length share a hash with odds around n²/2⁶⁵ for n contexts, which
 * is negligible even for millions of contexts.
 */
final class ContextTable {
    static final int MAX_ENTRIES = 1 << 27;

    private final long[] keys;
    private final int[] offsets;
    private final int[] next;
    private final int[] counts;
    private final long[] totals;
    private final LongIntMap index;

    private ContextTable(long[] keys, int[] offsets, int[] next, int[] counts) {
        this.keys = keys;
        this.offsets = offsets;
        this.next = next;
        this.counts = counts;
        this.totals = new long[keys.length];
        this.index = new LongIntMap(keys.length);
        for (int c = 0; c < keys.length; c++) {
            if (index.putIfAbsent(keys[c], c) != c) {
                throw new IllegalArgumentException("duplicate context key");
            }
            for (int i = offsets[c]; i < offsets[c + 1]; i++) {
                totals[c] += counts[i];
            }
        }
    }

    /** Hash of the {@code length} ids before {@code end}. */
    static long key(int[] ids, int end, int length) {
        long h = (length + 1) * 0x9E3779B97F4A7C15L;
        for (int j = end - length; j < end; j++) {
            h = mix(h ^ (ids[j] + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Counts, for context length {@code k}, what follows every position from {@code order} on. */
    static ContextTable count(List<int[]> padded, int order, int k) {
        int targets = 0;
        for (int[] doc : padded) {
            targets += doc.length - order;
        }
        LongIntMap index = new LongIntMap(Math.min(targets, 1 << 16));
        long[] keys = new long[16];
        long[] pairs = new long[targets];
        int p = 0;
        for (int[] doc : padded) {
            for (int i = order; i < doc.length; i++) {
                long key = key(doc, i, k);
                int c = index.putIfAbsent(key, index.size());
                if (c == keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                }
                keys[c] = key;
                pairs[p++] = ((long) c << 32) | doc[i];
            }
        }
        Arrays.sort(pairs);
        return fromSortedPairs(Arrays.copyOf(keys, index.size()), pairs);
    }

    /** Run-length counts of sorted (context << 32 | follower) pairs. */
    private static ContextTable fromSortedPairs(long[] keys, long[] pairs) {
        int[] offsets = new int[keys.length + 1];
        int[] next = new int[pairs.length];
        int[] counts = new int[pairs.length];
        int distinct = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                counts[distinct - 1]++;
            } else {
                next[distinct] = (int) pairs[i];
                counts[distinct++] = 1;
                offsets[(int) (pairs[i] >>> 32) + 1] = distinct;
            }
        }
        return new ContextTable(keys, offsets, Arrays.copyOf(next, distinct), Arrays.copyOf(counts, distinct));
    }

    /** The context's index, or -1 when it was never seen. */
    int find(long key) {
        return index.get(key);
    }

    int contexts() {
        return keys.length;
    }

    long total(int context) {
        return totals[context];
    }

    /** How many different ids followed the context. */
    int followers(int context) {
        return offsets[context + 1] - offsets[context];
    }

    /** The id that followed the context most often (the lowest of a tie, as an argmax over logits picks). */
    int likeliest(int context) {
        int best = offsets[context];
        for (int i = best + 1; i < offsets[context + 1]; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return next[best];
    }

    /** How often {@code id} followed the context. */
    int count(int context, int id) {
        int i = Arrays.binarySearch(next, offsets[context], offsets[context + 1], id);
        return i >= 0 ? counts[i] : 0;
    }

    /** Whether something other than {@code <unk>} followed the context (followers are sorted by id). */
    boolean predictsAKnownToken(int context) {
        return offsets[context + 1] - offsets[context] > 1 || next[offsets[context]] != Vocabulary.UNKNOWN_ID;
    }

    /** Writes log(count / total) of each follower into {@code logits}; leaves the others alone. */
    void logProbabilities(int context, float[] logits) {
        double logTotal = Math.log(totals[context]);
        for (int i = offsets[context]; i < offsets[context + 1]; i++) {
            logits[next[i]] = (float) (Math.log(counts[i]) - logTotal);
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        out.writeInt(next.length);
        ArrayIO.writeLongs(out, keys);
        ArrayIO.writeInts(out, offsets);
        ArrayIO.writeInts(out, next);
        ArrayIO.writeInts(out, counts);
    }

    static ContextTable read(DataInputStream in, int vocabularySize) throws IOException {
        int contexts = in.readInt();
        int pairs = in.readInt();
        check(contexts >= 0 && contexts <= MAX_ENTRIES && pairs >= contexts && pairs <= MAX_ENTRIES,
                "impossible table size " + contexts + " × " + pairs);
        long[] keys = ArrayIO.readLongs(in, contexts);
        int[] offsets = ArrayIO.readInts(in, contexts + 1);
        int[] next = ArrayIO.readInts(in, pairs);
        int[] counts = ArrayIO.readInts(in, pairs);
        checkRows(offsets, next, counts, vocabularySize);
        try {
            return new ContextTable(keys, offsets, next, counts);
        } catch (IllegalArgumentException e) {
            throw new IOException("the Markov model data is corrupt: " + e.getMessage(), e);
        }
    }

    private static void checkRows(int[] offsets, int[] next, int[] counts, int vocabularySize) throws IOException {
        check(offsets[0] == 0 && offsets[offsets.length - 1] == next.length, "row offsets do not add up");
        for (int c = 0; c + 1 < offsets.length; c++) {
            check(offsets[c] < offsets[c + 1], "a context without followers");
            for (int i = offsets[c]; i < offsets[c + 1]; i++) {
                check(next[i] >= 0 && next[i] < vocabularySize, "token id " + next[i] + " outside the vocabulary");
                check(i == offsets[c] || next[i] > next[i - 1], "followers out of order");
                check(counts[i] > 0, "a count below 1");
            }
        }
    }

    private static void check(boolean ok, String problem) throws IOException {
        if (!ok) {
            throw new IOException("the Markov model data is corrupt: " + problem);
        }
    }
}
