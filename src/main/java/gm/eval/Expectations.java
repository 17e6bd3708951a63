package gm.eval;

import gm.data.NumericColumn;
import gm.lang.Diagnostic;
import gm.lang.GmException;
import gm.lang.Source;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.lang.ast.Expression.BinaryOperator;
import gm.lang.ast.Statement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code expect CONDITION} and {@code expect ACTUAL ≈ EXPECTED [tol T]}: a failed expectation is not an error that
 * stops the script; it is reported with the values involved, and the run ends with a non-zero exit code.
 */
final class Expectations {

    /** Without {@code tol}, numbers must agree to about nine significant digits: |a − b| ≤ 1e-9 · max(1, |b|). */
    static final double DEFAULT_RELATIVE_TOLERANCE = 1e-9;

    private static final Set<BinaryOperator> COMPARISONS = EnumSet.of(BinaryOperator.EQUAL, BinaryOperator.NOT_EQUAL,
            BinaryOperator.LESS, BinaryOperator.LESS_EQUAL, BinaryOperator.GREATER, BinaryOperator.GREATER_EQUAL);

    /** A failed expectation: where and what, then lines with the values. */
    record Failure(Diagnostic diagnostic, List<String> details) {
        Failure {
            details = List.copyOf(details);
        }
    }

    private final Evaluator evaluator;
    private final Source source;
    private final int digits;

    Expectations(Evaluator evaluator, Source source, int digits) {
        this.evaluator = evaluator;
        this.source = source;
        this.digits = digits;
    }

    Optional<Failure> condition(Statement.Expect expect) {
        Expression condition = expect.condition();
        List<String> details = new ArrayList<>();
        Value result;
        if (condition instanceof Expression.Binary binary && COMPARISONS.contains(binary.operator())) {
            Value left = evaluator.evaluate(binary.left());
            Value right = evaluator.evaluate(binary.right());
            result = Arithmetic.binary(binary.operator(), left, right, binary.span());
            List<String> shown = shown(left, right);
            details.addAll(labelled("left:  ", shown.get(0)));
            details.addAll(labelled("right: ", shown.get(1)));
        } else {
            result = evaluator.evaluate(condition);
        }
        if (result instanceof Value.BooleanValue b) {
            return b.value() ? Optional.empty() : Optional.of(failure(expect.span(), text(condition.span()) + " is false", details));
        }
        if (result instanceof Value.LogicalVectorValue l) {
            boolean[] values = l.values();
            List<String> falsePositions = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (!values[i]) {
                    falsePositions.add(String.valueOf(i + 1));
                }
            }
            if (falsePositions.isEmpty()) {
                return Optional.empty();
            }
            details.add("false at element" + (falsePositions.size() == 1 ? " " : "s ")
                    + String.join(", ", falsePositions.subList(0, Math.min(10, falsePositions.size())))
                    + (falsePositions.size() > 10 ? ", ..." : "") + " of " + values.length);
            return Optional.of(failure(expect.span(), text(condition.span()) + " is not true everywhere", details));
        }
        throw new GmException(condition.span(), "expect needs a condition that is true or false, not " + result.kind(),
                "compare it, e.g. expect x == 3, or expect x ≈ 3 tol 1e-6");
    }

    Optional<Failure> close(Statement.ExpectClose expect) {
        Value actual = evaluator.evaluate(expect.actual());
        Value expected = evaluator.evaluate(expect.expected());
        Optional<Double> tolerance = Optional.empty();
        if (expect.tolerance().isPresent()) {
            Expression t = expect.tolerance().get();
            double tol = Coerce.number(evaluator.evaluate(t), t.span(), "the tolerance");
            if (!(tol >= 0) || Double.isInfinite(tol)) {
                throw new GmException(t.span(), "the tolerance must be a finite number of at least 0, not "
                        + new NumberFormatter(digits).format(tol));
            }
            tolerance = Optional.of(tol);
        }
        Numbers a = numbers(actual, expect.actual().span());
        Numbers b = numbers(expected, expect.expected().span());
        String what = text(new Span(expect.span().source(), expect.actual().span().line(), expect.actual().span().column(),
                expect.actual().span().start(), expect.span().end()));
        List<String> shown = shown(actual, expected);
        List<String> details = new ArrayList<>(labelled("actual:   ", shown.get(0)));
        details.addAll(labelled("expected: ", shown.get(1)));
        if (!a.shape().equals(b.shape())) {
            details.add("the shapes differ: " + a.shape() + " and " + b.shape());
            return Optional.of(failure(expect.span(), what, details));
        }
        int worst = -1;
        double worstExcess = 0;
        for (int i = 0; i < a.values().length; i++) {
            double x = a.values()[i];
            double y = b.values()[i];
            if (Double.isNaN(x) && Double.isNaN(y) || x == y) {
                continue;
            }
            double allowed = tolerance.orElse(DEFAULT_RELATIVE_TOLERANCE * Math.max(1, Math.abs(y)));
            double difference = Math.abs(x - y);
            double excess = Double.isNaN(difference) ? Double.POSITIVE_INFINITY : difference - allowed;
            if (excess > 0 && (worst < 0 || excess > worstExcess)) {
                worst = i;
                worstExcess = excess;
            }
        }
        if (worst < 0) {
            return Optional.empty();
        }
        NumberFormatter format = new NumberFormatter(digits);
        String where = a.columns() > 0 ? " at [" + (worst / a.columns() + 1) + ", " + (worst % a.columns() + 1) + "]"
                : a.values().length > 1 ? " at element " + (worst + 1) : "";
        details.add("difference " + format.format(Math.abs(a.values()[worst] - b.values()[worst])) + where + ", more than "
                + tolerance.map(t -> "the tolerance " + format.format(t))
                        .orElse("the default tolerance 1e-9 × max(1, |expected|); give one with 'tol'"));
        return Optional.of(failure(expect.span(), what, details));
    }

    private Failure failure(Span span, String what, List<String> details) {
        return new Failure(new Diagnostic(span, "expectation failed: " + what), details);
    }

    private String text(Span span) {
        return source.text().substring(span.start(), span.end()).replaceAll("\\s+", " ");
    }

    /** Both values as text, with more digits than usual when that is what tells them apart. */
    private List<String> shown(Value left, Value right) {
        String a = "";
        String b = "";
        for (int shownDigits = digits; shownDigits <= 17 && a.equals(b); shownDigits++) {
            ValueFormatter format = new ValueFormatter(shownDigits);
            a = format.format(left);
            b = format.format(right);
        }
        return List.of(a, b);
    }

    private static List<String> labelled(String label, String text) {
        List<String> lines = new ArrayList<>();
        String indent = " ".repeat(label.length());
        text.lines().forEach(line -> lines.add((lines.isEmpty() ? label : indent) + line));
        return lines;
    }

    /** Numbers with their shape: columns is 0 for a number or vector, the column count of a matrix. */
    private record Numbers(double[] values, int columns, String shape) {}

    private static Numbers numbers(Value value, Span span) {
        if (value instanceof Value.NumberValue n) {
            return new Numbers(new double[] {n.value()}, 0, "a number");
        }
        if (value instanceof Value.VectorValue v) {
            return new Numbers(v.values(), 0, "a vector of " + v.length());
        }
        if (value instanceof Value.ColumnValue c && c.column() instanceof NumericColumn column) {
            return new Numbers(column.values(), 0, "a vector of " + column.size());
        }
        if (value instanceof Value.MatrixValue m) {
            double[] flat = java.util.Arrays.stream(m.rows()).flatMapToDouble(java.util.Arrays::stream).toArray();
            return new Numbers(flat, m.columnCount(), "a " + m.rowCount() + " × " + m.columnCount() + " matrix");
        }
        throw new GmException(span, "≈ compares numbers, vectors and matrices, not " + value.kind(),
                "compare their parts, e.g. expect g.mean ≈ [66.4, 145.8] tol 0.1");
    }
}
