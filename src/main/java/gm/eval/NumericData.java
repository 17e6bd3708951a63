package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.NumericColumn;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.runtime.Moments;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Numeric variables as complete rows, for the statistics and models that need every value of a row: the columns of a
 * dataset, one column, a vector (one variable, x) or a matrix (one row per observation). Rows with a missing value are
 * left out and counted. A loaded column's values are kept as its exact decimal differences from an origin, so moments
 * computed from {@link #moments()} are as exact as {@code fit gaussian}'s.
 */
final class NumericData {

    private final List<String> names;
    private final double[] origin;
    private final double[][] deltas;
    private final int total;

    private NumericData(List<String> names, double[] origin, double[][] deltas, int total) {
        this.names = List.copyOf(names);
        this.origin = origin;
        this.deltas = deltas;
        this.total = total;
    }

    /** Every column of a dataset (all must be numeric), one column, a vector or a matrix. */
    static NumericData of(Value value, Span span, String role) {
        if (value instanceof DatasetValue d) {
            List<NumericColumn> columns = new ArrayList<>();
            for (Column column : d.data().columns()) {
                if (column instanceof CategoricalColumn) {
                    throw new GmException(span, "column '" + column.name() + "' is categorical; " + role + " needs numeric columns",
                            "select the numeric columns, e.g. ds[" + String.join(", ", numericNames(d)) + "]");
                }
                columns.add((NumericColumn) column);
            }
            if (columns.isEmpty()) {
                throw new GmException(span, role + " has no columns");
            }
            return ofColumns(columns);
        }
        if (value instanceof ColumnValue c) {
            if (c.column() instanceof NumericColumn n) {
                return ofColumns(List.of(n));
            }
            throw new GmException(span, "column '" + c.column().name() + "' is categorical; " + role + " needs numbers");
        }
        if (value instanceof MatrixValue m) {
            double[][] rows = m.rows();
            return ofRows(defaultNames(m.columnCount()), rows);
        }
        if (value instanceof VectorValue v) {
            double[] values = v.values();
            double[][] rows = new double[values.length][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new double[] {values[i]};
            }
            return ofRows(List.of("x"), rows);
        }
        throw new GmException(span, role + " must be a dataset, a column, a vector or a matrix, not " + value.kind());
    }

    /**
     * The data in the variables of a model: a dataset's columns of those names or, when it lacks them and has exactly
     * as many numeric columns as the model has variables, its columns in order; other values as in {@link #of}.
     */
    static NumericData forVariables(Value value, List<String> variables, Span span, String role) {
        if (value instanceof DatasetValue d) {
            List<Column> named = new ArrayList<>();
            for (String variable : variables) {
                d.data().column(variable).ifPresent(named::add);
            }
            if (named.size() < variables.size()) {
                List<String> numeric = numericNames(d);
                if (numeric.size() != variables.size()) {
                    String absent = variables.stream().filter(v -> d.data().column(v).isEmpty()).findFirst().orElseThrow();
                    throw new GmException(span, "the data has no column '" + absent + "' for the variable of the model",
                            "the model's variables are (" + String.join(", ", variables) + "); the data's numeric columns are ("
                                    + String.join(", ", numeric) + ")");
                }
                named.clear();
                numeric.forEach(name -> named.add(d.data().column(name).orElseThrow()));
            }
            List<NumericColumn> columns = new ArrayList<>();
            for (Column column : named) {
                if (!(column instanceof NumericColumn n)) {
                    throw new GmException(span, "column '" + column.name() + "' is not numeric");
                }
                columns.add(n);
            }
            return ofColumns(columns);
        }
        NumericData data = of(value, span, role);
        if (data.dim() != variables.size()) {
            throw new GmException(span, role + " has " + Evaluator.count(data.dim(), "variable") + " but the model has "
                    + variables.size() + " (" + String.join(", ", variables) + ")");
        }
        return data;
    }

    private static NumericData ofColumns(List<NumericColumn> columns) {
        int rows = columns.get(0).size();
        List<double[]> complete = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] row = new double[columns.size()];
            boolean present = true;
            for (int j = 0; j < row.length; j++) {
                present &= !columns.get(j).isMissing(i);
                row[j] = columns.get(j).delta(i);
            }
            if (present) {
                complete.add(row);
            }
        }
        double[] origin = columns.stream().mapToDouble(NumericColumn::origin).toArray();
        return new NumericData(columns.stream().map(Column::name).toList(), origin, complete.toArray(new double[0][]), rows);
    }

    private static NumericData ofRows(List<String> names, double[][] rows) {
        List<double[]> complete = new ArrayList<>();
        for (double[] row : rows) {
            if (java.util.Arrays.stream(row).noneMatch(Double::isNaN)) {
                complete.add(row);
            }
        }
        return new NumericData(names, new double[names.size()], complete.toArray(new double[0][]), rows.length);
    }

    static List<String> defaultNames(int d) {
        if (d == 1) {
            return List.of("x");
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            names.add("x" + i);
        }
        return names;
    }

    private static List<String> numericNames(DatasetValue d) {
        return d.data().columns().stream().filter(c -> c instanceof NumericColumn).map(Column::name).toList();
    }

    List<String> names() {
        return names;
    }

    int dim() {
        return names.size();
    }

    /** Complete rows. */
    int rowCount() {
        return deltas.length;
    }

    int dropped() {
        return total - deltas.length;
    }

    double[] origin() {
        return origin.clone();
    }

    /** The complete rows' values. */
    double[][] rows() {
        double[][] rows = new double[deltas.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[origin.length];
            for (int j = 0; j < origin.length; j++) {
                rows[i][j] = origin[j] + deltas[i][j];
            }
        }
        return rows;
    }

    /** Count, mean and co-moment of the complete rows' differences from {@link #origin()}. */
    Moments moments() {
        Moments moments = new Moments(dim());
        for (double[] row : deltas) {
            moments.add(row);
        }
        return moments;
    }

    /** Says how many rows were left out, if any: "cov: dropped 3 of 213 rows with a missing value in (a, b)". */
    NumericData reportDropped(PrintStream out, String what) {
        if (dropped() > 0) {
            out.println(what + ": dropped " + dropped() + " of " + total + " rows with a missing value in ("
                    + String.join(", ", names) + ")");
        }
        return this;
    }

    /** Refuses rows with a missing value, for results that give one value per row. */
    NumericData requireComplete(Span span, String what) {
        if (dropped() > 0) {
            throw new GmException(span, what + ": " + Evaluator.count(dropped(), "row") + " of the data "
                    + (dropped() == 1 ? "has" : "have") + " a missing value", "keep the complete rows with complete(ds)");
        }
        return this;
    }

    /** Refuses data with fewer complete rows than needed. */
    NumericData requireRows(int needed, Span span, String what) {
        if (rowCount() < needed) {
            throw new GmException(span, what + " needs at least " + Evaluator.count(needed, "complete row") + ", got "
                    + rowCount());
        }
        return this;
    }
}
