package gm.data;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number as written in a data file, kept exactly: value = unscaled &times; 10<sup>-scale</sup>.
 *
 * <p>Accepted syntax (after trimming): optional sign, digits with an optional decimal point (at least one
 * digit in all, {@code 1.} and {@code .5} are fine), optional exponent {@code e}/{@code E} with optional sign
 * and at least one digit; or {@code inf}/{@code infinity} (any case) with optional sign. Java-only forms that
 * {@link Double#parseDouble} would also take (hex, {@code 1d}, {@code 1f}, {@code NaN}) are rejected.
 */
final class Decimal {
    /** Decimal exponents beyond this (in magnitude) are far outside the double range. */
    private static final long EXTREME_EXPONENT = 1000;

    private static final long[] POW10_LONG = new long[19];
    private static final double[] POW10_DOUBLE = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        POW10_LONG[0] = 1;
        for (int i = 1; i < POW10_LONG.length; i++) {
            POW10_LONG[i] = POW10_LONG[i - 1] * 10;
        }
        for (int i = 0; i < POW10_DOUBLE.length; i++) {
            POW10_DOUBLE[i] = Double.parseDouble("1e" + i); // 10^0 .. 10^22 are exact doubles
        }
    }

    static final Decimal ZERO = new Decimal(0.0, false, 0L, null, 0L, false);

    /** The correctly rounded double of the text. */
    final double value;
    final boolean infinite;
    /** Digits without leading or trailing zeros (trailing ones moved into the scale); valid when big == null. */
    private final long unscaled;
    /** The unscaled value when it does not fit in a long, else null. */
    private final BigInteger big;
    private final long scale;
    /** Whether the magnitude is beyond 10^&plusmn;1000 (so the double is 0 or infinite). */
    private final boolean extreme;

    private Decimal(double value, boolean infinite, long unscaled, BigInteger big, long scale, boolean extreme) {
        this.value = value;
        this.infinite = infinite;
        this.unscaled = unscaled;
        this.big = big;
        this.scale = scale;
        this.extreme = extreme;
    }

    /** Whether the text (trimmed) is a number in the accepted syntax. */
    static boolean isNumber(String text) {
        return parse(text) != null;
    }

    /** Parses the text (surrounding spaces and tabs ignored), or returns null if it is not a number. */
    static Decimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        int n = s.length();
        if (n == 0) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        char c = s.charAt(0);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            double v = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return new Decimal(v, true, 0, null, 0, false);
        }
        StringBuilder digits = new StringBuilder(n);
        int fractionDigits = 0;
        int digitCount = 0;
        while (i < n && isDigit(s.charAt(i))) {
            digits.append(s.charAt(i++));
            digitCount++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                digits.append(s.charAt(i++));
                digitCount++;
                fractionDigits++;
            }
        }
        if (digitCount == 0) {
            return null;
        }
        long exponent = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                if (exponent < 1_000_000_000_000L) { // saturate: anything this large is extreme anyway
                    exponent = exponent * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                return null;
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        if (i != n) {
            return null;
        }
        // strip leading zeros, move trailing zeros into the exponent
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        if (lead == digits.length()) {
            return new Decimal(negative ? -0.0 : 0.0, false, 0, null, 0, false);
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        String sig = digits.substring(lead, end);
        long scale = (long) fractionDigits - (digits.length() - end) - exponent;
        long adjusted = sig.length() - 1 - scale; // decimal exponent of the leading digit
        if (adjusted > EXTREME_EXPONENT || adjusted < -EXTREME_EXPONENT) {
            double v = adjusted > 0 ? Double.POSITIVE_INFINITY : 0.0;
            return new Decimal(negative ? -v : v, false, 0, null, 0, true);
        }
        double value = Double.parseDouble(s); // the syntax checked above is a subset of Java's
        if (sig.length() <= 18) {
            long u = Long.parseLong(sig);
            return new Decimal(value, false, negative ? -u : u, null, scale, false);
        }
        BigInteger b = new BigInteger(sig);
        return new Decimal(value, false, 0, negative ? b.negate() : b, scale, false);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the number is finite, not extreme, and its unscaled digits fit in a long. */
    boolean fitsLong() {
        return !infinite && !extreme && big == null;
    }

    /** The unscaled digits (sign included); meaningful when {@link #fitsLong()}. */
    long unscaledLong() {
        return unscaled;
    }

    /** The power of ten the unscaled digits are divided by; meaningful when {@link #fitsLong()}. */
    long scale() {
        return scale;
    }

    /** The exact value; only for finite, non-extreme numbers. */
    BigDecimal toBigDecimal() {
        return new BigDecimal(big != null ? big : BigInteger.valueOf(unscaled), Math.toIntExact(scale));
    }

    /**
     * {@code this - origin} computed exactly and rounded once to the nearest double (ties to even).
     *
     * <p>Infinite operands and magnitudes beyond 10^&plusmn;1000 fall back to the difference of the doubles.
     */
    double minus(Decimal origin) {
        if (infinite || origin.infinite || extreme || origin.extreme) {
            return value - origin.value;
        }
        if (big == null && origin.big == null) {
            double d = fastMinus(origin);
            if (!Double.isNaN(d)) {
                return d;
            }
        }
        return toBigDecimal().subtract(origin.toBigDecimal()).doubleValue();
    }

    /**
     * Both unscaled values in longs: align to the common scale, subtract, and divide (or multiply) by an
     * exact power of ten. Both operands of that last operation are exact doubles (|d| &le; 2^53, power
     * &le; 10^22), so IEEE division/multiplication rounds the exact quotient once. NaN when out of range.
     */
    private double fastMinus(Decimal origin) {
        long s = Math.max(scale, origin.scale);
        long shiftThis = s - scale;
        long shiftOrigin = s - origin.scale;
        if (shiftThis >= POW10_LONG.length || shiftOrigin >= POW10_LONG.length) {
            return Double.NaN;
        }
        try {
            long a = Math.multiplyExact(unscaled, POW10_LONG[(int) shiftThis]);
            long b = Math.multiplyExact(origin.unscaled, POW10_LONG[(int) shiftOrigin]);
            long d = Math.subtractExact(a, b);
            if (d == 0) {
                return 0.0;
            }
            if (d > MAX_EXACT || d < -MAX_EXACT) {
                return Double.NaN;
            }
            if (s >= 0 && s < POW10_DOUBLE.length) {
                return d / POW10_DOUBLE[(int) s];
            }
            if (s < 0 && -s < POW10_DOUBLE.length) {
                return d * POW10_DOUBLE[(int) -s];
            }
            return Double.NaN;
        } catch (ArithmeticException overflow) {
            return Double.NaN;
        }
    }

    /** For tests: the difference by BigDecimal only. */
    double minusExactSlow(Decimal origin) {
        if (infinite || origin.infinite || extreme || origin.extreme) {
            return value - origin.value;
        }
        return toBigDecimal().subtract(origin.toBigDecimal()).doubleValue();
    }
}
