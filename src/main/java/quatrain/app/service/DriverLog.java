package quatrain.app.service;

import java.util.Locale;
import java.util.Optional;

/**
 * What a driver's standard error says, kept while it goes to the log: its last {@code error: …} line (how
 * {@code quatrain} commands say why they failed), its first line after the JVM's own notices (a usage error), and
 * whether Spark is still waiting for executors. Lines come from the reading thread; the answers are read once the process has ended.
 */
final class DriverLog {
    /** Spark's warning, every 15 s, while no executor has taken the job. */
    static final String NO_RESOURCES = "Initial job has not accepted any resources";
    /** Lines are shown in one banner: the rest is in the log (picocli's names every refused argument). */
    private static final int MAX_LINE = 300;

    private String firstLine;
    private String lastLine;
    private String errorLine;
    private boolean waitingWarned;

    /** Takes one line; returns a warning to show the person, if the line calls for one (once per run). */
    synchronized Optional<String> accept(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return Optional.empty();
        }
        if (firstLine == null && !jvmNotice(l)) {
            firstLine = cut(l);
        }
        lastLine = cut(l);
        if (l.toLowerCase(Locale.ROOT).startsWith("error:")) {
            errorLine = cut(l.substring("error:".length()).strip());
        }
        if (l.contains(NO_RESOURCES) && !waitingWarned) {
            waitingWarned = true;
            return Optional.of("The cluster has not given this run an executor yet. Check that its workers are up and"
                    + " have the cores and memory each executor asks for (Model ▸ Device ▸ Spark cluster).");
        }
        return Optional.empty();
    }

    /** The last {@code error:} line, without its prefix. */
    synchronized Optional<String> errorLine() {
        return Optional.ofNullable(errorLine);
    }

    synchronized Optional<String> firstLine() {
        return Optional.ofNullable(firstLine);
    }

    synchronized Optional<String> lastLine() {
        return Optional.ofNullable(lastLine);
    }

    /** What the JVM itself says at start, before the program does: "WARNING: Using incubator modules", "Picked up …". */
    static boolean jvmNotice(String line) {
        return line.startsWith("WARNING: Using incubator modules") || line.startsWith("Picked up ")
                || line.startsWith("NOTE: Picked up ");
    }

    private static String cut(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "…";
    }
}
