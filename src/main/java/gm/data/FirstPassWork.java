package gm.data;

import java.util.List;

/**
 * A computation done during the pass that {@link TableFile#open} makes anyway, so that a statement that follows the
 * load need not read the file again. Its rows show every column of the file (position k = the k-th column); the
 * columns whose head held only numbers give values and deltas, counted missing where a field is not a number. A
 * row's {@link Row#index()} counts from the start of the chunk being read, not of the file.
 *
 * @param <A> the scan's accumulator
 */
public interface FirstPassWork<A> {
    /**
     * The scan to run, given the file's columns and those whose first records hold only numbers (and at least one
     * finite one).
     */
    RowScan<A> scan(List<String> names, List<String> numericLooking);

    /** Receives the scan's result when the pass is over. */
    void done(A result);
}
