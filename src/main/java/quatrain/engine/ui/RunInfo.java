package quatrain.engine.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quatrain.core.training.RunNames;

/**
 * A stored training run: its statistics file, session id, size and last change. Runs are ordered by the time
 * stamp in their id ({@code RunNames} puts it last, followed by a tag that makes it unique; earlier versions put
 * it first or last without one), not by the file's time: versions before this one rewrote a statistics file when
 * they showed it, so its modification time may say when it was last looked at. Runs started in the same second
 * are ordered by their files' last change.
 */
public record RunInfo(String id, Path file, long bytes, Instant modified) {
    /** Newest start first; runs without a stamp by modification time. */
    public static final Comparator<RunInfo> NEWEST_FIRST = Comparator.comparing(RunInfo::sortTime)
            .thenComparing(RunInfo::modified).reversed();

    private static final Pattern STAMP_FIRST = Pattern.compile("(\\d{8}-\\d{6})-(.+)");
    /** {@code name-yyyyMMdd-HHmmss}, and since run ids are unique {@code name-yyyyMMdd-HHmmss-tag}. */
    private static final Pattern STAMP_LAST = Pattern.compile("(.+)-(\\d{8}-\\d{6})(?:-[0-9a-z]{"
            + RunNames.TAG_LENGTH + "})?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** When the run started, from its id; null when the id has no time stamp. */
    public LocalDateTime started() {
        Matcher m = stamped();
        if (m == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(m.group(m.pattern() == STAMP_FIRST ? 1 : 2), STAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The id without its time stamp and tag: corpus and preset, e.g. {@code prophecies-quatrains-gru}. */
    public String name() {
        Matcher m = started() == null ? null : stamped();
        return m == null ? id : m.group(m.pattern() == STAMP_FIRST ? 2 : 1);
    }

    private Matcher stamped() {
        for (Pattern p : new Pattern[] {STAMP_FIRST, STAMP_LAST}) {
            Matcher m = p.matcher(id);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    private LocalDateTime sortTime() {
        LocalDateTime s = started();
        return s != null ? s : LocalDateTime.ofInstant(modified, ZoneId.systemDefault());
    }
}
