package quatrain.app.training;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names of runs and their model files: {@code <corpus-slug>-<preset>-<yyyyMMdd-HHmmss>}. */
final class RunNames {
    static final int MAX_SLUG = 40;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private RunNames() {
    }

    static String runId(String corpusName, String preset, LocalDateTime startedAt) {
        return slug(corpusName) + "-" + slug(preset) + "-" + STAMP.format(startedAt);
    }

    /**
     * Lower-case ASCII letters, digits and single hyphens, without the file extension: safe in a file name on
     * every platform. Accents are dropped rather than the letters ("Prophéties" → "propheties").
     */
    static String slug(String name) {
        String base = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "corpus" : slug;
    }
}
