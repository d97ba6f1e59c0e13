package quatrain.app.corpus;

import java.util.Locale;

import quatrain.core.corpus.Corpus;
import quatrain.core.corpus.CorpusLoader;
import quatrain.core.corpus.DocumentFormat;

/**
 * The corpus as a file, worded for the pane: name, size, encoding and how it was cut into documents. Cheap
 * to make (no tokenising), so it is made on the UI thread.
 */
public record CorpusFacts(String name, String size, String encoding, String documents, String format) {

    public static CorpusFacts of(Corpus c) {
        String encoding = c.replacedChars() == 0 ? c.encoding()
                : String.format(Locale.ROOT, "%s (not valid UTF-8: %,d character%s read as %s)", c.encoding(),
                        c.replacedChars(), c.replacedChars() == 1 ? "" : "s", c.encoding());
        int n = c.documents().size();
        String unit = c.format() == DocumentFormat.STANZAS ? "stanza" : "line";
        return new CorpusFacts(c.name(),
                String.format(Locale.ROOT, "%s · %,d characters", CorpusLoader.humanBytes(c.sizeBytes()),
                        c.characterCount()),
                encoding, String.format(Locale.ROOT, "%,d %s%s", n, unit, n == 1 ? "" : "s"),
                capitalise(c.format().describe()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
