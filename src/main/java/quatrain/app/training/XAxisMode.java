package quatrain.app.training;

/** What the charts' x axis counts. */
public enum XAxisMode {
    STEP("Step", "Step (minibatches)"),
    EPOCH("Epoch", "Epoch"),
    WALL_TIME("Time", "Wall time");

    private final String label;
    private final String axisLabel;

    XAxisMode(String label, String axisLabel) {
        this.label = label;
        this.axisLabel = axisLabel;
    }

    public String label() {
        return label;
    }

    public String axisLabel() {
        return axisLabel;
    }

    public double x(RunPoint p) {
        return switch (this) {
            case STEP -> p.step();
            case EPOCH -> p.epoch();
            case WALL_TIME -> p.wallSeconds();
        };
    }
}
