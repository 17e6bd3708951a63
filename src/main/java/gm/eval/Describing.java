package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.CategoricalSummary;
import gm.data.Column;
import gm.data.Dataset;
import gm.data.Describe;
import gm.data.NumericColumn;
import gm.data.NumericSummary;
import gm.data.Progress;
import gm.data.TableFile;

import java.util.ArrayList;
import java.util.List;

/** {@code describe}: per numeric column n, missing, mean, sd, min, quartiles, max; per categorical column its levels. */
final class Describing {

    private Describing() {
    }

    static String describe(Dataset data, ValueFormatter format) {
        List<Object> summaries = new ArrayList<>();
        for (Column column : data.columns()) {
            summaries.add(column instanceof NumericColumn n ? Describe.numeric(n) : Describe.categorical((CategoricalColumn) column));
        }
        return render(data.rowCount(), summaries, format);
    }

    /** The columns of a file, streamed: the same statistics without holding the rows. */
    static String describe(TableFile file, List<String> columns, ValueFormatter format) {
        List<String> numericColumns = columns.stream().filter(file::isNumeric).toList();
        List<NumericSummary> numeric = Describe.numeric(file, numericColumns, Progress.onTerminal("describe"));
        List<Object> summaries = new ArrayList<>();
        for (String column : columns) {
            summaries.add(file.isNumeric(column) ? numeric.get(numericColumns.indexOf(column)) : Describe.categorical(file, column));
        }
        return render(file.rowCount(), summaries, format);
    }

    /** The table of numeric summaries, then each categorical column's levels; summaries in column order. */
    private static String render(long rows, List<Object> summaries, ValueFormatter format) {
        StringBuilder text = new StringBuilder("dataset " + rows + " × " + summaries.size() + "\n");
        TextTable numeric = new TextTable(List.of("column", "n", "missing", "mean", "sd", "skew", "kurtosis", "min", "q1", "median", "q3", "max"), true);
        List<CategoricalSummary> categorical = new ArrayList<>();
        boolean anyNumeric = false;
        for (Object summary : summaries) {
            if (summary instanceof NumericSummary s) {
                numeric.row(List.of(s.name(), String.valueOf(s.n()), String.valueOf(s.missing()),
                        stat(s.n(), s.mean(), format), stat(s.n(), s.sd(), format), stat(s.n(), s.skewness(), format),
                        stat(s.n(), s.excessKurtosis(), format), stat(s.n(), s.min(), format),
                        stat(s.n(), s.q1(), format), stat(s.n(), s.median(), format), stat(s.n(), s.q3(), format),
                        stat(s.n(), s.max(), format)));
                anyNumeric = true;
            } else {
                categorical.add((CategoricalSummary) summary);
            }
        }
        if (anyNumeric) {
            text.append(numeric.render());
        }
        for (CategoricalSummary s : categorical) {
            text.append(s.name()).append(": categorical, n ").append(s.n()).append(", missing ").append(s.missing())
                    .append(", ").append(s.levels().size()).append(s.levels().size() == 1 ? " level\n" : " levels\n");
            TextTable levels = new TextTable(List.of("  level", "count"), true);
            for (int i = 0; i < s.levels().size(); i++) {
                levels.row(List.of("  " + s.levels().get(i), String.valueOf(s.counts()[i])));
            }
            text.append(levels.render());
        }
        return text.toString();
    }

    /** A statistic that does not exist (no values, or one value for sd) prints as a dash, never as NaN. */
    private static String stat(int n, double value, ValueFormatter format) {
        return n == 0 || Double.isNaN(value) ? "—" : format.number(value);
    }
}
