package gm.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as people read them: {@code digits} significant digits, trailing zeros dropped, whole numbers without a
 * decimal point, scientific notation only for very large or very small magnitudes (like R's print).
 */
final class NumberFormatter {

    private final int digits;

    NumberFormatter(int digits) {
        this.digits = digits;
    }

    String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= 15 || exponent < -5) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String sign = exponent < 0 ? "-" : "+";
            String magnitude = String.valueOf(Math.abs(exponent));
            return mantissa.toPlainString() + "e" + sign + (magnitude.length() == 1 ? "0" + magnitude : magnitude);
        }
        if (exponent >= digits) {
            // as R prints: a number shown in full keeps its integer digits (12345678, not 12345700, which looks exact)
            return new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
        }
        return rounded.toPlainString();
    }
}
