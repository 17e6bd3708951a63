package gm.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A column of numbers; NaN marks a missing entry.
 *
 * <p>Besides the values, a column keeps a shifted copy: {@code origin} and {@code deltas} with
 * {@code deltas[i]} = (number<sub>i</sub> &minus; origin) computed exactly and rounded once to double. For a
 * column read from text, the origin is the first non-missing finite field and the subtraction is done in
 * decimal on the text itself, so sums of squares of deltas do not suffer from cancellation even when the
 * numbers share many leading digits (e.g. NIST StRD NumAcc4: 10000000.2, 10000000.1, ...). Computed
 * columns ({@link #of}) have origin 0 and deltas equal to their values.
 */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;
    private final double origin;
    private final double[] deltas;
    private final int missing;

    private NumericColumn(String name, double[] values, double origin, double[] deltas) {
        this.name = Checks.name(name);
        this.values = values;
        this.origin = origin;
        this.deltas = deltas;
        int m = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                m++;
            }
        }
        this.missing = m;
    }

    /** A computed column: origin 0, deltas equal to the values. NaN = missing. */
    public static NumericColumn of(String name, double[] values) {
        Objects.requireNonNull(values, "values");
        double[] v = values.clone();
        return new NumericColumn(name, v, 0.0, v.clone());
    }

    /**
     * A column with an explicit shift: {@code deltas[i]} should be {@code values[i] - origin} computed as
     * exactly as the caller can (in particular deltas must be in the same order as the values, which
     * {@link Describe} relies on for quantiles). Missing entries must be NaN in both arrays.
     *
     * @throws DataException if the arrays differ in length, a missing entry is not missing in both, or the
     *     origin is not finite
     */
    public static NumericColumn ofShifted(String name, double[] values, double origin, double[] deltas) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(deltas, "deltas");
        if (values.length != deltas.length) {
            throw new DataException("column '" + name + "' has " + values.length + " values but "
                    + deltas.length + " deltas");
        }
        if (!Double.isFinite(origin)) {
            throw new DataException("column '" + name + "' has a non-finite origin " + origin);
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) != Double.isNaN(deltas[i])) {
                throw new DataException("column '" + name + "' row " + (i + 1)
                        + " is missing in only one of values and deltas");
            }
        }
        return new NumericColumn(name, values.clone(), origin, deltas.clone());
    }

    /**
     * A column from the text of its fields (null = missing), with exact decimal deltas against the first
     * non-missing finite field (origin 0 if there is none).
     *
     * @throws DataException if a non-null field is not a number
     */
    public static NumericColumn ofText(String name, String[] texts) {
        Objects.requireNonNull(texts, "texts");
        Decimal[] parsed = new Decimal[texts.length];
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                parsed[i] = Decimal.parse(texts[i]);
                if (parsed[i] == null) {
                    throw new DataException("'" + texts[i] + "' in column '" + name + "' is not a number");
                }
            }
        }
        return fromDecimals(name, parsed);
    }

    /** From parsed fields; null = missing. */
    static NumericColumn fromDecimals(String name, Decimal[] parsed) {
        Decimal originText = Decimal.ZERO;
        for (Decimal d : parsed) {
            if (d != null && !d.infinite && Double.isFinite(d.value)) {
                originText = d;
                break;
            }
        }
        int n = parsed.length;
        double[] values = new double[n];
        double[] deltas = new double[n];
        for (int i = 0; i < n; i++) {
            Decimal d = parsed[i];
            if (d == null) {
                values[i] = Double.NaN;
                deltas[i] = Double.NaN;
            } else {
                values[i] = d.value;
                deltas[i] = d.minus(originText);
            }
        }
        return new NumericColumn(name, values, originText.value, deltas);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    /** The value in a row (NaN if missing). */
    public double get(int row) {
        return values[row];
    }

    /** The value that the deltas are relative to. */
    public double origin() {
        return origin;
    }

    /** The exact difference (value &minus; origin) rounded once, NaN if missing. */
    public double delta(int row) {
        return deltas[row];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** A copy of the deltas. */
    public double[] deltas() {
        return deltas.clone();
    }

    @Override
    public NumericColumn rename(String newName) {
        return new NumericColumn(newName, values, origin, deltas);
    }

    @Override
    public NumericColumn filter(boolean[] keep) {
        int n = Checks.mask(keep, values.length);
        double[] v = new double[n];
        double[] d = new double[n];
        int j = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                v[j] = values[i];
                d[j] = deltas[i];
                j++;
            }
        }
        return new NumericColumn(name, v, origin, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericColumn c && name.equals(c.name) && Arrays.equals(values, c.values)
                && Double.compare(origin, c.origin) == 0 && Arrays.equals(deltas, c.deltas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(values), origin, Arrays.hashCode(deltas));
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + values.length + " rows, " + missing + " missing]";
    }
}
