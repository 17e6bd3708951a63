package gm.eval;

import gm.eval.Value.BooleanValue;
import gm.eval.Value.LogicalVectorValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.StringValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.runtime.Interruption;
import gm.lang.Span;
import gm.lang.ast.Expression.BinaryOperator;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Operators on values. {@code +, -, /, ^} work element by element with a number broadcast over a vector or matrix;
 * {@code *} is the matrix product when a matrix is involved (a vector is a column) and element-wise otherwise.
 * Comparisons give booleans, element by element on vectors and columns; a missing value compares false.
 */
final class Arithmetic {

    private Arithmetic() {
    }

    static Value binary(BinaryOperator operator, Value left, Value right, Span span) {
        return switch (operator) {
            case ADD -> elementwise(left, right, Double::sum, span, operator);
            case SUBTRACT -> elementwise(left, right, (a, b) -> a - b, span, operator);
            case DIVIDE -> elementwise(left, right, (a, b) -> a / b, span, operator);
            case POWER -> elementwise(left, right, Math::pow, span, operator);
            case MULTIPLY -> multiply(left, right, span);
            case AND, OR -> logical(operator, left, right, span);
            default -> compare(operator, left, right, span);
        };
    }

    static Value negate(Value value, Span span) {
        return map(value, x -> -x, span, "'-'");
    }

    static Value transpose(Value value, Span span) {
        if (value instanceof NumberValue) {
            return value;
        }
        if (value instanceof MatrixValue m) {
            return new MatrixValue(Matrices.transpose(m.rows()));
        }
        Optional<double[]> vector = Coerce.numbers(value);
        if (vector.isPresent() && vector.get().length == 0) {
            // An empty vector has no orientation; a 1×0 matrix would be a matrix without numbers.
            return value;
        }
        if (vector.isPresent()) {
            return new MatrixValue(new double[][] {vector.get()});
        }
        throw new GmException(span, "cannot transpose " + value.kind());
    }

    /** Applies a function to a number, or to every element of a vector, column or matrix. */
    static Value map(Value value, DoubleUnaryOperator function, Span span, String what) {
        if (value instanceof NumberValue n) {
            return new NumberValue(function.applyAsDouble(n.value()));
        }
        if (value instanceof MatrixValue m) {
            double[][] rows = m.rows();
            for (double[] row : rows) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = function.applyAsDouble(row[j]);
                }
            }
            return new MatrixValue(rows, m.labels());
        }
        Optional<double[]> vector = Coerce.numbers(value);
        if (vector.isPresent()) {
            double[] values = vector.get();
            for (int i = 0; i < values.length; i++) {
                values[i] = function.applyAsDouble(values[i]);
            }
            return new VectorValue(values, labels(value));
        }
        throw new GmException(span, what + " needs numbers, not " + value.kind());
    }

    private static Value elementwise(Value left, Value right, DoubleBinaryOperator op, Span span, BinaryOperator operator) {
        if (left instanceof NumberValue a) {
            return map(right, x -> op.applyAsDouble(a.value(), x), span, "'" + operator.symbol() + "'");
        }
        if (right instanceof NumberValue b) {
            return map(left, x -> op.applyAsDouble(x, b.value()), span, "'" + operator.symbol() + "'");
        }
        if (left instanceof MatrixValue a && right instanceof MatrixValue b) {
            double[][] x = a.rows();
            double[][] y = b.rows();
            if (x.length != y.length || a.columnCount() != b.columnCount()) {
                throw mismatch(span, operator, shape(left), shape(right));
            }
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[i].length; j++) {
                    x[i][j] = op.applyAsDouble(x[i][j], y[i][j]);
                }
            }
            return new MatrixValue(x);
        }
        Optional<double[]> x = Coerce.numbers(left);
        Optional<double[]> y = Coerce.numbers(right);
        if (x.isPresent() && y.isPresent() && !(left instanceof MatrixValue) && !(right instanceof MatrixValue)) {
            double[] a = x.get();
            double[] b = y.get();
            if (a.length != b.length) {
                throw mismatch(span, operator, shape(left), shape(right));
            }
            double[] result = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                result[i] = op.applyAsDouble(a[i], b[i]);
            }
            return new VectorValue(result, commonLabels(left, right));
        }
        if (isNumeric(left) && isNumeric(right)) {
            throw mismatch(span, operator, shape(left), shape(right));
        }
        throw new GmException(span, "cannot apply '" + operator.symbol() + "' to " + left.kind() + " and " + right.kind());
    }

    private static Value multiply(Value left, Value right, Span span) {
        boolean matrixInvolved = left instanceof MatrixValue || right instanceof MatrixValue;
        if (!matrixInvolved || left instanceof NumberValue || right instanceof NumberValue) {
            return elementwise(left, right, (a, b) -> a * b, span, BinaryOperator.MULTIPLY);
        }
        double[][] a = asMatrix(left, span);
        double[][] b = asMatrix(right, span);
        if (a.length == 0 || b.length == 0) {
            throw new GmException(span, "cannot multiply " + shape(left) + " by " + shape(right) + ": "
                    + (a.length == 0 ? "the left" : "the right") + " side is empty",
                    "a matrix product needs numbers on both sides");
        }
        int inner = a[0].length;
        if (inner != b.length) {
            throw new GmException(span, "cannot multiply " + shape(left) + " by " + shape(right)
                    + ": the left has " + Evaluator.count(inner, "column") + ", the right " + Evaluator.count(b.length, "row"),
                    "transpose one side with ' or check the dimensions");
        }
        Limits.checkSize(a.length, b[0].length, span, "the product");
        double[][] product = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            Interruption.check();
            for (int j = 0; j < b[0].length; j++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum += a[i][k] * b[k][j];
                }
                product[i][j] = sum;
            }
        }
        if (product.length == 1 && product[0].length == 1) {
            return new NumberValue(product[0][0]);
        }
        if (!(right instanceof MatrixValue)) {
            double[] column = new double[product.length];
            for (int i = 0; i < product.length; i++) {
                column[i] = product[i][0];
            }
            return new VectorValue(column);
        }
        return new MatrixValue(product);
    }

    /** A vector is a column (n × 1) in matrix products. */
    private static double[][] asMatrix(Value value, Span span) {
        if (value instanceof MatrixValue m) {
            return m.rows();
        }
        double[] v = Coerce.vector(value, span, "operand of '*'");
        double[][] column = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            column[i][0] = v[i];
        }
        return column;
    }

    private static Value compare(BinaryOperator operator, Value left, Value right, Span span) {
        if (left instanceof StringValue || right instanceof StringValue) {
            return compareTexts(operator, left, right, span);
        }
        Optional<double[]> x = Coerce.numbers(left);
        Optional<double[]> y = Coerce.numbers(right);
        if (x.isEmpty() || y.isEmpty()) {
            throw new GmException(span, "cannot compare " + left.kind() + " with " + right.kind());
        }
        double[] a = x.get();
        double[] b = y.get();
        if (left instanceof NumberValue && right instanceof NumberValue) {
            return new BooleanValue(test(operator, a[0], b[0]));
        }
        int n = Math.max(a.length, b.length);
        if ((a.length != n && a.length != 1) || (b.length != n && b.length != 1)) {
            throw mismatch(span, operator, shape(left), shape(right));
        }
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            result[i] = test(operator, a[a.length == 1 ? 0 : i], b[b.length == 1 ? 0 : i]);
        }
        return new LogicalVectorValue(result);
    }

    private static boolean test(BinaryOperator operator, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        return switch (operator) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case LESS_EQUAL -> a <= b;
            case GREATER -> a > b;
            default -> a >= b;
        };
    }

    private static Value compareTexts(BinaryOperator operator, Value left, Value right, Span span) {
        if (operator != BinaryOperator.EQUAL && operator != BinaryOperator.NOT_EQUAL) {
            throw new GmException(span, "strings can only be compared with == and !=");
        }
        boolean equal = operator == BinaryOperator.EQUAL;
        if (left instanceof StringValue a && right instanceof StringValue b) {
            return new BooleanValue(a.value().equals(b.value()) == equal);
        }
        Value many = left instanceof StringValue ? right : left;
        String single = ((StringValue) (left instanceof StringValue ? left : right)).value();
        Optional<List<String>> texts = Coerce.texts(many);
        if (texts.isEmpty()) {
            String hint = Coerce.numbers(many).isPresent() ? "this column holds numbers: compare with a number, e.g. == 1" : null;
            throw new GmException(span, "cannot compare " + many.kind() + " with a string", hint);
        }
        boolean[] result = new boolean[texts.get().size()];
        for (int i = 0; i < result.length; i++) {
            String text = texts.get().get(i);
            result[i] = text != null && text.equals(single) == equal;
        }
        return new LogicalVectorValue(result);
    }

    private static Value logical(BinaryOperator operator, Value left, Value right, Span span) {
        boolean[] a = booleans(left, span);
        boolean[] b = booleans(right, span);
        boolean and = operator == BinaryOperator.AND;
        if (left instanceof BooleanValue && right instanceof BooleanValue) {
            return new BooleanValue(and ? a[0] && b[0] : a[0] || b[0]);
        }
        int n = Math.max(a.length, b.length);
        if ((a.length != n && a.length != 1) || (b.length != n && b.length != 1)) {
            throw mismatch(span, operator, a.length + " booleans", b.length + " booleans");
        }
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean x = a[a.length == 1 ? 0 : i];
            boolean y = b[b.length == 1 ? 0 : i];
            result[i] = and ? x && y : x || y;
        }
        return new LogicalVectorValue(result);
    }

    static boolean[] booleans(Value value, Span span) {
        if (value instanceof BooleanValue b) {
            return new boolean[] {b.value()};
        }
        if (value instanceof LogicalVectorValue l) {
            return l.values();
        }
        throw new GmException(span, "expected a condition (true or false), not " + value.kind());
    }

    static Value not(Value value, Span span) {
        if (value instanceof BooleanValue b) {
            return new BooleanValue(!b.value());
        }
        boolean[] values = booleans(value, span);
        for (int i = 0; i < values.length; i++) {
            values[i] = !values[i];
        }
        return new LogicalVectorValue(values);
    }

    /** Labels survive element-wise arithmetic: g.mean - h.mean is still labelled by the variables. */
    private static Optional<List<String>> labels(Value value) {
        return value instanceof VectorValue v ? v.labels() : Optional.empty();
    }

    private static Optional<List<String>> commonLabels(Value left, Value right) {
        Optional<List<String>> a = labels(left);
        Optional<List<String>> b = labels(right);
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.equals(b) ? a : Optional.empty();
    }

    private static boolean isNumeric(Value value) {
        return value instanceof MatrixValue || Coerce.numbers(value).isPresent();
    }

    static String shape(Value value) {
        if (value instanceof MatrixValue m) {
            return "a " + m.rowCount() + "×" + m.columnCount() + " matrix";
        }
        if (value instanceof NumberValue) {
            return "a number";
        }
        return Coerce.numbers(value).map(v -> "a vector of length " + v.length).orElse(value.kind());
    }

    private static GmException mismatch(Span span, BinaryOperator operator, String left, String right) {
        return new GmException(span, "dimension mismatch: cannot apply '" + operator.symbol() + "' to " + left + " and " + right);
    }
}
