package quatrain.core.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ObjLongConsumer;

/**
 * Token ↔ id mapping. Ids 0–2 are the special tokens {@code <unk>}, {@code <s>} and {@code </s>}; the rest
 * are ordered by descending corpus count (ties alphabetically, so a vocabulary is reproducible). Tokens
 * seen fewer than {@code minCount} times, or beyond {@code maxSize}, map to {@code <unk>}. Serializable: Spark's
 * executors encode their documents with the driver's vocabulary.
 */
public final class Vocabulary implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String UNKNOWN = "<unk>";
    public static final String START = "<s>";
    public static final String END = "</s>";
    /** Word-level token for a line break inside a document. */
    public static final String NEWLINE = "<nl>";
    public static final int UNKNOWN_ID = 0;
    public static final int START_ID = 1;
    public static final int END_ID = 2;
    private static final int SPECIALS = 3;

    private final List<String> tokens;
    private final long[] counts;
    private final Map<String, Integer> index;

    /**
     * @param tokens every token, specials first, in id order
     * @param counts corpus count of each token (specials count occurrences too), same length
     */
    public Vocabulary(List<String> tokens, long[] counts) {
        if (tokens.size() < SPECIALS || !tokens.get(UNKNOWN_ID).equals(UNKNOWN) || !tokens.get(START_ID).equals(START)
                || !tokens.get(END_ID).equals(END)) {
            throw new IllegalArgumentException("a vocabulary starts with " + UNKNOWN + ", " + START + ", " + END);
        }
        if (counts.length != tokens.size()) {
            throw new IllegalArgumentException("one count per token");
        }
        this.tokens = List.copyOf(tokens);
        this.counts = counts.clone();
        this.index = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            if (index.put(tokens.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate token in vocabulary: " + tokens.get(i));
            }
        }
    }

    /** Builds the vocabulary of tokenised documents. */
    public static Vocabulary build(Iterable<List<String>> documents, int minCount, int maxSize) {
        Tally tally = new Tally();
        for (List<String> doc : documents) {
            tally.add(doc);
        }
        return tally.build(minCount, maxSize);
    }

    /** Token counts gathered one document at a time, so that no document has to be kept. */
    public static final class Tally {
        private final Map<String, long[]> counts = new HashMap<>();
        private long documents;

        public void add(List<String> documentTokens) {
            documents++;
            for (String t : documentTokens) {
                counts.computeIfAbsent(t, k -> new long[1])[0]++;
            }
        }

        /** Documents added so far. */
        public long documents() {
            return documents;
        }

        /** Each token counted so far, with its count (a distributed count merges these). */
        public void forEach(ObjLongConsumer<String> action) {
            counts.forEach((token, count) -> action.accept(token, count[0]));
        }

        /** The vocabulary of the documents added so far. */
        public Vocabulary build(int minCount, int maxSize) {
            checkPolicy(minCount, maxSize);
            List<Map.Entry<String, Long>> candidates = new ArrayList<>();
            long total = 0;
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                long c = e.getValue()[0];
                total += c;
                if (isCandidate(e.getKey(), c, minCount)) {
                    candidates.add(Map.entry(e.getKey(), c));
                }
            }
            return select(candidates, total, documents, maxSize);
        }
    }

    /**
     * The policy, in one place: which counted tokens may be in the vocabulary at all. Literal {@code <unk>},
     * {@code <s>} and {@code </s>} in a text are not the markers and count as unknown.
     */
    public static boolean isCandidate(String token, long count, int minCount) {
        boolean special = token.equals(UNKNOWN) || token.equals(START) || token.equals(END);
        return !special && count >= minCount;
    }

    /** Most frequent first, ties alphabetically: the order in which candidates get the ids after the markers. */
    public static final Comparator<Map.Entry<String, Long>> ORDER = new Order();

    /** Serializable, so that a distributed count can take its top tokens in the same order. */
    private static final class Order implements Comparator<Map.Entry<String, Long>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Map.Entry<String, Long> a, Map.Entry<String, Long> b) {
            int byCount = Long.compare(b.getValue(), a.getValue());
            return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        }
    }

    /**
     * The vocabulary of a count: the first {@code maxSize - 3} candidates in {@link #ORDER} after the markers, every
     * other token unknown. A count made in one pass gives all its candidates; a distributed one may give only its top
     * {@code maxSize - 3} (the rest cannot be chosen), with the same total.
     *
     * @param candidates  tokens that pass {@link #isCandidate}, with their counts, in any order
     * @param totalTokens every token counted, candidates or not
     * @param documents   documents counted (each has one start and one end marker)
     */
    public static Vocabulary select(Collection<Map.Entry<String, Long>> candidates, long totalTokens, long documents,
            int maxSize) {
        checkPolicy(1, maxSize);
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        List<String> tokens = new ArrayList<>(List.of(UNKNOWN, START, END));
        List<Long> kept = new ArrayList<>(List.of(0L, documents, documents));
        long known = 0;
        for (Map.Entry<String, Long> e : sorted) {
            if (tokens.size() == maxSize) {
                break;
            }
            tokens.add(e.getKey());
            kept.add(e.getValue());
            known += e.getValue();
        }
        kept.set(UNKNOWN_ID, totalTokens - known);
        return new Vocabulary(tokens, kept.stream().mapToLong(Long::longValue).toArray());
    }

    private static void checkPolicy(int minCount, int maxSize) {
        if (minCount < 1 || maxSize < SPECIALS + 1) {
            throw new IllegalArgumentException("minCount >= 1 and maxSize >= 4 required");
        }
    }

    public int size() {
        return tokens.size();
    }

    public String token(int id) {
        return tokens.get(id);
    }

    public long count(int id) {
        return counts[id];
    }

    /** The id of {@code token}, or {@link #UNKNOWN_ID}. */
    public int id(String token) {
        Integer id = index.get(token);
        return id == null ? UNKNOWN_ID : id;
    }

    public boolean contains(String token) {
        return index.containsKey(token);
    }

    public static boolean isSpecial(int id) {
        return id < SPECIALS;
    }

    /** Ids of the tokens, unknown ones as {@link #UNKNOWN_ID}. */
    public int[] encode(List<String> documentTokens) {
        int[] ids = new int[documentTokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(documentTokens.get(i));
        }
        return ids;
    }

    /** {@code <s>} + ids + {@code </s>}. */
    public int[] encodeDocument(List<String> documentTokens) {
        int[] ids = new int[documentTokens.size() + 2];
        ids[0] = START_ID;
        for (int i = 0; i < documentTokens.size(); i++) {
            ids[i + 1] = id(documentTokens.get(i));
        }
        ids[ids.length - 1] = END_ID;
        return ids;
    }

    public List<String> tokens() {
        return tokens;
    }

    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && tokens.equals(v.tokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokens);
    }

    @Override
    public String toString() {
        return "Vocabulary[" + tokens.size() + " tokens: " + tokens.subList(0, Math.min(12, tokens.size())) + "…]";
    }
}
