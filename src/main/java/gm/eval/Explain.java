package gm.eval;

import gm.eval.Value.GaussianGroupValue;
import gm.eval.Value.GaussianValue;
import gm.lang.GmException;
import gm.lang.ast.Expression;
import gm.runtime.Gaussian;
import gm.runtime.Moments;
import gm.runtime.NiwPosterior;
import gm.runtime.NiwPrior;
import gm.runtime.NormalMeanPosterior;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code explain E}: prints how E's result follows from the data and the prior, formula by formula with the user's
 * numbers substituted, then gives E's value. The results shown are the runtime's; the intermediate terms (sums,
 * inverses, products) are recomputed here only to be shown.
 */
final class Explain {

    private final Evaluator evaluator;
    private final Scope scope;
    private final PrintStream out;
    private final ValueFormatter format;

    private Explain(Evaluator evaluator, Scope scope) {
        this.evaluator = evaluator;
        this.scope = scope;
        this.out = evaluator.out();
        this.format = new ValueFormatter(evaluator.session().digits());
    }

    static Value explain(Expression.Explain explain, Evaluator evaluator, Scope scope) {
        Explain e = new Explain(evaluator, scope);
        Expression subject = explain.subject();
        if (subject instanceof Expression.FitGaussian fit) {
            return e.fit(fit);
        } else if (subject instanceof Expression.PosteriorNiw niw) {
            return e.niw(niw);
        } else if (subject instanceof Expression.PosteriorNormal normal) {
            return e.normal(normal);
        }
        return e.condition((Expression.Call) subject);
    }

    // fit gaussian

    private Value fit(Expression.FitGaussian fit) {
        if (fit.by().isPresent()) {
            throw new GmException(fit.by().get().span(), "explain shows one fit at a time",
                    "explain one group, e.g. explain fit gaussian DATA where " + fit.by().get().text() + " == 1");
        }
        Value data = evaluator.evaluate(fit.data(), scope);
        Value result = Fitting.fit(fit, data, out);
        if (result instanceof GaussianGroupValue) {
            return result;
        }
        Gaussian g = ((GaussianValue) result).gaussian();
        NumericData rows = NumericData.of(data, fit.data().span(), "the data of 'fit gaussian'");
        Moments m = rows.moments();
        long n = m.count();
        double[] mean = g.mean();
        double[][] scatter = m.comoment();
        double[] sum = new double[mean.length];
        for (int j = 0; j < sum.length; j++) {
            sum[j] = n * mean[j];
        }
        boolean unbiased = fit.estimator().map(w -> w.text().equals("unbiased")).orElse(false);
        String structure = fit.covariance().map(w -> w.text()).orElse("full");
        long divisor = unbiased ? n - 1 : n;
        String divisorText = unbiased ? "(N - 1)" : "N";
        line("fit gaussian: the " + (unbiased ? "unbiased" : "maximum-likelihood") + " Gaussian of "
                + tuple(g.names()) + " (Murphy §4.1.3)");
        line("sufficient statistics of the N = " + n + " complete rows:");
        line("  sum of the rows      Σ x_i = " + vector(sum));
        line("  scatter matrix       S = Σ (x_i - x̄)(x_i - x̄)ᵀ = " + matrix(scatter));
        line("mean:        μ = Σ x_i / N = " + vector(sum) + " / " + n + " = " + vector(mean));
        double[][] cov = g.cov();
        switch (structure) {
            case "diagonal" -> line("covariance:  Σ = diag(S) / " + divisorText + " = " + vector(diagonal(scatter)) + " / "
                    + divisor + " on the diagonal = " + matrix(cov));
            case "spherical" -> line("covariance:  Σ = σ² I with σ² = trace(S) / (d " + divisorText + ") = "
                    + number(trace(scatter)) + " / (" + g.dim() + " × " + divisor + ") = " + number(cov[0][0]));
            default -> line("covariance:  Σ = S / " + divisorText + " = " + matrix(scatter) + " / " + divisor + " = "
                    + matrix(cov));
        }
        return result;
    }

    // posterior niw

    private Value niw(Expression.PosteriorNiw expression) {
        Bayesian.NiwSetting setting = Bayesian.niwSetting(expression, evaluator, scope);
        NiwPrior prior = setting.prior();
        NiwPosterior posterior = setting.posterior(expression.span());
        Moments m = setting.data().moments();
        long n = m.count();
        int d = prior.dim();
        double[] xbar = m.mean();
        double[] origin = setting.data().origin();
        double[] m0 = prior.m0();
        double[] offset = new double[d];
        for (int j = 0; j < d; j++) {
            xbar[j] += origin[j];
            offset[j] = xbar[j] - m0[j];
        }
        double[][] outer = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                outer[i][j] = offset[i] * offset[j];
            }
        }
        double kappa0 = prior.kappa0();
        double nu0 = prior.nu0();
        line("posterior niw: the normal-inverse-Wishart posterior of the mean μ and covariance Σ of " + tuple(prior.names())
                + " (Murphy §4.6.3)");
        line("data: N = " + n + " rows, mean x̄ = " + vector(xbar) + ", scatter S = Σ (x_i - x̄)(x_i - x̄)ᵀ = "
                + matrix(m.comoment()));
        if (setting.weakDefault()) {
            line("prior: none given, so the weak default (Fraley and Raftery 2007): m0 = x̄, kappa0 = 0.01, nu0 = d + 2, "
                    + "S0 = diag(S / N)");
        }
        line("prior: m0 = " + vector(m0) + ", kappa0 = " + number(kappa0) + ", nu0 = " + number(nu0) + ", S0 = "
                + matrix(prior.S0()));
        line("kappa_N = kappa0 + N = " + number(kappa0) + " + " + n + " = " + number(posterior.kappaN()));
        line("nu_N    = nu0 + N = " + number(nu0) + " + " + n + " = " + number(posterior.nuN()));
        line("m_N     = (kappa0 m0 + N x̄) / kappa_N = (" + number(kappa0) + " × " + vector(m0) + " + " + n + " × "
                + vector(xbar) + ") / " + number(posterior.kappaN()) + " = " + vector(posterior.mN()));
        line("S_N     = S0 + S + (kappa0 N / kappa_N)(x̄ - m0)(x̄ - m0)ᵀ");
        line("        = " + matrix(prior.S0()) + " + " + matrix(m.comoment()) + " + " + number(kappa0 * n / posterior.kappaN())
                + " × " + matrix(outer));
        line("        = " + matrix(posterior.SN()));
        line("posterior mean and mode of μ: m_N = " + vector(posterior.mN()));
        if (posterior.nuN() > d + 1) {
            line("posterior mean of Σ: S_N / (nu_N - d - 1) = " + matrix(posterior.SN()) + " / " + number(posterior.nuN() - d - 1)
                    + " = " + matrix(posterior.posteriorMeanSigma()));
        } else {
            line("posterior mean of Σ: infinite, since nu_N ≤ d + 1");
        }
        line("posterior mode of Σ: S_N / (nu_N + d + 2) = " + matrix(posterior.SN()) + " / " + number(posterior.nuN() + d + 2)
                + " = " + matrix(posterior.posteriorModeSigma()));
        line("log evidence: log p(D) = " + number(posterior.logEvidence()));
        return new Value.NiwPosteriorValue(posterior, setting.weakDefault());
    }

    // posterior normal

    private Value normal(Expression.PosteriorNormal expression) {
        Bayesian.NormalSetting setting = Bayesian.normalSetting(expression, evaluator, scope);
        NormalMeanPosterior posterior = setting.posterior(expression.span());
        Gaussian prior = setting.prior();
        Moments m = setting.data().moments();
        long n = m.count();
        double[] xbar = m.mean();
        double[] origin = setting.data().origin();
        for (int j = 0; j < xbar.length; j++) {
            xbar[j] += origin[j];
        }
        double[][] known = setting.knownCov();
        Value result = new Value.NormalPosteriorValue(posterior, prior, known, n);
        if (prior.dim() == 1) {
            normal1d(prior, known[0][0], n, xbar[0], posterior);
            return result;
        }
        line("posterior normal: the mean μ of a Gaussian over " + tuple(prior.names()) + " with known covariance Σ = "
                + matrix(known) + " (Murphy §4.6.1)");
        line("prior: μ ~ N(m0 = " + vector(prior.mean()) + ", V0 = " + matrix(prior.cov()) + ")");
        if (n == 0) {
            line("data: none, so the posterior is the prior");
            return result;
        }
        double[][] priorPrecision = inverse(prior.cov());
        double[][] knownPrecision = inverse(known);
        double[][] precision = new double[prior.dim()][prior.dim()];
        double[] information = new double[prior.dim()];
        double[] m0 = prior.mean();
        for (int i = 0; i < precision.length; i++) {
            for (int j = 0; j < precision.length; j++) {
                precision[i][j] = priorPrecision[i][j] + n * knownPrecision[i][j];
                information[i] += priorPrecision[i][j] * m0[j] + n * knownPrecision[i][j] * xbar[j];
            }
        }
        line("data: N = " + n + " rows, mean x̄ = " + vector(xbar));
        line("posterior precision: V_N⁻¹ = V0⁻¹ + N Σ⁻¹ = " + matrix(priorPrecision) + " + " + n + " × "
                + matrix(knownPrecision) + " = " + matrix(precision));
        line("posterior covariance: V_N = " + matrix(posterior.cov()));
        line("posterior mean: m_N = V_N (V0⁻¹ m0 + N Σ⁻¹ x̄) = V_N × " + vector(information) + " = "
                + vector(posterior.mean()));
        line("MAP estimate = posterior mean = " + vector(posterior.map()));
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + Bayesian.DEFAULT_LEVEL / 2);
        double[][] intervals = posterior.credibleIntervals(Bayesian.DEFAULT_LEVEL);
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < intervals.length; j++) {
            parts.add(prior.names().get(j) + " [" + number(intervals[j][0]) + ", " + number(intervals[j][1]) + "]");
        }
        line("95% credible intervals m_N ± " + number(z) + " √diag(V_N): " + String.join(", ", parts));
        return result;
    }

    private void normal1d(Gaussian prior, double sigma2, long n, double xbar, NormalMeanPosterior posterior) {
        double m0 = prior.mean()[0];
        double tau02 = prior.cov()[0][0];
        line("posterior normal: the mean μ of " + prior.names().get(0) + " ~ N(μ, σ²) with known variance σ² = "
                + number(sigma2) + " (Murphy §4.6.1)");
        line("prior: μ ~ N(m0 = " + number(m0) + ", τ0² = " + number(tau02) + ")");
        if (n == 0) {
            line("data: none, so the posterior is the prior");
            return;
        }
        double precision = 1 / tau02 + n / sigma2;
        double tauN2 = posterior.cov()[0][0];
        double mN = posterior.mean()[0];
        line("data: N = " + n + " rows, mean x̄ = " + number(xbar));
        line("posterior precision: 1/τ_N² = 1/τ0² + N/σ² = 1/" + number(tau02) + " + " + n + "/" + number(sigma2) + " = "
                + number(precision));
        line("posterior variance:  τ_N² = 1 / " + number(precision) + " = " + number(tauN2));
        line("posterior mean:      m_N = τ_N² (m0/τ0² + N x̄/σ²) = " + number(tauN2) + " × (" + number(m0) + "/"
                + number(tau02) + " + " + n + " × " + number(xbar) + "/" + number(sigma2) + ") = " + number(mN));
        line("                     (a weighted average: " + number(sigma2 / (n * tau02 + sigma2)) + " × m0 + "
                + number(n * tau02 / (n * tau02 + sigma2)) + " × x̄)");
        line("MAP estimate = posterior mean = " + number(mN));
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + Bayesian.DEFAULT_LEVEL / 2);
        double[] interval = posterior.credibleIntervals(Bayesian.DEFAULT_LEVEL)[0];
        line("95% credible interval: m_N ± " + number(z) + " τ_N = " + number(mN) + " ± " + number(z * Math.sqrt(tauN2))
                + " = [" + number(interval[0]) + ", " + number(interval[1]) + "], width " + number(interval[1] - interval[0]));
    }

    // condition

    private Value condition(Expression.Call call) {
        Distributions.Conditioning conditioning = new Distributions(evaluator).conditioning(call, scope);
        Gaussian g = conditioning.gaussian();
        Gaussian result = conditioning.result();
        int[] observed = conditioning.observed();
        int[] rest = IntStream.range(0, g.dim()).filter(i -> IntStream.of(observed).noneMatch(o -> o == i)).toArray();
        double[] mean = g.mean();
        double[][] cov = g.cov();
        double[] x2 = conditioning.values();
        double[] mu1 = pick(mean, rest);
        double[] mu2 = pick(mean, observed);
        double[][] s11 = pick(cov, rest, rest);
        double[][] s12 = pick(cov, rest, observed);
        double[][] s22 = pick(cov, observed, observed);
        double[][] s22inverse = inverse(s22);
        List<String> given = new ArrayList<>();
        for (int k = 0; k < observed.length; k++) {
            given.add(g.names().get(observed[k]) + " = " + number(x2[k]));
        }
        line("condition: the Gaussian of " + tuple(result.names()) + " given " + String.join(", ", given)
                + " (Murphy §4.3.1)");
        line("partition: x_a = " + tuple(result.names()) + " unobserved, x_b = " + tuple(pickNames(g, observed))
                + " observed at " + vector(x2));
        line("μ_a = " + vector(mu1) + ", μ_b = " + vector(mu2));
        line("Σ_aa = " + matrix(s11) + ", Σ_ab = " + matrix(s12) + ", Σ_bb = " + matrix(s22) + ", Σ_bb⁻¹ = "
                + matrix(s22inverse));
        line("μ_a|b = μ_a + Σ_ab Σ_bb⁻¹ (x_b - μ_b) = " + vector(mu1) + " + " + matrix(s12) + " × " + matrix(s22inverse)
                + " × (" + vector(x2) + " - " + vector(mu2) + ") = " + vector(result.mean()));
        line("Σ_a|b = Σ_aa - Σ_ab Σ_bb⁻¹ Σ_ba = " + matrix(s11) + " - " + matrix(s12) + " × " + matrix(s22inverse) + " × "
                + matrix(Matrices.transpose(s12)) + " = " + matrix(result.cov()));
        return new GaussianValue(result);
    }

    // formatting

    private void line(String text) {
        out.println(text);
    }

    private String number(double x) {
        return format.number(x);
    }

    /** A vector inline; one value prints as a plain number. */
    private String vector(double[] x) {
        if (x.length == 1) {
            return number(x[0]);
        }
        List<String> cells = new ArrayList<>();
        for (double v : x) {
            cells.add(number(v));
        }
        return "[" + String.join(", ", cells) + "]";
    }

    /** A matrix inline as a literal: [[a, b], [c, d]]; a 1×1 matrix prints as a plain number. */
    private String matrix(double[][] a) {
        if (a.length == 1 && a[0].length == 1) {
            return number(a[0][0]);
        }
        List<String> rows = new ArrayList<>();
        for (double[] row : a) {
            List<String> cells = new ArrayList<>();
            for (double v : row) {
                cells.add(number(v));
            }
            rows.add("[" + String.join(", ", cells) + "]");
        }
        return "[" + String.join(", ", rows) + "]";
    }

    private static String tuple(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static double[][] inverse(double[][] a) {
        return new LUDecomposition(MatrixUtils.createRealMatrix(a)).getSolver().getInverse().getData();
    }

    private static double[] diagonal(double[][] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i][i];
        }
        return d;
    }

    private static double trace(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i][i];
        }
        return sum;
    }

    private static double[] pick(double[] x, int[] idx) {
        return IntStream.of(idx).mapToDouble(i -> x[i]).toArray();
    }

    private static double[][] pick(double[][] a, int[] rows, int[] columns) {
        double[][] picked = new double[rows.length][columns.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                picked[r][c] = a[rows[r]][columns[c]];
            }
        }
        return picked;
    }

    private static List<String> pickNames(Gaussian g, int[] idx) {
        return IntStream.of(idx).mapToObj(i -> g.names().get(i)).toList();
    }
}
