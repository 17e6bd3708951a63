package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.NumericColumn;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conversions of values to what an operation needs, with an error at the value's span when it is the wrong kind. */
final class Coerce {

    private Coerce() {
    }

    static double number(Value value, Span span, String role) {
        if (value instanceof NumberValue n) {
            return n.value();
        }
        throw new GmException(span, role + " must be a number, not " + value.kind());
    }

    static int wholeNumber(Value value, Span span, String role) {
        double x = number(value, span, role);
        if (x == Math.rint(x) && Math.abs(x) > Integer.MAX_VALUE) {
            throw new GmException(span, role + " is out of range: " + new NumberFormatter(17).format(x),
                    "whole numbers here lie between -" + Integer.MAX_VALUE + " and " + Integer.MAX_VALUE);
        }
        if (x != Math.rint(x)) {
            throw new GmException(span, role + " must be a whole number, not " + new NumberFormatter(17).format(x));
        }
        return (int) x;
    }

    /** Numbers as a vector: a vector, a numeric column (missing values as NaN), or a single number. */
    static Optional<double[]> numbers(Value value) {
        if (value instanceof VectorValue v) {
            return Optional.of(v.values());
        }
        if (value instanceof ColumnValue c && c.column() instanceof NumericColumn n) {
            return Optional.of(n.values());
        }
        if (value instanceof NumberValue n) {
            return Optional.of(new double[] {n.value()});
        }
        return Optional.empty();
    }

    static double[] vector(Value value, Span span, String role) {
        return numbers(value).orElseThrow(() -> new GmException(span, role + " must be a vector of numbers, not " + value.kind()));
    }

    /** Strings as a list (null for missing): a vector of strings or a categorical column. */
    static Optional<List<String>> texts(Value value) {
        if (value instanceof TextVectorValue t) {
            return Optional.of(t.values());
        }
        if (value instanceof ColumnValue c && c.column() instanceof CategoricalColumn column) {
            List<String> texts = new ArrayList<>(column.size());
            for (int i = 0; i < column.size(); i++) {
                texts.add(column.get(i));
            }
            return Optional.of(texts);
        }
        return Optional.empty();
    }

    /** A matrix; a vector counts as a column. */
    static double[][] matrix(Value value, Span span, String role) {
        if (value instanceof MatrixValue m) {
            return m.rows();
        }
        throw new GmException(span, role + " must be a matrix, not " + value.kind());
    }

    static DatasetValue dataset(Value value, Span span, String role) {
        if (value instanceof DatasetValue d) {
            return d;
        }
        String hint = value instanceof ColumnValue ? "select columns with ds[a, b] to keep a dataset" : null;
        throw new GmException(span, role + " must be a dataset, not " + value.kind(), hint);
    }
}
