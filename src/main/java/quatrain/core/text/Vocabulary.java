package quatrain.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Token ↔ id mapping. Ids 0–2 are the special tokens {@code <unk>}, {@code <s>} and {@code </s>}; the rest
 * are ordered by descending corpus count (ties alphabetically, so a vocabulary is reproducible). Tokens
 * seen fewer than {@code minCount} times, or beyond {@code maxSize}, map to {@code <unk>}.
 */
public final class Vocabulary {
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

        /** The vocabulary of the documents added so far. */
        public Vocabulary build(int minCount, int maxSize) {
            if (minCount < 1 || maxSize < SPECIALS + 1) {
                throw new IllegalArgumentException("minCount >= 1 and maxSize >= 4 required");
            }
            List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                    : a.getKey().compareTo(b.getKey()));
            List<String> tokens = new ArrayList<>(List.of(UNKNOWN, START, END));
            List<Long> kept = new ArrayList<>(List.of(0L, documents, documents));
            long unknown = 0;
            for (Map.Entry<String, long[]> e : entries) {
                long c = e.getValue()[0];
                boolean special = e.getKey().equals(UNKNOWN) || e.getKey().equals(START) || e.getKey().equals(END);
                if (!special && c >= minCount && tokens.size() < maxSize) {
                    tokens.add(e.getKey());
                    kept.add(c);
                } else {
                    unknown += c;
                }
            }
            kept.set(UNKNOWN_ID, unknown);
            return new Vocabulary(tokens, kept.stream().mapToLong(Long::longValue).toArray());
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
