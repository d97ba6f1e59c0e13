package quatrain.engine.nn;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Learning rate by minibatch: a linear warm-up over the first {@code warmup} minibatches, then a cosine decay
 * from {@code peak} to {@code peak × floorFraction} at minibatch {@code total}, flat after. Lives in the network
 * configuration, so it is saved with the model and continues where it was when training resumes.
 */
public final class WarmupCosineSchedule implements ISchedule {
    private static final long serialVersionUID = 1L;
    private final double peak;
    private final int warmup;
    private final int total;
    private final double floorFraction;

    public WarmupCosineSchedule(@JsonProperty("peak") double peak, @JsonProperty("warmup") int warmup,
            @JsonProperty("total") int total, @JsonProperty("floorFraction") double floorFraction) {
        if (peak <= 0 || warmup < 0 || total < 1 || floorFraction < 0 || floorFraction > 1) {
            throw new IllegalArgumentException("invalid schedule");
        }
        this.peak = peak;
        this.warmup = warmup;
        this.total = total;
        this.floorFraction = floorFraction;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        if (iteration < warmup) {
            return peak * (iteration + 1) / warmup;
        }
        double span = Math.max(1, total - warmup);
        double progress = Math.min(1.0, (iteration - warmup) / span);
        double floor = peak * floorFraction;
        return floor + (peak - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    @Override
    public ISchedule clone() {
        return new WarmupCosineSchedule(peak, warmup, total, floorFraction);
    }

    public double getPeak() {
        return peak;
    }

    public int getWarmup() {
        return warmup;
    }

    public int getTotal() {
        return total;
    }

    public double getFloorFraction() {
        return floorFraction;
    }
}
