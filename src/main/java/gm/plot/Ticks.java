package gm.plot;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short labels for axis ends and levels: 4 significant digits, trailing zeros dropped. */
final class Ticks {
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Ticks() {
    }

    /** "62", "0.3989", "-1.5", "1.235e8", "2.5e-7". */
    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }
}
