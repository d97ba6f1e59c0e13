package quatrain.core.training;

import java.util.Locale;

/** The ways the project writes a length of time, in one place: a clock, words, or a rounded estimate. */
public final class Durations {
    private Durations() {
    }

    /** "0:42", "12:05", "1:02:03": progress lines and time axes. */
    public static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "42 s", "3 min 05 s", "1 h 12 min": time left of a run. */
    public static String words(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** Two significant units at most, rounded: "45 s", "3 min 20 s", "12 min", "2 h 5 min" (estimates). */
    public static String rounded(double seconds) {
        long s = Math.max(1, Math.round(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            long m = s / 60;
            long rest = s % 60;
            return m >= 10 || rest == 0 ? Math.round(s / 60.0) + " min" : m + " min " + rest + " s";
        }
        long h = s / 3600;
        long m = Math.round((s % 3600) / 60.0);
        if (m == 60) {
            h++;
            m = 0;
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
