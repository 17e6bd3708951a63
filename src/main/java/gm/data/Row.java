package gm.data;

/**
 * One record of a file being read, seen through the columns a scan asked for (position k = the k-th of them).
 * Valid only during the call it is given to.
 */
public interface Row {
    /** The record's position among the data rows of the file, from 0. */
    long index();

    /** Whether column k is missing in this record. */
    boolean isMissing(int k);

    /** The number in column k (NaN when missing). */
    double value(int k);

    /** The exact difference of column k's number from the column's origin, rounded once (NaN when missing). */
    double delta(int k);

    /** The text of column k (null when missing): a categorical column's level, a numeric column's field text. */
    String text(int k);

    /**
     * The {@link #delta}s of these columns, into {@code deltas}, unless one of them is missing.
     *
     * @return false (and {@code deltas} partly written) when one of the columns is missing
     */
    default boolean deltas(int[] columns, double[] deltas) {
        for (int k = 0; k < columns.length; k++) {
            if (isMissing(columns[k])) {
                return false;
            }
            deltas[k] = delta(columns[k]);
        }
        return true;
    }
}
