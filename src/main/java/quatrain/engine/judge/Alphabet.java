package quatrain.engine.judge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The characters a judge reads, each an id: {@link #PAD} fills the left of a short text, {@link #UNKNOWN} stands for
 * a character it never saw, then the most frequent characters of its training texts.
 */
final class Alphabet {
    static final int PAD = 0;
    static final int UNKNOWN = 1;
    /** Characters kept at most: the rest of a large script's are rare enough to share the unknown id. */
    static final int MAX_CHARACTERS = 400;

    private final List<String> characters;
    private final Map<Character, Integer> ids = new HashMap<>();

    Alphabet(List<String> characters) {
        this.characters = List.copyOf(characters);
        for (int i = 0; i < characters.size(); i++) {
            String c = characters.get(i);
            if (c.length() != 1) {
                throw new IllegalArgumentException("not one character: \"" + c + "\"");
            }
            if (ids.put(c.charAt(0), i + 2) != null) {
                throw new IllegalArgumentException("character listed twice: \"" + c + "\"");
            }
        }
    }

    /** The most frequent characters of {@code texts} (ties in character order), at most {@link #MAX_CHARACTERS}. */
    static Alphabet of(List<String> texts) {
        Map<Character, Long> counts = new HashMap<>();
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                counts.merge(t.charAt(i), 1L, Long::sum);
            }
        }
        List<Map.Entry<Character, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<Character, Long>comparingByValue(Collections.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return new Alphabet(entries.stream().limit(MAX_CHARACTERS).map(e -> String.valueOf(e.getKey())).toList());
    }

    /** Ids in all, the padding and unknown ids included. */
    int size() {
        return characters.size() + 2;
    }

    /** The characters from id 2 on, as stored in the model file. */
    List<String> characters() {
        return characters;
    }

    /**
     * Writes the first {@code length} characters of {@code text} as ids into {@code out[offset .. offset+length)},
     * right-aligned: a shorter text is padded on the left, so the network's last step always reads its last character.
     */
    void encode(String text, int length, float[] out, int offset) {
        int n = Math.min(length, text.length());
        int pad = length - n;
        for (int i = 0; i < pad; i++) {
            out[offset + i] = PAD;
        }
        for (int i = 0; i < n; i++) {
            out[offset + pad + i] = ids.getOrDefault(text.charAt(i), UNKNOWN);
        }
    }
}
