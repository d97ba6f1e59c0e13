package quatrain.core.sample;

import java.util.List;
import java.util.Locale;

/** The few spelling rules the grammar needs: plurals, verb endings, "a" or "an", a capital letter. */
final class English {
    /** Words that start with a vowel letter but a consonant sound, or the other way round. */
    private static final List<String> SOUNDS_LIKE_CONSONANT = List.of("one", "once", "uni", "use", "usu", "ewe", "eu");
    private static final List<String> SILENT_H = List.of("hour", "heir", "honest", "honour");

    private English() {
    }

    static String plural(String noun) {
        if (endsWithSibilant(noun)) {
            return noun + "es";
        }
        if (endsWithConsonantY(noun)) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    static String thirdPerson(String verb) {
        if (endsWithSibilant(verb) || verb.endsWith("o")) {
            return verb + "es";
        }
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    /** The -ing form; a past tense that doubles the last letter ({@code stopped}) doubles it here too. */
    static String gerund(String base, String past) {
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee") && !base.endsWith("oe") && !base.endsWith("ye")) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        char last = base.charAt(base.length() - 1);
        if (past.equals(base + last + "ed")) {
            return base + last + "ing";
        }
        return base + "ing";
    }

    /** "an" before a vowel sound, "a" otherwise. */
    static String article(String nextWord) {
        String w = nextWord.toLowerCase(Locale.ROOT);
        for (String h : SILENT_H) {
            if (w.startsWith(h)) {
                return "an";
            }
        }
        for (String c : SOUNDS_LIKE_CONSONANT) {
            if (w.startsWith(c)) {
                return "a";
            }
        }
        return !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Sets each "a"/"an" by the word after it, so templates may write "a" before any slot. */
    static String fixArticles(String line) {
        String[] t = line.split(" ");
        for (int i = 0; i + 1 < t.length; i++) {
            String lower = t[i].toLowerCase(Locale.ROOT);
            if (lower.equals("a") || lower.equals("an")) {
                String right = article(t[i + 1]);
                t[i] = Character.isUpperCase(t[i].charAt(0)) ? capitalise(right) : right;
            }
        }
        return String.join(" ", t);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static boolean endsWithSibilant(String w) {
        return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh");
    }

    private static boolean endsWithConsonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }
}
