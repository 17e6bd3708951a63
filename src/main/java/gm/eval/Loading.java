package gm.eval;

import gm.data.CategoricalColumn;
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
import java.util.Optional;

/** {@code load "file" [options]}: reads a delimited text file and reports what it found. */
final class Loading {

    private Loading() {
    }

    static DatasetValue load(Expression.Load load, Source source, FileAccess files, PrintStream out) {
        Path path = readable(files.forReading(load.path(), load.pathSpan()));
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
            String hint = e.hint() != null && e.hint().startsWith("relative paths start at")
                    ? "relative paths start at " + source.folder() + (source.name().startsWith("<") ? "" : ", the script's folder")
                    : e.hint();
            throw new GmException(load.pathSpan(), e.getMessage(), hint);
        }
        out.print(report(load.path(), result));
        return new DatasetValue(result.dataset());
    }

    /** The path relative to the working folder when it lies inside it, so messages show what the user wrote. */
    private static Path readable(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(here) && !normal.equals(here) ? here.relativize(normal) : normal;
    }

    private static String report(String path, LoadResult result) {
        StringBuilder text = new StringBuilder("loaded ").append(path).append(": ")
                .append(Evaluator.count(result.dataset().rowCount(), "row")).append(" × ").append(result.dataset().columnCount())
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
        text.append('\n');
        for (Column column : result.dataset().columns()) {
            if (column instanceof CategoricalColumn c) {
                mostlyNumbers(c).ifPresent(words -> text.append("note: column ").append(c.name())
                        .append(" holds numbers and a few words (").append(String.join(", ", words))
                        .append("), so it was read as text; if they mark missing values, add: missing \"")
                        .append(words.get(0)).append("\"\n"));
            }
        }
        return text.toString();
    }

    /** The words of a text column whose values are mostly numbers: likely missing-value markers. */
    private static Optional<List<String>> mostlyNumbers(CategoricalColumn column) {
        List<String> levels = column.levels();
        int[] counts = column.counts();
        int numbers = 0;
        int words = 0;
        List<String> wordLevels = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            if (isNumber(levels.get(i))) {
                numbers += counts[i];
            } else {
                words += counts[i];
                wordLevels.add(levels.get(i));
            }
        }
        return numbers > 4 * words && wordLevels.size() <= 3 ? Optional.of(wordLevels) : Optional.empty();
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
