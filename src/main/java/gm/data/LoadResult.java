package gm.data;

/**
 * What {@link DelimitedFileReader#read} produced.
 *
 * @param dataset      the data
 * @param delimiter    the delimiter used (never AUTO; COMMA for a file with a single column, where no
 *                     delimiter occurs and every choice reads the same)
 * @param header       whether the first row was used as a header
 * @param skippedLines the number of lines ignored because of {@link LoadOptions#skip()} (fewer if the file
 *                     is shorter); blank lines are not counted
 */
public record LoadResult(Dataset dataset, Delimiter delimiter, boolean header, int skippedLines) {
}
