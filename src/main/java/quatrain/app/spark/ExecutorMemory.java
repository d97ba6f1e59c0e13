package quatrain.app.spark;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quatrain.core.QuatrainException;

/**
 * An executor's memory in Spark's notation ({@code 2g}, {@code 1536m}, {@code 512}: MiB without a unit), read as
 * Spark reads {@code spark.executor.memory} ({@code JavaUtils.byteStringAs}: whole numbers, binary units), and no
 * less than Spark accepts: an executor below 450 MiB (1.5 × its 300 MiB reserve) refuses to start.
 */
public final class ExecutorMemory {
    public static final long MIN_MIB = 450;
    private static final Pattern SIZE = Pattern.compile("([0-9]+)([a-z]+)?");
    private static final Map<String, Long> MIB_PER_UNIT = Map.ofEntries(Map.entry("b", -1L), Map.entry("k", 0L),
            Map.entry("kb", 0L), Map.entry("m", 1L), Map.entry("mb", 1L), Map.entry("g", 1024L),
            Map.entry("gb", 1024L), Map.entry("t", 1024L * 1024), Map.entry("tb", 1024L * 1024),
            Map.entry("p", 1024L * 1024 * 1024), Map.entry("pb", 1024L * 1024 * 1024));

    private ExecutorMemory() {
    }

    /**
     * The size in MiB.
     *
     * @throws QuatrainException saying what Spark takes
     */
    public static long mebibytes(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(t);
        Long perUnit = m.matches() ? MIB_PER_UNIT.get(m.group(2) == null ? "m" : m.group(2)) : null;
        if (perUnit == null || m.group(1).length() > 12) {
            throw new QuatrainException("Executor memory is a whole number with a unit, as Spark writes it: 2g, 1536m"
                    + " (got \"" + (text == null ? "" : text.strip()) + "\").");
        }
        long n = Long.parseLong(m.group(1));
        long mib = perUnit > 0 ? n * perUnit : perUnit == 0 ? n / 1024 : n / (1024 * 1024);
        if (mib < MIN_MIB) {
            throw new QuatrainException("Spark needs at least " + MIN_MIB + " MB per executor (got \"" + text.strip()
                    + "\"); 2g is a good start.");
        }
        return mib;
    }
}
