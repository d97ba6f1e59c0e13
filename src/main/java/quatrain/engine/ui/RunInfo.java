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

/**
 * A stored training run: its statistics file, session id, size and last change. Runs are ordered by the time
 * stamp in their id ({@code RunNames} puts it first or last), not by the file's time: opening a statistics file
 * to show it rewrites it, so its modification time says when it was last looked at.
 */
public record RunInfo(String id, Path file, long bytes, Instant modified) {
    /** Newest start first; runs without a stamp by modification time. */
    public static final Comparator<RunInfo> NEWEST_FIRST = Comparator.comparing(RunInfo::sortTime).reversed();

    private static final Pattern STAMP_FIRST = Pattern.compile("(\\d{8}-\\d{6})-(.+)");
    private static final Pattern STAMP_LAST = Pattern.compile("(.+)-(\\d{8}-\\d{6})");
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

    /** The id without its time stamp: corpus and preset, e.g. {@code prophecies-quatrains-gru}. */
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
