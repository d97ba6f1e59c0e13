package quatrain.app.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The wall time of one run's epochs, as the estimate uses it: the median of the epochs after the run's first. The
 * first epoch of a process pays for warming up (JIT, native memory, caches) and one slow or fast epoch (the machine
 * busy with something else) should not swing the estimate.
 */
final class EpochTimes {
    private final List<Double> seconds = new ArrayList<>();
    private int firstEpoch = 1;

    /** A run starts (or resumes) at {@code firstEpoch}; that epoch will be left out. */
    void started(int firstEpoch) {
        this.firstEpoch = firstEpoch;
        seconds.clear();
    }

    void ended(int epoch, double epochSeconds) {
        if (epoch > firstEpoch && Double.isFinite(epochSeconds) && epochSeconds > 0) {
            seconds.add(epochSeconds);
        }
    }

    /** Median seconds per epoch; NaN until an epoch after the first has ended. */
    double median() {
        if (seconds.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
