package gm.data;

/**
 * A named column of a {@link Dataset}: either numeric or categorical. Columns are immutable.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {
    String name();

    /** Number of rows, missing ones included. */
    int size();

    boolean isMissing(int row);

    int missingCount();

    /** The same data under another name. */
    Column rename(String newName);

    /**
     * The rows whose entry in {@code keep} is true, in order.
     *
     * @throws DataException if {@code keep.length != size()}
     */
    Column filter(boolean[] keep);
}
