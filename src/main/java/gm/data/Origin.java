package gm.data;

/**
 * A numeric column's origin (its first finite number), with its digits scaled in advance to every scale a plain
 * field may have: a field's exact difference from the origin is then one subtraction of longs
 * ({@link FieldNumber#minus(Origin)}) instead of scaling both numbers for every field.
 */
final class Origin {
    /** What {@link #unscaledAt} gives when the origin cannot be written at that scale in a long of at most 2^62. */
    static final long NONE = Long.MIN_VALUE;
    /** The largest scale held: plain fields have at most 22 decimals after their exponent. */
    private static final int MAX_SCALE = 22;
    private static final long LIMIT = 1L << 62;

    private final Decimal decimal;
    private final int lowest;
    /** The origin's unscaled digits at scale {@code lowest + i}, or {@link #NONE}. */
    private final long[] unscaled;

    Origin(Decimal decimal) {
        this.decimal = decimal;
        if (!decimal.fitsLong() || decimal.scale() > MAX_SCALE || decimal.scale() < -MAX_SCALE) {
            lowest = 0;
            unscaled = new long[0];
            return;
        }
        lowest = (int) decimal.scale();
        unscaled = new long[MAX_SCALE - lowest + 1];
        long digits = decimal.unscaledLong();
        for (int i = 0; i < unscaled.length; i++) {
            boolean fits = digits < LIMIT && digits > -LIMIT;
            unscaled[i] = fits ? digits : NONE;
            digits = fits && Math.abs(digits) <= LIMIT / 10 ? digits * 10 : LIMIT;
        }
    }

    Decimal decimal() {
        return decimal;
    }

    /** The origin as unscaled digits at this scale (the origin is those digits &times; 10^-scale), or {@link #NONE}. */
    long unscaledAt(int scale) {
        int i = scale - lowest;
        return i >= 0 && i < unscaled.length ? unscaled[i] : NONE;
    }
}
