package quatrain.app.training;

import java.util.Locale;
import java.util.function.DoubleFunction;

import javafx.util.StringConverter;

import quatrain.core.training.Durations;

/**
 * Tick labels that stay short at any magnitude ("0.042", "3.5", "12k"), for values plotted as they are or
 * as log10, and wall time as "m:ss".
 */
final class AxisFormat {
    private AxisFormat() {
    }

    static StringConverter<Number> values(boolean log10) {
        return converter(v -> compact(log10 ? Math.pow(10, v) : v));
    }

    static StringConverter<Number> xAxis(XAxisMode mode) {
        return converter(v -> mode == XAxisMode.WALL_TIME ? Durations.clock(v) : compact(v));
    }

    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return trim(String.format(Locale.ROOT, "%.1f", v / 1e6)) + "M";
        }
        if (a >= 1e4) {
            return trim(String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
        }
        if (a >= 100 || a == 0) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 1) {
            return trim(String.format(Locale.ROOT, "%.2f", v));
        }
        return trim(String.format(Locale.ROOT, "%.3g", v));
    }

    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }

    private static StringConverter<Number> converter(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        };
    }
}
