package gm.data;

import java.nio.charset.StandardCharsets;

/**
 * Reads one field of a delimited file as a number straight from its bytes, with the results {@link Decimal} gives
 * for the same text: the correctly rounded double ({@link Double#parseDouble}'s) and the exact decimal difference
 * from a column's origin, rounded once.
 *
 * <p>Fast path (Clinger's): up to 18 digits are accumulated in a long m, and the number is
 * m &times; 10<sup>-s</sup>. When m &le; 2<sup>53</sup> and |s| &le; 22, m and 10<sup>|s|</sup> are both exact
 * doubles, so one IEEE division or multiplication rounds the exact value once, which is the correctly rounded
 * double. Longer mantissas, larger exponents and infinities go through {@link Decimal} (and the JDK parser), so the
 * results never depend on which path was taken. The syntax is {@link Decimal}'s. Mutable: one per thread.
 */
final class FieldNumber {
    private static final int MAX_DIGITS = 18;
    private static final long MAX_EXACT = 1L << 53;
    private static final int EXACT_POWERS = 22;
    /** Exponents beyond this in magnitude leave the fast path at once (and cannot overflow the int arithmetic). */
    private static final int EXPONENT_LIMIT = 100_000;
    private static final long[] POW10_LONG = new long[19];
    private static final double[] POW10_DOUBLE = new double[EXACT_POWERS + 1];

    static {
        POW10_LONG[0] = 1;
        for (int i = 1; i < POW10_LONG.length; i++) {
            POW10_LONG[i] = POW10_LONG[i - 1] * 10;
        }
        for (int i = 0; i < POW10_DOUBLE.length; i++) {
            POW10_DOUBLE[i] = Double.parseDouble("1e" + i);
        }
    }

    /** The correctly rounded value of the last field parsed. */
    double value;
    /** The last field as m &times; 10^-scale (sign in m), when {@link #decimal} is null. */
    private long unscaled;
    private int scale;
    /** The last field when it is outside the fast form, else null. */
    private Decimal decimal;

    /**
     * Parses bytes [from, to), already trimmed of spaces and tabs, as ASCII text.
     *
     * @return whether the field is a number
     */
    boolean parse(byte[] b, int from, int to) {
        decimal = null;
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        if (i < to && (b[i] | 0x20) == 'i') {
            return parseSlowly(b, from, to);
        }
        long m = 0;
        int integerStart = i;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            m = m * 10 + d;
        }
        int digits = i - integerStart;
        int fraction = 0;
        if (i < to && b[i] == '.') {
            int fractionStart = ++i;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                m = m * 10 + d;
            }
            fraction = i - fractionStart;
            digits += fraction;
        }
        if (digits == 0) {
            return false;
        }
        boolean tooLong = digits > MAX_DIGITS; // m may have overflowed; Decimal reads the digits instead
        int exponent = 0;
        if (i < to && (b[i] | 0x20) == 'e') {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int start = i;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (exponent <= EXPONENT_LIMIT) {
                    exponent = exponent * 10 + d;
                }
            }
            if (i == start) {
                return false;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (i != to) {
            return false;
        }
        if (tooLong || exponent > EXPONENT_LIMIT || exponent < -EXPONENT_LIMIT) {
            return parseSlowly(b, from, to);
        }
        scale = fraction - exponent;
        unscaled = negative ? -m : m;
        if (m <= MAX_EXACT && scale >= -EXACT_POWERS && scale <= EXACT_POWERS) {
            double magnitude = scale >= 0 ? m / POW10_DOUBLE[scale] : m * POW10_DOUBLE[-scale];
            value = negative ? -magnitude : magnitude;
        } else {
            value = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    private boolean parseSlowly(byte[] b, int from, int to) {
        decimal = Decimal.parse(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (decimal == null) {
            return false;
        }
        value = decimal.value;
        return true;
    }

    /** Takes a number parsed by {@link Decimal} as the last field. */
    void use(Decimal number) {
        decimal = number;
        value = number.value;
    }

    /** The last field as a {@link Decimal}. */
    Decimal toDecimal() {
        if (decimal != null) {
            return decimal;
        }
        return Decimal.parse(unscaled + "e" + (-(long) scale));
    }

    /** (last field &minus; origin), computed exactly and rounded once, as {@link Decimal#minus} gives it. */
    double minus(Decimal origin) {
        if (decimal == null && origin.fitsLong()) {
            long s = Math.max(scale, origin.scale());
            long shiftThis = s - scale;
            long shiftOrigin = s - origin.scale();
            if (shiftThis < POW10_LONG.length && shiftOrigin < POW10_LONG.length && s >= -EXACT_POWERS
                    && s <= EXACT_POWERS) {
                long a = unscaled * POW10_LONG[(int) shiftThis];
                long o = origin.unscaledLong() * POW10_LONG[(int) shiftOrigin];
                if (Math.multiplyHigh(unscaled, POW10_LONG[(int) shiftThis]) == (a >> 63)
                        && Math.multiplyHigh(origin.unscaledLong(), POW10_LONG[(int) shiftOrigin]) == (o >> 63)) {
                    long d = a - o;
                    boolean overflow = ((a ^ o) & (a ^ d)) < 0;
                    if (!overflow) {
                        if (d == 0) {
                            return 0.0;
                        }
                        if (d <= MAX_EXACT && d >= -MAX_EXACT) {
                            return s >= 0 ? d / POW10_DOUBLE[(int) s] : d * POW10_DOUBLE[(int) -s];
                        }
                    }
                }
            }
        }
        return toDecimal().minus(origin);
    }
}
