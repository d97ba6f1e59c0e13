package quatrain.app.settings;

/** Where the main window was and how large, to open it the same way next time. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    /** The first-start size: fits a 1280×800 screen with room for a panel. */
    public static WindowBounds defaults() {
        return new WindowBounds(Double.NaN, Double.NaN, 1180, 760, false);
    }

    /** Whether a position was saved (a first start lets the system centre the window). */
    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
