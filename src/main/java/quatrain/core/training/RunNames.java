package quatrain.core.training;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names of training runs and their files: {@code <corpus-slug>-<preset>-<yyyyMMdd-HHmmss>}, and for a run's own
 * statistics file a tag after it that no other run has ({@code …-20250301-090507-k3f9a}). Readable, sortable by
 * the time stamp, safe in a file name on every platform. The tag matters: two runs started in the same second
 * (two {@code quatrain train} commands, the app and a command) would otherwise share one file, and the second
 * writer fails on the first one's lock.
 */
public final class RunNames {
    public static final int MAX_SLUG = 40;
    /** Characters of the tag: lower-case base 36. */
    public static final int TAG_LENGTH = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int TAGS = pow36(TAG_LENGTH);
    /**
     * Consecutive tags in this process (the same one again only after 60 million runs), from a random start: two
     * processes give the same tag in the same second only if their starts fall within a few runs of each other
     * (for one run each, 1 in 30 million).
     */
    private static final AtomicInteger NEXT_TAG = new AtomicInteger(new SecureRandom().nextInt(TAGS));

    private RunNames() {
    }

    /** {@code <corpus-slug>-<preset>-<yyyyMMdd-HHmmss>}: a run's name at a given time, without its tag. */
    public static String runId(String corpusName, String preset, LocalDateTime startedAt) {
        return slug(corpusName) + "-" + slug(preset) + "-" + STAMP.format(startedAt);
    }

    /** A new run's id, {@code <corpus-slug>-<preset>-<yyyyMMdd-HHmmss>-<tag>}: started now, unlike any other. */
    public static String runId(String corpusName, String preset) {
        return runId(corpusName, preset, LocalDateTime.now()) + "-" + nextTag();
    }

    /** The next tag of this process: {@link #TAG_LENGTH} base-36 digits. */
    static String nextTag() {
        int n = Math.floorMod(NEXT_TAG.getAndIncrement(), TAGS);
        String digits = Integer.toString(n, Character.MAX_RADIX);
        return "0".repeat(TAG_LENGTH - digits.length()) + digits;
    }

    private static int pow36(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= Character.MAX_RADIX;
        }
        return p;
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
