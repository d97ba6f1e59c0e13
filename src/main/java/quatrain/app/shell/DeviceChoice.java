package quatrain.app.shell;

/**
 * Which device to train on. ND4J picks its backend once, when it loads, so a change applies at the next
 * start ({@link DeviceLaunch}).
 */
public enum DeviceChoice {
    AUTO("Automatic"),
    CPU("CPU"),
    GPU("GPU (CUDA)");

    private final String label;

    DeviceChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
