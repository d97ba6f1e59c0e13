package quatrain.app.trainingui;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Finds the run the app's training is writing: the first listed run that was not there when training started.
 * Its file appears once the network is built and the server knows it after the first statistics report, so it
 * is looked for again while training goes on, at most every {@link #INTERVAL_NANOS}.
 */
final class LiveRun {
    static final long INTERVAL_NANOS = 2_000_000_000L;

    private final LongSupplier clock;
    /** Run ids listed when training started; null when no run is being looked for. */
    private Set<String> before;
    private long lastLook;

    LiveRun(LongSupplier clock) {
        this.clock = clock;
    }

    void trainingStarted(Collection<String> listed) {
        before = Set.copyOf(listed);
        lastLook = clock.getAsLong() - INTERVAL_NANOS;
    }

    /** Training ended, or its run is shown: stop looking. */
    void stop() {
        before = null;
    }

    /** True when the run is still looked for and the last look is long enough ago (then this counts as a look). */
    boolean lookNow() {
        long now = clock.getAsLong();
        if (before == null || now - lastLook < INTERVAL_NANOS) {
            return false;
        }
        lastLook = now;
        return true;
    }

    /** The run training writes, if {@code listed} has it. */
    Optional<RunChoice> in(List<RunChoice> listed) {
        return listed.stream().filter(this::isLive).findFirst();
    }

    boolean isLive(RunChoice run) {
        return before != null && !before.contains(run.id());
    }
}
