package quatrain.core.spec;

import quatrain.core.QuatrainException;

/** A setting with an impossible value, or an unknown setting name. */
public class SpecException extends QuatrainException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Refuses with {@code message} unless {@code ok}. */
    public static void check(boolean ok, String message) {
        if (!ok) {
            throw new SpecException(message);
        }
    }

    /** Refuses a value of setting {@code name} outside {@code [min, max]}, naming both ends. */
    public static void range(String name, double value, double min, double max) {
        check(value >= min && value <= max, name + " must be between " + fmt(min) + " and " + fmt(max)
                + " (got " + fmt(value) + ")");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
