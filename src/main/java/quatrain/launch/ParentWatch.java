package quatrain.launch;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * A relaunched JVM ({@link JvmTuning}) ends when the process that started it dies, however it died: that process
 * forwards the signals it gets, but {@code kill -9} or a crash gives it no chance to. The relaunch names its PID
 * in {@link JvmTuning#PARENT_PID}; a daemon thread compares this process's parent with it every
 * {@link #POLL_MILLIS} ms (the OS gives an orphan a new parent at once) and then raises TERM on this process, so
 * the same handler runs as for a {@code kill}: the app quits, {@code train} saves and exits. Polling our own
 * parent is the quick way: {@code ProcessHandle.onExit} of a process that is not our child polls with a back-off
 * of up to 5 s.
 */
final class ParentWatch {
    static final long POLL_MILLIS = 200;

    /** What to do about the variable, decided once at start. */
    enum Start {
        /** The variable names our parent: watch it. */
        WATCH,
        /** It names a process that is gone and is not our parent: it died before we looked. */
        STOP_NOW,
        /** No variable, or one inherited from further up (a process the relaunched one started itself). */
        IGNORE
    }

    private ParentWatch() {
    }

    /** Starts watching if this JVM was started by a relaunch; see {@link Start}. */
    static void startIfRelaunched(Map<String, String> env) {
        Optional<Long> expected = pid(env.get(JvmTuning.PARENT_PID));
        if (expected.isEmpty()) {
            return;
        }
        long parent = expected.get();
        switch (decide(parent, currentParent(), ParentWatch::alive)) {
            case WATCH -> {
                Thread t = new Thread(() -> watch(parent), "quatrain-parent-watch");
                t.setDaemon(true);
                t.start();
            }
            case STOP_NOW -> stop();
            case IGNORE -> { }
        }
    }

    static Start decide(long expected, long actualParent, LongPredicate alive) {
        if (actualParent == expected && alive.test(expected)) {
            return Start.WATCH;
        }
        return alive.test(expected) ? Start.IGNORE : Start.STOP_NOW;
    }

    private static void watch(long parent) {
        try {
            while (currentParent() == parent && alive(parent)) {
                Thread.sleep(POLL_MILLIS);
            }
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** As on SIGTERM; a platform without it (none we ship for) simply exits as the JVM would. */
    private static void stop() {
        if (!StopSignal.TERM.raise()) {
            System.exit(StopSignal.TERM.exitStatus());
        }
    }

    /** -1 when there is none (Windows may not know a dead parent's PID any more). */
    private static long currentParent() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }

    /** On Windows a process keeps its dead parent's PID, so aliveness is checked too. */
    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Long> pid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
