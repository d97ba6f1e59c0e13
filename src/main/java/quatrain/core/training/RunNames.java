package quatrain.core.training;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names for training runs and their files: sortable by time, readable, safe on every file system. */
public final class RunNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private RunNames() {
    }

    /** e.g. {@code 20261123-103000-prophecies-quatrains-gru}. */
    public static String runId(String corpusName, String preset) {
        return LocalDateTime.now().format(STAMP) + "-" + slug(corpusName) + "-" + slug(preset);
    }

    /** Lower-case letters, digits and single dashes; "corpus" when nothing is left. */
    public static String slug(String text) {
        String s = text.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "corpus" : s;
    }
}
