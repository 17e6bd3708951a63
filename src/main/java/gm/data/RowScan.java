package gm.data;

/**
 * A computation over the records of a file read in chunks: each chunk gets its own accumulator, and the chunks'
 * accumulators are merged in file order, so the result does not depend on how many threads read the file.
 *
 * @param <A> the accumulator
 */
public interface RowScan<A> {
    /** A new, empty accumulator for one chunk. */
    A start();

    /** Adds one record to the chunk's accumulator. */
    void add(A accumulator, Row row);

    /** {@code earlier} combined with {@code later}, the accumulator of the rows that follow it in the file. */
    A merge(A earlier, A later);
}
