package gm.eval;

import gm.data.Column;
import gm.data.DataException;
import gm.data.Delimiter;
import gm.data.DelimitedFileReader;
import gm.data.LoadOptions;
import gm.data.LoadResult;
import gm.eval.Value.DatasetValue;
import gm.lang.GmException;
import gm.lang.Source;
import gm.lang.ast.Expression;
import gm.lang.ast.Word;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code load "file" [options]}: reads a delimited text file and reports what it found. */
final class Loading {

    private Loading() {
    }

    static DatasetValue load(Expression.Load load, Source source, PrintStream out) {
        Path path = source.folder().resolve(load.path());
        gm.lang.ast.LoadOptions written = load.options();
        LoadOptions options = new LoadOptions(
                written.delimiter().map(w -> Delimiter.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(Delimiter.AUTO),
                written.header().orElse(null),
                written.missingMarkers(),
                written.skip(),
                written.columns().map(words -> words.stream().map(Word::text).toList()).orElse(null));
        LoadResult result;
        try {
            result = DelimitedFileReader.read(path, options);
        } catch (DataException e) {
            throw new GmException(load.pathSpan(), e.getMessage(), e.hint());
        }
        out.print(report(load.path(), result));
        return new DatasetValue(result.dataset());
    }

    private static String report(String path, LoadResult result) {
        StringBuilder text = new StringBuilder("loaded ").append(path).append(": ")
                .append(result.dataset().rowCount()).append(" rows × ").append(result.dataset().columnCount())
                .append(result.dataset().columnCount() == 1 ? " column (" : " columns (")
                .append(result.dataset().columnCount() == 1 ? "" : result.delimiter().name().toLowerCase(Locale.ROOT) + "-separated, ")
                .append(result.header() ? "header row" : "no header").append(")");
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (Column column : result.dataset().columns()) {
            if (column.missingCount() > 0) {
                missing.add(column.name() + " " + column.missingCount());
                total += column.missingCount();
            }
        }
        text.append(missing.isEmpty() ? "; no missing values" : "; " + total + " missing: " + String.join(", ", missing));
        return text.append('\n').toString();
    }
}
