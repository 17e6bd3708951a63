package gm.eval;

import gm.data.Column;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.eval.Functions.Arguments;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.DistributionValue;
import gm.eval.Value.GaussianValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.StringValue;
import gm.eval.Value.StudentTValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.lang.ast.Expression;
import gm.lang.ast.Statement;
import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.Gaussian;
import gm.runtime.GaussianFit;
import gm.runtime.ModelSelection;
import gm.runtime.Moments;
import gm.runtime.Whitening;
import gm.runtime.WhiteningMethod;
import org.apache.commons.math3.random.RandomGenerator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Distributions as values and what can be done with them: {@code gaussian(m, S)}, {@code uniform(a, b)},
 * {@code pdf}, {@code logpdf}, {@code sample}, {@code condition}, {@code marginal}, {@code cov}, {@code corr},
 * {@code standardize}, {@code whiten}, {@code llr}, {@code bic}, {@code aic} and the {@code compare covariance}
 * statement.
 */
final class Distributions {

    static final List<String> WHITENING_METHODS = List.of("pca", "zca", "cholesky");

    private final Evaluator evaluator;

    Distributions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    static void register(Functions functions, Evaluator evaluator) {
        Distributions d = new Distributions(evaluator);
        functions.define("gaussian", "gaussian(mean, cov) or gaussian(mean, cov, [\"a\", \"b\"])", 2, 3, d::gaussian);
        functions.define("normal", "normal(mean, variance)", 2, 2, d::normal);
        functions.define("uniform", "uniform(a, b)", 2, 2, d::uniform);
        functions.define("bernoulli", "bernoulli(p)", 1, 1, d::bernoulli);
        functions.define("rademacher", "rademacher()", 0, 0,
                a -> new DistributionValue(new ScalarDistribution.Rademacher()));
        functions.define("pdf", "pdf(dist, x)", 2, 2, a -> d.density(a, Math::exp));
        functions.define("logpdf", "logpdf(dist, x)", 2, 2, a -> d.density(a, x -> x));
        functions.define("llr", "llr(dist1, dist2, x)", 3, 3, d::logLikelihoodRatio);
        functions.define("normconst", "normconst(g)", 1, 1, d::normalizingConstant);
        functions.define("mahalanobis", "mahalanobis(g, x)", 2, 2, d::mahalanobis);
        functions.define("entropy", "entropy(g)", 1, 1,
                a -> new NumberValue(gaussian(a, 0).entropy()));
        functions.define("kl", "kl(g1, g2)", 2, 2,
                a -> new NumberValue(RuntimeErrors.at(a.call().span(), () -> gaussian(a, 0).kl(gaussian(a, 1)))));
        functions.define("sample", "sample(dist, n)", 2, 2, d::sample);
        functions.define("cov", "cov(ds) or cov(x, y)", 1, 2, a -> d.covariance(a, false));
        functions.define("corr", "corr(ds) or corr(x, y)", 1, 2, a -> d.covariance(a, true));
        functions.define("standardize", "standardize(ds)", 1, 1, d::standardize);
        functions.define("bic", "bic(g, ds)", 2, 2, a -> d.criterion(a, true));
        functions.define("aic", "aic(g, ds)", 2, 2, a -> d.criterion(a, false));
        functions.defineSpecialForm("condition", (call, scope) -> new GaussianValue(d.conditioning(call, scope).result()));
        functions.defineSpecialForm("marginal", d::marginal);
        functions.defineSpecialForm("whiten", d::whiten);
    }

    private PrintStream out() {
        return evaluator.out();
    }

    // distributions

    private Value gaussian(Arguments a) {
        double[] mean;
        double[][] cov;
        if (a.get(0) instanceof NumberValue m) {
            mean = new double[] {m.value()};
            cov = new double[][] {{Coerce.number(a.get(1), a.span(1), "the variance of a 1-d Gaussian")}};
        } else {
            mean = Coerce.vector(a.get(0), a.span(0), "the mean");
            cov = mean.length == 1 && a.get(1) instanceof NumberValue v ? new double[][] {{v.value()}}
                    : Coerce.matrix(a.get(1), a.span(1), "the covariance");
        }
        List<String> names = NumericData.defaultNames(mean.length);
        if (a.size() == 3) {
            names = Coerce.texts(a.get(2)).orElseThrow(() -> new GmException(a.span(2),
                    "the variable names must be a vector of strings, not " + a.get(2).kind(), "write [\"height\", \"weight\"]"));
        }
        List<String> variables = names;
        return new GaussianValue(RuntimeErrors.at(a.call().span(), () -> Gaussian.of(mean, cov, variables)));
    }

    private Value normal(Arguments a) {
        double mean = Coerce.number(a.get(0), a.span(0), "the mean of normal(mean, variance)");
        double variance = Coerce.number(a.get(1), a.span(1), "the variance of normal(mean, variance)");
        return new GaussianValue(RuntimeErrors.at(a.call().span(),
                () -> Gaussian.of(new double[] {mean}, new double[][] {{variance}}, List.of("x"))));
    }

    private Value uniform(Arguments a) {
        double low = Coerce.number(a.get(0), a.span(0), "a");
        double high = Coerce.number(a.get(1), a.span(1), "b");
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new GmException(a.call().span(), "uniform(a, b) needs finite a < b, got a = " + number(low) + ", b = "
                    + number(high));
        }
        return new DistributionValue(new ScalarDistribution.Uniform(low, high));
    }

    private Value bernoulli(Arguments a) {
        double p = Coerce.number(a.get(0), a.span(0), "p");
        if (!(p >= 0 && p <= 1)) {
            throw new GmException(a.span(0), "bernoulli(p) needs a probability between 0 and 1, got " + number(p));
        }
        return new DistributionValue(new ScalarDistribution.Bernoulli(p));
    }

    private static String number(double x) {
        return new NumberFormatter(17).format(x);
    }

    static Gaussian gaussian(Arguments a, int i) {
        if (a.get(i) instanceof GaussianValue g) {
            return g.gaussian();
        }
        throw new GmException(a.span(i), "argument " + (i + 1) + " of " + a.call().function().text()
                + " must be a Gaussian, not " + a.get(i).kind());
    }

    // densities

    /** A distribution with a log density over named variables. */
    record Model(List<String> names, ToDoubleFunction<double[]> logpdf) {}

    static Model model(Value value, Span span, String function) {
        if (value instanceof GaussianValue g) {
            return new Model(g.gaussian().names(), g.gaussian()::logpdf);
        }
        if (value instanceof StudentTValue t) {
            return new Model(t.distribution().names(), t.distribution()::logpdf);
        }
        if (value instanceof DistributionValue d) {
            return new Model(List.of("x"), x -> d.distribution().logpdf(x[0]));
        }
        throw new GmException(span, function + " needs a distribution (a Gaussian, a Student t, uniform, bernoulli or "
                + "rademacher), not " + value.kind());
    }

    /** Where to evaluate a density: one point ({@code single}) or many, one per row. */
    private record Points(double[][] rows, boolean single) {}

    /**
     * A number (1-d), a vector (a point, or for a 1-d model one point per element), a matrix or a dataset (one point
     * per row).
     */
    private static Points points(List<String> names, Value x, Span span) {
        int d = names.size();
        if (x instanceof MatrixValue || x instanceof DatasetValue || d == 1 && !(x instanceof NumberValue)) {
            NumericData data = NumericData.forVariables(x, names, span, "the points").requireComplete(span, "the points");
            return new Points(data.rows(), false);
        }
        double[] point = Coerce.vector(x, span, "the point");
        if (point.length != d) {
            throw new GmException(span, "the point has " + Evaluator.count(point.length, "value") + " but the model has "
                    + d + " variables (" + String.join(", ", names) + ")", "give one value per variable, or a dataset of points");
        }
        return new Points(new double[][] {point}, true);
    }

    private static Value perPoint(Points points, Span span, ToDoubleFunction<double[]> f) {
        double[] values = new double[points.rows().length];
        for (int i = 0; i < values.length; i++) {
            double[] row = points.rows()[i];
            values[i] = RuntimeErrors.at(span, () -> f.applyAsDouble(row));
        }
        return points.single() ? new NumberValue(values[0]) : new VectorValue(values);
    }

    private Value density(Arguments a, DoubleUnaryOperator transform) {
        Model model = model(a.get(0), a.span(0), a.call().function().text());
        Points points = points(model.names(), a.get(1), a.span(1));
        return perPoint(points, a.call().span(), x -> transform.applyAsDouble(model.logpdf().applyAsDouble(x)));
    }

    private Value logLikelihoodRatio(Arguments a) {
        Model first = model(a.get(0), a.span(0), "llr");
        Model second = model(a.get(1), a.span(1), "llr");
        if (first.names().size() != second.names().size()) {
            throw new GmException(a.call().span(), "llr compares distributions over the same variables; these have "
                    + first.names().size() + " and " + second.names().size());
        }
        Points points = points(first.names(), a.get(2), a.span(2));
        return perPoint(points, a.call().span(), x -> {
            double numerator = first.logpdf().applyAsDouble(x);
            double denominator = second.logpdf().applyAsDouble(x);
            if (numerator == Double.NEGATIVE_INFINITY && denominator == Double.NEGATIVE_INFINITY) {
                throw new GmException(a.span(2), "llr cannot be computed at " + new ValueFormatter(6).format(new VectorValue(x)).strip()
                        + ": the point is so far out that both log densities are -Inf in double precision",
                        "evaluate points nearer the distributions");
            }
            return numerator - denominator;
        });
    }

    private Value normalizingConstant(Arguments a) {
        Gaussian g = gaussian(a, 0);
        double constant = Math.exp(g.logNormalizer());
        if (!Double.isFinite(constant) || constant == 0) {
            throw new GmException(a.call().span(), "the normalization constant overflows a double: its log is "
                    + number(g.logNormalizer()), "work with logpdf, which includes the log of the constant");
        }
        return new NumberValue(constant);
    }

    private Value mahalanobis(Arguments a) {
        Gaussian g = gaussian(a, 0);
        return perPoint(points(g.names(), a.get(1), a.span(1)), a.call().span(), g::mahalanobis);
    }

    // sampling

    private Value sample(Arguments a) {
        Limits.checkSize(Coerce.number(a.get(1), a.span(1), "the number of draws"), dimension(a.get(0)), a.span(1),
                "the sample");
        int n = Coerce.wholeNumber(a.get(1), a.span(1), "the number of draws");
        if (n < 0) {
            throw new GmException(a.span(1), "cannot draw " + n + " samples", "ask for zero or more");
        }
        RandomGenerator random = evaluator.session().random();
        List<String> names;
        double[][] draws;
        if (a.get(0) instanceof GaussianValue g) {
            names = g.gaussian().names();
            draws = g.gaussian().sample(n, random);
        } else if (a.get(0) instanceof StudentTValue t) {
            names = t.distribution().names();
            draws = t.distribution().sample(n, random);
        } else if (a.get(0) instanceof DistributionValue d) {
            names = List.of("x");
            draws = new double[n][];
            for (int i = 0; i < n; i++) {
                draws[i] = new double[] {d.distribution().sample(random)};
            }
        } else {
            throw new GmException(a.span(0), "sample needs a distribution, not " + a.get(0).kind());
        }
        return dataset(names, draws);
    }

    /** The number of variables of a distribution to sample from (1 for anything else, which sample then refuses). */
    private static int dimension(Value distribution) {
        if (distribution instanceof GaussianValue g) {
            return g.gaussian().dim();
        }
        return distribution instanceof StudentTValue t ? t.distribution().names().size() : 1;
    }

    static DatasetValue dataset(List<String> names, double[][] rows) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = rows[i][j];
            }
            columns.add(NumericColumn.of(names.get(j), values));
        }
        return new DatasetValue(Dataset.of(columns));
    }

    // covariance and correlation

    private Value covariance(Arguments a, boolean correlation) {
        String name = a.call().function().text();
        NumericData data = a.size() == 1 ? NumericData.of(a.get(0), a.span(0), name) : pair(a);
        data.reportDropped(out(), name).requireRows(2, a.call().span(), name);
        double[][] cov = data.moments().covariance(Estimator.UNBIASED);
        int d = cov.length;
        if (correlation) {
            for (int i = 0; i < d; i++) {
                if (cov[i][i] == 0) {
                    throw new GmException(a.call().span(), "'" + data.names().get(i) + "' is constant (variance 0): "
                            + "its correlation is undefined");
                }
            }
            double[][] corr = new double[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    corr[i][j] = i == j ? 1 : cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
                }
            }
            cov = corr;
        }
        if (a.size() == 2) {
            return new NumberValue(cov[0][1]);
        }
        return d == 1 ? new NumberValue(cov[0][0]) : new MatrixValue(cov, Optional.of(data.names()));
    }

    /** cov(x, y): two columns or vectors of the same length; pairs with a missing value are left out. */
    private static NumericData pair(Arguments a) {
        double[] x = Coerce.vector(a.get(0), a.span(0), "x");
        double[] y = Coerce.vector(a.get(1), a.span(1), "y");
        if (x.length != y.length) {
            throw new GmException(a.call().span(), a.call().function().text() + "(x, y) needs two of the same length, got "
                    + x.length + " and " + y.length);
        }
        List<Column> columns = List.of(NumericColumn.of(label(a.get(0), "x"), x),
                NumericColumn.of(label(a.get(1), "y") + (label(a.get(0), "x").equals(label(a.get(1), "y")) ? "'" : ""), y));
        return NumericData.of(new DatasetValue(Dataset.of(columns)), a.call().span(), a.call().function().text());
    }

    private static String label(Value value, String fallback) {
        return value instanceof ColumnValue c ? c.column().name() : fallback;
    }

    // conditioning and marginals

    /** The parts of a condition(...) call: the Gaussian, the observed variables (0-based) and their values. */
    record Conditioning(Gaussian gaussian, int[] observed, double[] values, Span span) {
        Gaussian result() {
            return RuntimeErrors.at(span, () -> gaussian.condition(observed, values));
        }
    }

    /** condition(g, height = 70, ...) by name, or condition(g, variables, values) by index or name. */
    Conditioning conditioning(Expression.Call call, Scope scope) {
        List<Expression.Argument> arguments = call.arguments();
        String usage = "write condition(g, height = 70) or condition(g, [1], [70])";
        if (arguments.isEmpty() || arguments.get(0).name().isPresent()) {
            throw new GmException(call.span(), "condition needs a Gaussian first", usage);
        }
        Value first = evaluator.evaluate(arguments.get(0).value(), scope);
        if (!(first instanceof GaussianValue gv)) {
            throw new GmException(arguments.get(0).span(), "condition needs a Gaussian first, not " + first.kind(), usage);
        }
        Gaussian g = gv.gaussian();
        List<Expression.Argument> rest = arguments.subList(1, arguments.size());
        if (rest.isEmpty()) {
            throw new GmException(call.span(), "condition needs the observed values", usage);
        }
        boolean named = rest.get(0).name().isPresent();
        if (!named) {
            if (rest.size() != 2 || rest.get(1).name().isPresent()) {
                throw new GmException(call.span(), "condition takes a Gaussian, the observed variables and their values",
                        usage);
            }
            int[] observed = variables(g, rest.get(0).value(), scope);
            double[] values = Coerce.vector(evaluator.evaluate(rest.get(1).value(), scope), rest.get(1).span(),
                    "the observed values");
            if (values.length != observed.length) {
                throw new GmException(rest.get(1).span(), Evaluator.count(observed.length, "variable") + " observed but "
                        + Evaluator.count(values.length, "value") + " given", "give one value per observed variable");
            }
            return new Conditioning(g, observed, values, call.span());
        }
        int[] observed = new int[rest.size()];
        double[] values = new double[rest.size()];
        for (int i = 0; i < rest.size(); i++) {
            Expression.Argument argument = rest.get(i);
            if (argument.name().isEmpty()) {
                throw new GmException(argument.span(), "after name = value, every observed variable needs a name", usage);
            }
            observed[i] = variableIndex(g, argument.name().get().text(), argument.name().get().span());
            values[i] = Coerce.number(evaluator.evaluate(argument.value(), scope), argument.value().span(),
                    "the value of '" + argument.name().get().text() + "'");
        }
        return new Conditioning(g, observed, values, call.span());
    }

    private Value marginal(Expression.Call call, Scope scope) {
        List<Expression.Argument> arguments = call.arguments();
        if (arguments.size() != 2 || arguments.stream().anyMatch(x -> x.name().isPresent())) {
            throw new GmException(call.span(), "marginal takes a Gaussian and the variables to keep",
                    "usage: marginal(g, [weight]) or marginal(g, [2])");
        }
        Value first = evaluator.evaluate(arguments.get(0).value(), scope);
        if (!(first instanceof GaussianValue g)) {
            throw new GmException(arguments.get(0).span(), "marginal needs a Gaussian first, not " + first.kind());
        }
        int[] kept = variables(g.gaussian(), arguments.get(1).value(), scope);
        return new GaussianValue(RuntimeErrors.at(call.span(), () -> g.gaussian().marginal(kept)));
    }

    /**
     * Variables of a Gaussian written as bare names ([weight]), strings (["weight"]) or 1-based indices ([2]); a bare
     * name that is not one of the Gaussian's variables is evaluated, so a variable holding indices works too.
     */
    private int[] variables(Gaussian g, Expression written, Scope scope) {
        List<Expression> items = written instanceof Expression.VectorLiteral v ? v.elements() : List.of(written);
        List<Integer> indices = new ArrayList<>();
        for (Expression item : items) {
            if (item instanceof Expression.Name n && g.names().contains(n.name())) {
                indices.add(g.names().indexOf(n.name()));
                continue;
            }
            Value value;
            try {
                value = evaluator.evaluate(item, scope);
            } catch (GmException unknown) {
                if (item instanceof Expression.Name n) {
                    throw unknownVariable(g, n.name(), n.span());
                }
                throw unknown;
            }
            indices.addAll(variableIndices(g, value, item.span()));
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> variableIndices(Gaussian g, Value value, Span span) {
        List<Integer> indices = new ArrayList<>();
        if (value instanceof StringValue s) {
            indices.add(variableIndex(g, s.value(), span));
        } else if (value instanceof TextVectorValue t) {
            t.values().forEach(name -> indices.add(variableIndex(g, name, span)));
        } else if (value instanceof NumberValue || value instanceof VectorValue) {
            for (double x : Coerce.vector(value, span, "a variable index")) {
                if (x != Math.rint(x) || x < 1 || x > g.dim()) {
                    throw new GmException(span, "variable index " + number(x) + " is out of range: the Gaussian has "
                            + g.dim() + " variables (" + String.join(", ", g.names()) + ")", "indices start at 1");
                }
                indices.add((int) x - 1);
            }
        } else {
            throw new GmException(span, "name the Gaussian's variables, e.g. [weight], [\"weight\"] or [2], not "
                    + value.kind());
        }
        return indices;
    }

    static int variableIndex(Gaussian g, String name, Span span) {
        int index = g.names().indexOf(name);
        if (index < 0) {
            throw unknownVariable(g, name, span);
        }
        return index;
    }

    private static GmException unknownVariable(Gaussian g, String name, Span span) {
        return new GmException(span, "the Gaussian has no variable '" + name + "'",
                Suggestions.hint(name, g.names(), "its variables"));
    }

    // transforms of data

    private Value standardize(Arguments a) {
        NumericData data = NumericData.of(a.get(0), a.span(0), "standardize").reportDropped(out(), "standardize")
                .requireRows(2, a.call().span(), "standardize");
        return dataset(data.names(), RuntimeErrors.at(a.call().span(), () -> Whitening.standardize(data.rows(), data.names())));
    }

    /** whiten(ds) or whiten(ds, pca|zca|cholesky); the method may also be a string. ZCA by default. */
    private Value whiten(Expression.Call call, Scope scope) {
        List<Expression.Argument> arguments = call.arguments();
        if (arguments.isEmpty() || arguments.size() > 2 || arguments.stream().anyMatch(x -> x.name().isPresent())) {
            throw new GmException(call.span(), "whiten takes a dataset and optionally a method",
                    "usage: whiten(ds) or whiten(ds, pca), methods: " + String.join(", ", WHITENING_METHODS));
        }
        Value value = evaluator.evaluate(arguments.get(0).value(), scope);
        WhiteningMethod method = WhiteningMethod.ZCA;
        if (arguments.size() == 2) {
            Expression written = arguments.get(1).value();
            String text = written instanceof Expression.Name n ? n.name() : evaluator.evaluate(written, scope) instanceof StringValue s
                    ? s.value() : null;
            if (text == null || !WHITENING_METHODS.contains(text)) {
                throw new GmException(written.span(), text == null ? "the whitening method must be a word"
                        : "unknown whitening method '" + text + "'", text == null ? "methods: pca, zca, cholesky"
                        : Suggestions.hint(text, WHITENING_METHODS, "methods"));
            }
            method = WhiteningMethod.valueOf(text.toUpperCase(Locale.ROOT));
        }
        NumericData data = NumericData.of(value, arguments.get(0).span(), "whiten").reportDropped(out(), "whiten")
                .requireRows(2, call.span(), "whiten");
        WhiteningMethod chosen = method;
        double[][] rows = RuntimeErrors.at(call.span(), () -> Whitening.whiten(data.rows(), chosen, data.names()));
        List<String> names = data.names();
        if (method == WhiteningMethod.PCA) {
            names = new ArrayList<>();
            for (int j = 1; j <= data.dim(); j++) {
                names.add("pc" + j);
            }
        }
        return dataset(names, rows);
    }

    // model selection

    private Value criterion(Arguments a, boolean bic) {
        Gaussian g = gaussian(a, 0);
        String name = a.call().function().text();
        NumericData data = NumericData.forVariables(a.get(1), g.names(), a.span(1), "the data").reportDropped(out(), name)
                .requireRows(1, a.call().span(), name);
        double loglik = RuntimeErrors.at(a.call().span(), () -> GaussianFit.logLikelihood(g, data.rows()));
        return new NumberValue(RuntimeErrors.at(a.call().span(),
                () -> bic ? ModelSelection.bic(g, loglik, data.rowCount()) : ModelSelection.aic(g, loglik)));
    }

    /** compare covariance DATA: the maximum-likelihood fit of each covariance structure, scored by AIC and BIC. */
    static void compare(Statement.CompareCovariance statement, Value value, PrintStream out, ValueFormatter format) {
        Span span = statement.data().span();
        NumericData data = NumericData.of(value, span, "compare covariance").reportDropped(out, "compare covariance")
                .requireRows(2, span, "compare covariance");
        Moments moments = data.moments();
        double[][] rows = data.rows();
        TextTable table = new TextTable(List.of("covariance", "parameters", "loglik", "AIC", "BIC"), true);
        CovarianceStructure bestBic = null;
        CovarianceStructure bestAic = null;
        double lowestBic = Double.POSITIVE_INFINITY;
        double lowestAic = Double.POSITIVE_INFINITY;
        for (CovarianceStructure structure : CovarianceStructure.values()) {
            Gaussian g = RuntimeErrors.at(statement.span(),
                    () -> GaussianFit.fit(moments, data.origin(), Estimator.MLE, structure, data.names()));
            double loglik = RuntimeErrors.at(statement.span(), () -> GaussianFit.logLikelihood(g, rows));
            double bic = ModelSelection.bic(g, loglik, rows.length);
            double aic = ModelSelection.aic(g, loglik);
            table.row(List.of(structure.name().toLowerCase(Locale.ROOT), String.valueOf(structure.parameterCount(g.dim())),
                    format.number(loglik), format.number(aic), format.number(bic)));
            if (bic < lowestBic) {
                lowestBic = bic;
                bestBic = structure;
            }
            if (aic < lowestAic) {
                lowestAic = aic;
                bestAic = structure;
            }
        }
        out.print("maximum-likelihood Gaussians of (" + String.join(", ", data.names()) + ") on " + rows.length
                + " rows; lower AIC and BIC are better\n" + table.render());
        out.println("BIC prefers " + bestBic.name().toLowerCase(Locale.ROOT) + "; AIC prefers "
                + bestAic.name().toLowerCase(Locale.ROOT));
    }
}
