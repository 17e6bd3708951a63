package gm.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads one field of a delimited file as a number straight from its bytes, with the results {@link Decimal} gives
 * for the same text: the correctly rounded double ({@link Double#parseDouble}'s) and the exact decimal difference
 * from a column's origin, rounded once.
 *
 * <p>Fast path (Clinger's): up to 18 digits are accumulated in a long m, and the number is
 * m &times; 10<sup>-s</sup>. When m &le; 2<sup>53</sup> and |s| &le; 22, m and 10<sup>|s|</sup> are both exact
 * doubles, so one IEEE division or multiplication rounds the exact value once, which is the correctly rounded
 * double. Longer mantissas, exponents beyond the fast path and infinities go through {@link Decimal}, so the results
 * never depend on which path was taken. The syntax is {@link Decimal}'s. Mutable: one per thread.
 */
final class FieldNumber {
    private static final int MAX_DIGITS = 18;
    private static final long MAX_EXACT = 1L << 53;
    private static final int EXACT_POWERS = 22;
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

    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** Whether the last field had a minus sign (its unscaled digits lose the sign of -0). */
    private boolean negative;
    /** Where the last run of digits read by {@link #digits} ended. */
    private int runEnd;
    /** The correctly rounded value of the last field, once {@link #value()} has computed it or a slow path set it. */
    private double value;
    private boolean valueKnown;
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
        int end = scan(b, from, to);
        if (end >= 0) {
            return end == to; // a number in the plain form, unless something that cannot continue one follows
        }
        return parseSlowly(b, from, to);
    }

    /**
     * Reads a number in the plain form that most files hold ([sign] digits [. digits] [e [sign] digits], at most
     * {@value #MAX_DIGITS} digits and a value on the fast path) from {@code from}, stopping at the first byte that
     * cannot continue it or at {@code limit}. The caller checks that a delimiter or line break follows; the field is
     * then read exactly as {@link #parse} reads it.
     *
     * @return where the number ends, or -1 when no number in the plain form starts there (the caller then finds the
     *     field's end and gives it to {@link #parse})
     */
    int scan(byte[] b, int from, int limit) {
        decimal = null;
        int end = scanShort(b, from, limit);
        if (end >= 0) {
            return end;
        }
        int i = from;
        boolean negative = false;
        if (i < limit && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int integerStart = i;
        long m = digits(b, i, limit, 0);
        i = runEnd;
        int digits = i - integerStart;
        int fraction = 0;
        if (i < limit && b[i] == '.') {
            int fractionStart = ++i;
            m = digits(b, i, limit, m);
            i = runEnd;
            fraction = i - fractionStart;
            digits += fraction;
        }
        int d;
        if (digits == 0 || digits > MAX_DIGITS) {
            return -1;
        }
        int exponent = 0;
        if (i < limit && (b[i] | 0x20) == 'e') {
            i++;
            boolean negativeExponent = false;
            if (i < limit && (b[i] == '+' || b[i] == '-')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int start = i;
            while (i < limit && (d = b[i] - '0') >= 0 && d <= 9 && i - start < 3) {
                exponent = exponent * 10 + d;
                i++;
            }
            if (i == start || (i < limit && b[i] >= '0' && b[i] <= '9')) {
                return -1;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        int s = fraction - exponent;
        if (m > MAX_EXACT || s < -EXACT_POWERS || s > EXACT_POWERS) {
            return -1;
        }
        return fastForm(m, s, negative, i);
    }

    /**
     * Appends the run of digits at {@code from} to {@code m} (m &times; 10<sup>run</sup> + run), eight at a time where
     * eight bytes are left, and sets {@link #runEnd} after the run. Past 18 digits the result has overflowed, which
     * the caller finds out from the run's length.
     */
    private long digits(byte[] b, int from, int limit, long m) {
        int i = from;
        while (i + 8 <= limit) {
            long word = (long) LITTLE_ENDIAN_LONGS.get(b, i);
            long values = word - 0x3030303030303030L;
            // bit 7 of a byte is set where the byte is not a digit (borrows and carries only reach later bytes)
            long notDigits = ((word + 0x4646464646464646L) | values) & 0x8080808080808080L;
            int run = notDigits == 0 ? 8 : Long.numberOfTrailingZeros(notDigits) >>> 3;
            if (run == 0) {
                runEnd = i;
                return m;
            }
            if (run < 8) {
                // keep the run's digits, moved up so that the bytes below them read as leading zeros
                values = (values & ((1L << (run << 3)) - 1)) << ((8 - run) << 3);
            }
            m = m * POW10_LONG[run] + eightDigits(values);
            i += run;
            if (run < 8) {
                runEnd = i;
                return m;
            }
        }
        int d;
        while (i < limit && (d = b[i] - '0') >= 0 && d <= 9) {
            m = m * 10 + d;
            i++;
        }
        runEnd = i;
        return m;
    }

    /**
     * {@link #scan} of the commonest form, [sign] up to 7 digits [. up to 7 digits], from two 8-byte words: the runs of
     * digits are found with bit masks rather than a branch per byte, whose outcome (where a number ends) a processor
     * cannot predict. -1 leaves every other form, and numbers within 17 bytes of {@code limit}, to the byte-by-byte
     * reading.
     */
    private int scanShort(byte[] b, int from, int limit) {
        if (limit - from < 17) {
            return -1;
        }
        byte first = b[from];
        boolean negative = first == '-';
        int i = negative || first == '+' ? from + 1 : from;
        long values = digitValues((long) LITTLE_ENDIAN_LONGS.get(b, i));
        int integer = leadingDigits(values);
        if (integer == 8) {
            return -1;
        }
        long m = eightDigits(firstDigits(values, integer));
        int end = i + integer;
        int fraction = 0;
        if (b[end] == '.') {
            long fractionValues = digitValues((long) LITTLE_ENDIAN_LONGS.get(b, end + 1));
            fraction = leadingDigits(fractionValues);
            if (fraction == 8) {
                return -1;
            }
            m = m * POW10_LONG[fraction] + eightDigits(firstDigits(fractionValues, fraction));
            end += 1 + fraction;
        }
        byte next = b[end];
        if (integer + fraction == 0 || (next | 0x20) == 'e' || next == '.') {
            return -1;
        }
        return fastForm(m, fraction, negative, end);
    }

    /** Makes the number m &times; 10^-scale (with its sign) the last field, read up to {@code end}; returns end. */
    private int fastForm(long m, int scale, boolean negative, int end) {
        this.scale = scale;
        unscaled = negative ? -m : m;
        this.negative = negative;
        valueKnown = false;
        return end;
    }

    /** Each byte of the word minus '0', with bit 7 set in bytes that are not digits (the word is read little-endian). */
    private static long digitValues(long word) {
        long values = word - 0x3030303030303030L;
        long notDigits = ((word + 0x4646464646464646L) | values) & 0x8080808080808080L;
        // borrows and carries only reach bytes after the first non-digit, which are not used
        return values | notDigits;
    }

    /** How many bytes at the start of {@link #digitValues} are digits (0 to 8). */
    private static int leadingDigits(long values) {
        return Long.numberOfTrailingZeros(values & 0x8080808080808080L) >>> 3;
    }

    /** The first n digit values (n below 8) moved up, so that the bytes below them read as leading zeros. */
    private static long firstDigits(long values, int n) {
        return n == 0 ? 0 : values << ((8 - n) << 3);
    }

    /** The number written by eight digit values, one per byte, the first in the lowest byte. */
    private static long eightDigits(long values) {
        long pairs = values * 10 + (values >>> 8);
        return (((pairs & 0x000000FF000000FFL) * 0x000F424000000064L)
                + (((pairs >>> 16) & 0x000000FF000000FFL) * 0x0000271000000001L)) >>> 32;
    }

    private boolean parseSlowly(byte[] b, int from, int to) {
        decimal = Decimal.parse(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (decimal == null) {
            return false;
        }
        value = decimal.value;
        valueKnown = true;
        return true;
    }

    /**
     * The correctly rounded value of the last field. On the fast path (Clinger's) the unscaled digits and
     * 10<sup>|scale|</sup> are exact doubles, so one division or multiplication rounds the exact value once; it is
     * made only when asked for (a fit needs only the differences from the origin).
     */
    double value() {
        if (!valueKnown) {
            long m = Math.abs(unscaled);
            double magnitude = scale >= 0 ? m / POW10_DOUBLE[scale] : m * POW10_DOUBLE[-scale];
            value = negative ? -magnitude : magnitude; // the sign of -0 is kept
            valueKnown = true;
        }
        return value;
    }

    /** Takes a number parsed by {@link Decimal} as the last field. */
    void use(Decimal number) {
        decimal = number;
        value = number.value;
        valueKnown = true;
    }

    /** The last field as a {@link Decimal}. */
    Decimal toDecimal() {
        if (decimal != null) {
            return decimal;
        }
        return Decimal.parse(unscaled + "e" + (-(long) scale));
    }

    /** (last field &minus; origin), computed exactly and rounded once, as {@link Decimal#minus} gives it. */
    double minus(Origin origin) {
        if (decimal == null) {
            long scaledOrigin = origin.unscaledAt(scale);
            if (scaledOrigin != Origin.NONE) {
                long d = unscaled - scaledOrigin; // no overflow: |unscaled| < 2^63 / 10, |scaledOrigin| <= 2^62
                if (d <= MAX_EXACT && d >= -MAX_EXACT) {
                    return scale >= 0 ? d / POW10_DOUBLE[scale] : d * POW10_DOUBLE[-scale]; // +0.0 for d = 0
                }
            }
        }
        return minus(origin.decimal());
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
