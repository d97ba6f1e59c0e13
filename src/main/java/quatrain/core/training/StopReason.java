package quatrain.core.training;

/** Why a training run ended. */
public enum StopReason {
    COMPLETED("all epochs done"),
    EARLY_STOPPED("validation loss stopped improving"),
    TIME_LIMIT("time limit reached"),
    CANCELLED("stopped by the user"),
    FAILED("failed");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
