package quatrain.core.sample;

import java.util.ArrayList;
import java.util.List;

/** Turns the word lists, written as text blocks for readability, into lists in source order. */
final class Words {
    private Words() {
    }

    /** Single words separated by white space. */
    static List<String> words(String block) {
        List<String> out = new ArrayList<>();
        for (String w : block.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** Phrases separated by {@code |} or line breaks. */
    static List<String> phrases(String block) {
        List<String> out = new ArrayList<>();
        for (String p : block.split("[|\\n]")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** Nouns separated by white space; {@code wolf:wolves} names an irregular plural. */
    static List<Noun> nouns(String block) {
        List<Noun> out = new ArrayList<>();
        for (String entry : words(block)) {
            int colon = entry.indexOf(':');
            out.add(colon < 0 ? new Noun(entry, English.plural(entry))
                    : new Noun(entry.substring(0, colon), entry.substring(colon + 1)));
        }
        return List.copyOf(out);
    }

    /** Verbs separated by commas, each {@code base past participle [gerund]}. */
    static List<Verb> verbs(String block) {
        List<Verb> out = new ArrayList<>();
        for (String entry : block.split(",")) {
            List<String> f = words(entry);
            if (f.size() < 3 || f.size() > 4) {
                throw new IllegalArgumentException("bad verb entry: " + entry.strip());
            }
            String gerund = f.size() == 4 ? f.get(3) : English.gerund(f.get(0), f.get(1));
            out.add(new Verb(f.get(0), English.thirdPerson(f.get(0)), f.get(1), f.get(2), gerund));
        }
        return List.copyOf(out);
    }
}
