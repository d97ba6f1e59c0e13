package quatrain.core.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import quatrain.core.text.Vocabulary;
import quatrain.core.text.WordTokenizer;

/**
 * The corpus as one array of token ids (0 between documents, so no match runs across two) and its
 * positions sorted by their first {@link #GRAM} tokens: a suffix array cut at depth four, built by four
 * counting-sort passes. Any n-gram up to four tokens is found by binary search; a longer copy is found by
 * extending each occurrence of its first four tokens token by token, so run lengths are exact. About 8
 * bytes per corpus token, no object per n-gram.
 */
final class CorpusIndex {
    static final int GRAM = 4;
    static final int ABSENT = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] corpus = new int[1024];
    private int length;
    private final int[] sorted;

    private CorpusIndex(List<String> documents) {
        WordTokenizer tokenizer = new WordTokenizer(true);
        for (String document : documents) {
            for (String token : tokenizer.tokenize(document)) {
                if (!token.equals(Vocabulary.NEWLINE)) {
                    append(ids.computeIfAbsent(token, t -> ids.size() + 1));
                }
            }
            append(0);
        }
        corpus = Arrays.copyOf(corpus, length);
        sorted = sortPositions();
    }

    static CorpusIndex of(List<String> documents) {
        return new CorpusIndex(documents);
    }

    int tokenCount() {
        return sorted.length;
    }

    /** The id of a lower-cased token, or {@link #ABSENT} when the corpus never has it. */
    int id(String token) {
        return ids.getOrDefault(token, ABSENT);
    }

    /** Length of the longest prefix of {@code query[from..]} found contiguously in the corpus. */
    int longestMatch(int[] query, int from) {
        int remaining = query.length - from;
        if (remaining >= GRAM) {
            int lo = lowerBound(query, from, GRAM);
            int hi = upperBound(query, from, GRAM);
            if (lo < hi) {
                return extend(query, from, lo, hi);
            }
        }
        for (int n = Math.min(remaining, GRAM - 1); n > 0; n--) {
            if (lowerBound(query, from, n) < upperBound(query, from, n)) {
                return n;
            }
        }
        return 0;
    }

    private int extend(int[] query, int from, int lo, int hi) {
        int best = GRAM;
        for (int i = lo; i < hi && from + best < query.length; i++) {
            int p = sorted[i];
            int k = GRAM;
            while (from + k < query.length && p + k < length && corpus[p + k] == query[from + k]) {
                k++;
            }
            best = Math.max(best, k);
        }
        return best;
    }

    private int lowerBound(int[] query, int from, int n) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(sorted[mid], query, from, n) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int upperBound(int[] query, int from, int n) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(sorted[mid], query, from, n) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compare(int position, int[] query, int from, int n) {
        for (int j = 0; j < n; j++) {
            int c = Integer.compare(key(position + j), query[from + j]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int key(int position) {
        return position < length ? corpus[position] : 0;
    }

    /** Positions of real tokens, ordered by their next four ids (LSD radix sort, one counting sort each). */
    private int[] sortPositions() {
        int[] positions = new int[length - countBoundaries()];
        for (int p = 0, i = 0; p < length; p++) {
            if (corpus[p] != 0) {
                positions[i++] = p;
            }
        }
        int[] buffer = new int[positions.length];
        int[] counts = new int[ids.size() + 2];
        for (int depth = GRAM - 1; depth >= 0; depth--) {
            Arrays.fill(counts, 0);
            for (int p : positions) {
                counts[key(p + depth) + 1]++;
            }
            for (int k = 1; k < counts.length; k++) {
                counts[k] += counts[k - 1];
            }
            for (int p : positions) {
                buffer[counts[key(p + depth)]++] = p;
            }
            int[] swap = positions;
            positions = buffer;
            buffer = swap;
        }
        return positions;
    }

    private int countBoundaries() {
        int n = 0;
        for (int p = 0; p < length; p++) {
            if (corpus[p] == 0) {
                n++;
            }
        }
        return n;
    }

    private void append(int id) {
        if (length == corpus.length) {
            corpus = Arrays.copyOf(corpus, corpus.length * 2);
        }
        corpus[length++] = id;
    }
}
