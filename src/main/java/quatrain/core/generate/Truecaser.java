package quatrain.core.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the capitals the tokenizer took away: names the corpus writes capitalised ("nancy" → "Nancy",
 * "lyon" → "Lyon") get their usual form back. Only occurrences inside a sentence count as evidence, since in
 * verse every line starts with a capital; a form must be the corpus's majority to be used.
 */
public final class Truecaser {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
    private final Map<String, String> forms;

    private Truecaser(Map<String, String> forms) {
        this.forms = forms;
    }

    /** Learns the usual form of every word of {@code documents}. */
    public static Truecaser of(List<String> documents) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String doc : documents) {
            for (String line : doc.split("\n")) {
                Matcher m = WORD.matcher(line);
                boolean sentenceStart = true;
                int last = 0;
                while (m.find()) {
                    String between = line.substring(last, m.start());
                    sentenceStart = sentenceStart || between.matches(".*[.!?:][\\s\"'’)]*");
                    if (!sentenceStart) {
                        counts.computeIfAbsent(m.group().toLowerCase(Locale.ROOT), k -> new HashMap<>())
                                .merge(m.group(), 1, Integer::sum);
                    }
                    sentenceStart = false;
                    last = m.end();
                }
            }
        }
        Map<String, String> forms = new HashMap<>();
        counts.forEach((lower, variants) -> {
            int total = variants.values().stream().mapToInt(Integer::intValue).sum();
            variants.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(best -> {
                if (!best.getKey().equals(lower) && best.getValue() * 2 > total) {
                    forms.put(lower, best.getKey());
                }
            });
        });
        return new Truecaser(forms);
    }

    /** {@code text} with every all-lower-case word that the corpus usually capitalises in its usual form. */
    public String apply(String text) {
        if (forms.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String word = m.group();
            String form = word.equals(word.toLowerCase(Locale.ROOT)) ? forms.get(word) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(form != null ? form : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    public int size() {
        return forms.size();
    }
}
