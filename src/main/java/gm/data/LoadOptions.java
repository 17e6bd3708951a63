package gm.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How to read a delimited file.
 *
 * @param delimiter      the field delimiter; {@link Delimiter#AUTO} (or null) detects it
 * @param header         true/false forces whether the first row holds column names; null detects it
 * @param missingMarkers extra texts meaning "missing", besides the defaults (empty, {@code NA}, {@code NaN},
 *                       {@code ?}); compared with the trimmed field exactly; null = none
 * @param skip           number of lines at the start of the file to ignore entirely (&ge; 0)
 * @param columnNames    names for the columns (replacing the header's, if any); null = none
 */
public record LoadOptions(Delimiter delimiter, Boolean header, List<String> missingMarkers, int skip,
                          List<String> columnNames) {

    /** The missing markers that always apply. */
    public static final List<String> DEFAULT_MISSING_MARKERS = List.of("", "NA", "NaN", "?");

    public LoadOptions {
        if (delimiter == null) {
            delimiter = Delimiter.AUTO;
        }
        if (skip < 0) {
            throw new DataException("skip must be 0 or more, not " + skip);
        }
        missingMarkers = missingMarkers == null ? List.of() : copy(missingMarkers, "missing marker");
        if (columnNames != null) {
            columnNames = copy(columnNames, "column name");
            for (String n : columnNames) {
                if (n.isBlank()) {
                    throw new DataException("a column name must not be empty");
                }
            }
        }
    }

    private static List<String> copy(List<String> list, String what) {
        List<String> out = new ArrayList<>(list.size());
        for (String s : list) {
            if (s == null) {
                throw new DataException("a " + what + " must not be null");
            }
            out.add(s);
        }
        return Collections.unmodifiableList(out);
    }

    /** Detect delimiter and header, default missing markers, no skip, no column names. */
    public static LoadOptions defaults() {
        return new LoadOptions(Delimiter.AUTO, null, List.of(), 0, null);
    }

    public LoadOptions withDelimiter(Delimiter d) {
        return new LoadOptions(d, header, missingMarkers, skip, columnNames);
    }

    public LoadOptions withHeader(Boolean h) {
        return new LoadOptions(delimiter, h, missingMarkers, skip, columnNames);
    }

    public LoadOptions withMissingMarkers(List<String> markers) {
        return new LoadOptions(delimiter, header, markers, skip, columnNames);
    }

    public LoadOptions withSkip(int n) {
        return new LoadOptions(delimiter, header, missingMarkers, n, columnNames);
    }

    public LoadOptions withColumnNames(List<String> names) {
        return new LoadOptions(delimiter, header, missingMarkers, skip, names);
    }
}
