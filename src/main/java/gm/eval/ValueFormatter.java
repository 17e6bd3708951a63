package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.eval.Value.BooleanValue;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.GaussianGroupValue;
import gm.eval.Value.GaussianValue;
import gm.eval.Value.LogicalVectorValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.StringValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.runtime.Estimator;
import gm.runtime.Gaussian;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Text of values for printing: aligned, with {@code digits} significant digits. */
final class ValueFormatter {

    /** Datasets with more rows than this show their first and last rows only. */
    private static final int MAX_ROWS = 20;
    private static final int EDGE_ROWS = 5;
    /**
     * Vectors and matrices with more numbers than this show their first and last ones only: printed in full, a sample
     * of a million values would flood the terminal for minutes.
     */
    static final int MAX_PRINTED = 10_000;
    private static final int EDGE_VALUES = 10;

    private final NumberFormatter numbers;

    ValueFormatter(int digits) {
        this.numbers = new NumberFormatter(digits);
    }

    String number(double value) {
        return numbers.format(value);
    }

    /** The value's text, ending with a newline. */
    String format(Value value) {
        if (value instanceof NumberValue n) {
            return number(n.value()) + "\n";
        } else if (value instanceof BooleanValue b) {
            return b.value() + "\n";
        } else if (value instanceof StringValue s) {
            return s.value() + "\n";
        } else if (value instanceof VectorValue v) {
            return vector(v.values(), v.labels());
        } else if (value instanceof TextVectorValue t) {
            return list(t.values().size(), i -> quote(t.values().get(i)));
        } else if (value instanceof LogicalVectorValue l) {
            return logical(l.values());
        } else if (value instanceof MatrixValue m) {
            return matrix(m.rows(), m.labels());
        } else if (value instanceof ColumnValue c) {
            return column(c.column());
        } else if (value instanceof DatasetValue d) {
            return dataset(d.data());
        } else if (value instanceof GaussianValue g) {
            return gaussian(g.gaussian());
        } else if (value instanceof Value.ClassifierValue
                || value instanceof Value.PredictionValue
                || value instanceof Value.EvaluationValue
                || value instanceof Value.BoundaryValue) {
            return new ClassifierFormatter(this).format(value);
        } else if (ModelFormatting.handles(value)) {
            return new ModelFormatting(this).format(value);
        } else {
            return group((GaussianGroupValue) value);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String logical(boolean[] values) {
        return list(values.length, i -> String.valueOf(values[i]));
    }

    /** "[a, b, c]", or for more than {@link #MAX_PRINTED} elements the first and last ones and how many there are. */
    private static String list(int count, IntFunction<String> element) {
        if (count <= MAX_PRINTED) {
            return "[" + String.join(", ", IntStream.range(0, count).mapToObj(element).toList()) + "]\n";
        }
        List<String> shown = new ArrayList<>();
        IntStream.range(0, EDGE_VALUES).mapToObj(element).forEach(shown::add);
        shown.add("…");
        IntStream.range(count - EDGE_VALUES, count).mapToObj(element).forEach(shown::add);
        return "[" + String.join(", ", shown) + "]\n(" + count + " values; the first and last " + EDGE_VALUES
                + " are shown)\n";
    }

    String vector(double[] values, Optional<List<String>> labels) {
        if (labels.isPresent()) {
            List<String> cells = new ArrayList<>();
            for (double v : values) {
                cells.add(number(v));
            }
            return new TextTable(labels.get(), false).row(cells).render();
        }
        return list(values.length, i -> number(values[i]));
    }

    /** Indices 0..count-1, or for a large matrix the first and last EDGE_ROWS with -1 marking the gap. */
    private static int[] shownIndices(int count, boolean elide) {
        if (!elide || count <= 2 * EDGE_ROWS) {
            return IntStream.range(0, count).toArray();
        }
        return IntStream.concat(IntStream.concat(IntStream.range(0, EDGE_ROWS), IntStream.of(-1)),
                IntStream.range(count - EDGE_ROWS, count)).toArray();
    }

    /** An unlabelled matrix prints as a literal that can be typed back in: [[1, 2], [3, 4]], columns aligned. */
    String matrix(double[][] rows, Optional<List<String>> labels) {
        if (labels.isPresent()) {
            List<String> header = new ArrayList<>();
            header.add("");
            header.addAll(labels.get());
            TextTable table = new TextTable(header, true);
            for (int i = 0; i < rows.length; i++) {
                List<String> cells = new ArrayList<>();
                cells.add(labels.get().get(i));
                for (double v : rows[i]) {
                    cells.add(number(v));
                }
                table.row(cells);
            }
            return table.render();
        }
        if (rows.length == 0) {
            return "[]\n";
        }
        boolean elide = (long) rows.length * rows[0].length > MAX_PRINTED;
        int[] shownRows = shownIndices(rows.length, elide);
        int[] shownColumns = shownIndices(rows[0].length, elide);
        int columns = shownColumns.length;
        String[][] cells = new String[shownRows.length][columns];
        int[] widths = new int[columns];
        for (int i = 0; i < shownRows.length; i++) {
            for (int j = 0; j < columns; j++) {
                cells[i][j] = shownRows[i] < 0 ? "⋮" : shownColumns[j] < 0 ? "…" : number(rows[shownRows[i]][shownColumns[j]]);
                widths[j] = Math.max(widths[j], cells[i][j].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shownRows.length; i++) {
            text.append(i == 0 ? "[[" : " [");
            for (int j = 0; j < columns; j++) {
                text.append(" ".repeat(widths[j] - cells[i][j].length())).append(cells[i][j]);
                text.append(j + 1 < columns ? ", " : "]");
            }
            text.append(i + 1 < shownRows.length ? ",\n" : "]\n");
        }
        if (elide) {
            text.append("(").append(rows.length).append(" × ").append(rows[0].length)
                    .append(" matrix; the first and last rows and columns are shown)\n");
        }
        return text.toString();
    }

    private String column(Column column) {
        Dataset single = Dataset.of(List.of(column));
        return dataset(single);
    }

    String cell(Column column, int row) {
        if (column.isMissing(row)) {
            return "NA";
        }
        return column instanceof NumericColumn n ? number(n.get(row)) : ((CategoricalColumn) column).get(row);
    }

    String dataset(Dataset data) {
        int rows = data.rowCount();
        StringBuilder text = new StringBuilder("dataset " + rows + " × " + data.columnCount() + "\n");
        if (data.columnCount() == 0) {
            return text.toString();
        }
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(data.names());
        TextTable table = new TextTable(header, false);
        List<Integer> shown = rows <= MAX_ROWS
                ? IntStream.range(0, rows).boxed().toList()
                : IntStream.concat(IntStream.range(0, EDGE_ROWS), IntStream.range(rows - EDGE_ROWS, rows)).boxed().toList();
        for (int k = 0; k < shown.size(); k++) {
            int row = shown.get(k);
            if (rows > MAX_ROWS && k == EDGE_ROWS) {
                table.elision();
            }
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(row + 1));
            for (Column column : data.columns()) {
                cells.add(cell(column, row));
            }
            table.row(cells);
        }
        return text.append(table.render()).toString();
    }

    String gaussian(Gaussian g) {
        StringBuilder text = new StringBuilder("Gaussian of (" + String.join(", ", g.names()) + ")");
        List<String> facts = new ArrayList<>();
        facts.add(g.structure().name().toLowerCase() + " covariance");
        if (g.n() > 0) {
            facts.add("fitted to " + g.n() + " rows");
        }
        if (g.estimator() != null) {
            facts.add(g.estimator() == Estimator.MLE ? "MLE (divided by n)" : "unbiased (divided by n - 1)");
        }
        text.append(", ").append(String.join(", ", facts)).append('\n');
        text.append("mean:\n").append(indent(vector(g.mean(), Optional.of(g.names()))));
        text.append("covariance:\n").append(indent(matrix(g.cov(), Optional.of(g.names()))));
        return text.toString();
    }

    private String group(GaussianGroupValue group) {
        StringBuilder text = new StringBuilder(group.gaussians().size() + " Gaussians by " + group.groupColumn() + "\n");
        for (int i = 0; i < group.levels().size(); i++) {
            text.append('\n').append(group.groupColumn()).append(" = ").append(group.levels().get(i)).append(": ");
            text.append(gaussian(group.gaussians().get(i)));
        }
        return text.toString();
    }

    static String indent(String block) {
        return block.lines().map(line -> line.isEmpty() ? line : "  " + line).reduce("", (a, b) -> a + b + "\n");
    }
}
