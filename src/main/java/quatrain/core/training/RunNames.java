package quatrain.core.training;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names of training runs and their files: {@code <corpus-slug>-<preset>-<yyyyMMdd-HHmmss>}. Readable, unique
 * to the second, safe in a file name on every platform.
 */
public final class RunNames {
    public static final int MAX_SLUG = 40;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private RunNames() {
    }

    public static String runId(String corpusName, String preset, LocalDateTime startedAt) {
        return slug(corpusName) + "-" + slug(preset) + "-" + STAMP.format(startedAt);
    }

    public static String runId(String corpusName, String preset) {
        return runId(corpusName, preset, LocalDateTime.now());
    }

    /**
     * Lower-case ASCII letters, digits and single hyphens, without the file extension. Accents are dropped
     * rather than the letters ("Prophéties" → "propheties").
     */
    public static String slug(String name) {
        String base = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "corpus" : slug;
    }
}
