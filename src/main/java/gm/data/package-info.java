/**
 * Tabular data for gm: immutable {@link gm.data.Dataset}s of {@link gm.data.NumericColumn numeric} and
 * {@link gm.data.CategoricalColumn categorical} columns, the {@link gm.data.DelimitedFileReader reader} for
 * CSV/TSV-like files, and {@link gm.data.Describe summaries}. This package knows nothing of the gm language;
 * errors are {@link gm.data.DataException}s with a user-facing message and an optional hint.
 *
 * <p>Large files are read by {@link gm.data.TableFile} instead: one pass at open learns the columns, and later
 * {@link gm.data.RowScan}s stream the records, chunks of the file read on several threads and merged in file order,
 * in memory that does not grow with the rows. Fields are converted straight from their bytes to the same doubles and
 * exact differences as the in-memory reader gives.
 *
 * <p>Numeric columns read from text keep exact decimal differences from an origin (see
 * {@link gm.data.NumericColumn}), so moments computed on them are accurate even for data with many shared
 * leading digits.
 */
package gm.data;
