package quatrain.app.service;

/** Where the background training service stands. */
public enum TrainingStatus {
    IDLE("Ready"),
    RUNNING("Training"),
    PAUSED("Paused"),
    STOPPING("Stopping…"),
    /** Every epoch done. */
    FINISHED("Finished"),
    /** Ended by early stopping: validation loss stopped improving. */
    STOPPED_EARLY("Stopped early"),
    /** Ended by the run's time limit. */
    TIME_LIMIT("Time limit reached"),
    /** Stopped by the person; the model is saved where it stopped. */
    STOPPED("Stopped"),
    FAILED("Failed");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
