package gm.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * The levels of a numeric group or label column: each value written at 17 significant digits, so that different
 * values have different names. One instance names values row after row, writing each distinct value once.
 */
final class NumericLevels {
    private final NumberFormatter format = new NumberFormatter(17);
    private final Map<Double, String> names = new HashMap<>();

    /** The level of a value. */
    static String name(double value) {
        return new NumberFormatter(17).format(value);
    }

    /** {@link #name} of a value, written once per distinct value of this instance. */
    String of(double value) {
        return names.computeIfAbsent(value, format::format);
    }
}
