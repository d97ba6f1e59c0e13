package quatrain.app.settings;

/**
 * Which device to train on. ND4J picks its backend once, when it loads, so a change between the local devices
 * applies at the next start ({@link DeviceLaunch}). {@link #SPARK} trains on a Spark cluster instead, through a
 * driver process of its own ({@link SparkSettings}); this process then keeps its automatic device for generation.
 */
public enum DeviceChoice {
    AUTO("Automatic"),
    CPU("CPU"),
    GPU("GPU (CUDA)"),
    SPARK("Spark cluster");

    private final String label;

    DeviceChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
