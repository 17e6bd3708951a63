package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.DataException;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.GaussianValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.lang.ast.Expression;
import gm.runtime.Gaussian;
import gm.runtime.GaussianFit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/** The built-in functions: {@code sqrt(x)}, {@code inv(A)}, {@code loglik(g, ds)}, {@code table(a = [...])}, ... */
final class Functions {

    /** A call's evaluated arguments, with their spans for messages. */
    record Arguments(Expression.Call call, List<Value> values, List<Span> spans) {
        int size() {
            return values.size();
        }

        Value get(int i) {
            return values.get(i);
        }

        Span span(int i) {
            return spans.get(i);
        }
    }

    interface Builtin {
        Value apply(Arguments arguments);
    }

    /** A function that evaluates its own arguments: some are variable names (marginal(g, [weight])) or named (condition). */
    interface SpecialForm {
        Value apply(Expression.Call call, Scope scope);
    }

    private record Entry(String usage, int minArity, int maxArity, Builtin body) {}

    private final Evaluator evaluator;
    private final Classification classification;
    private final Map<String, Entry> table = new TreeMap<>();
    private final Map<String, SpecialForm> specialForms = new TreeMap<>();

    Functions(Evaluator evaluator, Classification classification) {
        this.evaluator = evaluator;
        this.classification = classification;
        elementwise("sqrt", Math::sqrt);
        elementwise("exp", Math::exp);
        elementwise("log", Math::log);
        elementwise("abs", Math::abs);
        elementwise("ceil", Math::ceil);
        elementwise("floor", Math::floor);
        elementwise("round", Math::rint);
        aggregate("sum", Statistics::sum);
        aggregate("min", Statistics::min);
        aggregate("max", Statistics::max);
        centred("mean", 1, (origin, deltas) -> origin + Statistics.mean(deltas));
        centred("sd", 2, (origin, deltas) -> Statistics.sd(deltas));
        centred("var", 2, (origin, deltas) -> Statistics.variance(deltas));
        define("complete", "complete(ds)", 1, this::completeRows);
        define("length", "length(x)", 1, a -> new NumberValue(values(a, 0).length));
        define("inv", "inv(A)", 1, this::inverse);
        define("det", "det(A)", 1, this::determinant);
        define("loglik", "loglik(g, ds)", 2, this::logLikelihood);
        define("error", "error(q, ds)", 2, this::errorRate);
        Distributions.register(this, evaluator);
        Bayesian.register(this);
        Entry betweenDistributions = table.get("llr");
        define("llr", "llr(q, x) for a two-class classifier, llr(g1, g2, x) for two distributions", 2, 3,
                a -> a.size() == 2 ? logLikelihoodRatio(a) : betweenDistributions.body().apply(a));
    }

    private void define(String name, String usage, int arity, Builtin body) {
        define(name, usage, arity, arity, body);
    }

    void define(String name, String usage, int minArity, int maxArity, Builtin body) {
        table.put(name, new Entry(usage, minArity, maxArity, body));
    }

    void defineSpecialForm(String name, SpecialForm body) {
        specialForms.put(name, body);
    }

    private void elementwise(String name, DoubleUnaryOperator function) {
        define(name, name + "(x)", 1, a -> Arithmetic.map(a.get(0), function, a.span(0), name));
    }

    private void aggregate(String name, java.util.function.ToDoubleFunction<double[]> function) {
        define(name, name + "(x)", 1, a -> new NumberValue(function.applyAsDouble(atLeast(present(values(a, 0)), 1, a))));
    }

    private interface CentredStatistic {
        double apply(double origin, double[] deltas);
    }

    /**
     * Statistics of location and spread. On a loaded column they use its exact decimal differences from the first
     * value, so an sd of 0.1 around 10000000.2 keeps all its digits (plain doubles would lose about eight).
     */
    private void centred(String name, int needed, CentredStatistic statistic) {
        define(name, name + "(x)", 1, a -> {
            if (a.get(0) instanceof Value.ColumnValue c && c.column() instanceof NumericColumn column) {
                double[] deltas = atLeast(present(column.deltas()), needed, a);
                return new NumberValue(statistic.apply(column.origin(), deltas));
            }
            return new NumberValue(statistic.apply(0, atLeast(present(values(a, 0)), needed, a)));
        });
    }

    private static double[] atLeast(double[] values, int needed, Arguments a) {
        if (values.length < needed) {
            throw new GmException(a.span(0), a.call().function().text() + " needs at least " + needed + " value"
                    + (needed == 1 ? "" : "s") + ", got " + values.length);
        }
        return values;
    }

    /** complete(ds): the rows with no missing value, like R's na.omit. */
    private Value completeRows(Arguments a) {
        DatasetValue d = Coerce.dataset(a.get(0), a.span(0), "the argument of complete");
        boolean[] keep = new boolean[d.data().rowCount()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = true;
            for (Column column : d.data().columns()) {
                keep[i] &= !column.isMissing(i);
            }
        }
        return new DatasetValue(d.data().filter(keep), d.source().filter(keep));
    }

    /** Every function name, for completion and {@code gm check}. */
    java.util.SortedSet<String> names() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(table.keySet());
        names.add("table");
        names.addAll(specialForms.keySet());
        return names;
    }

    /** Functions whose arguments may be bare words that are not variables: marginal(g, [weight]), whiten(ds, zca). */
    java.util.Set<String> specialFormNames() {
        return java.util.Collections.unmodifiableSet(specialForms.keySet());
    }

    Value call(Expression.Call call, Scope scope) {
        String name = call.function().text();
        if (name.equals("table")) {
            return table(call, scope);
        }
        if (specialForms.containsKey(name)) {
            return specialForms.get(name).apply(call, scope);
        }
        Entry entry = table.get(name);
        if (entry == null) {
            List<String> known = new ArrayList<>(table.keySet());
            known.add("table");
            known.addAll(specialForms.keySet());
            throw new GmException(call.function().span(), "unknown function '" + name + "'",
                    Suggestions.closest(name, known).map(s -> "did you mean '" + s + "'?").orElse("see 'help' for the functions"));
        }
        List<Value> values = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Expression.Argument argument : call.arguments()) {
            if (argument.name().isPresent()) {
                throw new GmException(argument.name().get().span(), name + " takes no named arguments", "usage: " + entry.usage());
            }
            values.add(evaluator.evaluate(argument.value(), scope));
            spans.add(argument.span());
        }
        if (values.size() < entry.minArity() || values.size() > entry.maxArity()) {
            throw new GmException(call.span(), name + " takes " + arity(entry) + ", got " + values.size(),
                    "usage: " + entry.usage());
        }
        return entry.body().apply(new Arguments(call, values, spans));
    }

    private static String arity(Entry entry) {
        int min = entry.minArity();
        int max = entry.maxArity();
        String count = min == max ? String.valueOf(min) : max == min + 1 ? min + " or " + max : min + " to " + max;
        return count + " argument" + (max == 1 ? "" : "s");
    }

    private static double[] values(Arguments a, int i) {
        Value value = a.get(i);
        if (value instanceof MatrixValue m) {
            return java.util.Arrays.stream(m.rows()).flatMapToDouble(java.util.Arrays::stream).toArray();
        }
        return Coerce.vector(value, a.span(i), "the argument of " + a.call().function().text());
    }

    /** Missing values (NaN, as in a column with gaps) are left out of aggregates, as pandas does. */
    private static double[] present(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * Commons Math calls a pivot below 1e-11 singular whatever the matrix's scale, which made det([[1e-12]]) 0; here
     * a pivot counts as zero only relative to the largest entry (at double precision).
     */
    private static LUDecomposition lu(RealMatrix matrix) {
        return new LUDecomposition(matrix, 0);
    }

    private Value inverse(Arguments a) {
        RealMatrix matrix = square(a);
        LUDecomposition lu = lu(matrix);
        double largest = 0;
        for (double[] row : matrix.getData()) {
            for (double entry : row) {
                largest = Math.max(largest, Math.abs(entry));
            }
        }
        boolean singular = !lu.getSolver().isNonSingular();
        for (int i = 0; i < matrix.getRowDimension() && !singular; i++) {
            singular = Math.abs(lu.getU().getEntry(i, i)) <= 1e-15 * matrix.getRowDimension() * largest;
        }
        if (singular) {
            throw new GmException(a.span(0), "the matrix is singular, or too close to singular to invert in double precision",
                    "a row (or column) is a multiple or combination of the others; det() shows how close to 0 the determinant is");
        }
        return new MatrixValue(lu.getSolver().getInverse().getData());
    }

    private Value determinant(Arguments a) {
        return new NumberValue(lu(square(a)).getDeterminant());
    }

    private static RealMatrix square(Arguments a) {
        Value value = a.get(0);
        if (value instanceof NumberValue n) {
            return new Array2DRowRealMatrix(new double[][] {{n.value()}});
        }
        double[][] rows = Coerce.matrix(value, a.span(0), "the argument of " + a.call().function().text());
        if (rows.length != rows[0].length) {
            throw new GmException(a.span(0), "the matrix must be square, not " + rows.length + "×" + rows[0].length);
        }
        return new Array2DRowRealMatrix(rows);
    }

    private Value errorRate(Arguments a) {
        Value.ClassifierValue model = classifierArgument(a);
        DatasetValue data = Coerce.dataset(a.get(1), a.span(1), "the data of error");
        return new NumberValue(classification.errorRate(model, data, a.call().span()));
    }

    private Value logLikelihoodRatio(Arguments a) {
        Value.ClassifierValue model = classifierArgument(a);
        double[] x = Coerce.vector(a.get(1), a.span(1), "the point");
        return classification.logLikelihoodRatio(model, x, a.call().span());
    }

    private static Value.ClassifierValue classifierArgument(Arguments a) {
        if (a.get(0) instanceof Value.ClassifierValue c) {
            return c;
        }
        throw new GmException(a.span(0), "the first argument of " + a.call().function().text() + " must be a classifier, not "
                + a.get(0).kind());
    }

    /** loglik(g, ds): the sum of log densities of the rows with no missing value, in the Gaussian's variables. */
    private Value logLikelihood(Arguments a) {
        if (!(a.get(0) instanceof GaussianValue g)) {
            throw new GmException(a.span(0), "the first argument of loglik must be a Gaussian, not " + a.get(0).kind());
        }
        Gaussian gaussian = g.gaussian();
        double[][] rows = rowsFor(gaussian, a.get(1), a.span(1));
        return new NumberValue(RuntimeErrors.at(a.call().span(), () -> GaussianFit.logLikelihood(gaussian, rows)));
    }

    /** The rows of a dataset (its columns named as the Gaussian's variables) or a single point, as vectors. */
    private double[][] rowsFor(Gaussian gaussian, Value data, Span span) {
        if (data instanceof DatasetValue d) {
            List<NumericColumn> columns = new ArrayList<>();
            for (String name : gaussian.names()) {
                Column column = d.data().column(name).orElseThrow(() -> Evaluator.unknownColumn(span, name, d.data()));
                if (!(column instanceof NumericColumn numeric)) {
                    throw new GmException(span, "column '" + name + "' is not numeric");
                }
                columns.add(numeric);
            }
            List<double[]> rows = new ArrayList<>();
            int dropped = 0;
            for (int i = 0; i < d.data().rowCount(); i++) {
                double[] row = new double[columns.size()];
                boolean complete = true;
                for (int j = 0; j < row.length; j++) {
                    row[j] = columns.get(j).get(i);
                    complete &= !Double.isNaN(row[j]);
                }
                if (complete) {
                    rows.add(row);
                } else {
                    dropped++;
                }
            }
            if (dropped > 0) {
                evaluator.out().println("loglik: left out " + dropped + " rows with a missing value");
            }
            return rows.toArray(new double[0][]);
        }
        double[] point = Coerce.vector(data, span, "the data");
        if (point.length != gaussian.dim()) {
            throw new GmException(span, "the point has " + point.length + " values but the Gaussian has " + gaussian.dim()
                    + " variables (" + String.join(", ", gaussian.names()) + ")");
        }
        return new double[][] {point};
    }

    /** table(name = [values], ...): a small dataset typed inline; string vectors become categorical columns. */
    private Value table(Expression.Call call, Scope scope) {
        List<Column> columns = new ArrayList<>();
        for (Expression.Argument argument : call.arguments()) {
            if (argument.name().isEmpty()) {
                throw new GmException(argument.span(), "table columns need names", "write table(height = [67, 79], sex = [\"m\", \"f\"])");
            }
            String name = argument.name().get().text();
            Value value = evaluator.evaluate(argument.value(), scope);
            Optional<List<String>> texts = Coerce.texts(value);
            if (texts.isPresent()) {
                columns.add(CategoricalColumn.of(name, texts.get().toArray(new String[0])));
            } else {
                columns.add(NumericColumn.of(name, Coerce.vector(value, argument.value().span(), "column '" + name + "'")));
            }
        }
        if (columns.isEmpty()) {
            throw new GmException(call.span(), "a table needs at least one column");
        }
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i).size() != columns.get(0).size()) {
                throw new GmException(call.arguments().get(i).span(), "column '" + columns.get(i).name() + "' has "
                        + Evaluator.count(columns.get(i).size(), "value") + " but '" + columns.get(0).name() + "' has " + columns.get(0).size());
            }
        }
        try {
            return new DatasetValue(Dataset.of(columns));
        } catch (DataException e) {
            throw new GmException(call.span(), e.getMessage(), e.hint());
        }
    }
}
