package gm.eval;

import gm.eval.Functions.Arguments;
import gm.eval.Value.GaussianValue;
import gm.eval.Value.IntervalsValue;
import gm.eval.Value.NiwPosteriorValue;
import gm.eval.Value.NiwPriorValue;
import gm.eval.Value.NormalPosteriorValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.StudentTValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.runtime.Gaussian;
import gm.runtime.GaussianException;
import gm.runtime.Moments;
import gm.runtime.NiwPosterior;
import gm.runtime.NiwPrior;
import gm.runtime.NormalMeanPosterior;

import java.io.PrintStream;


/**
 * Bayesian inference for a Gaussian (Murphy §4.6): {@code posterior niw}, {@code posterior normal}, {@code niw(...)}
 * priors, and {@code credible}, {@code predictive} and {@code evidence} of a posterior.
 */
final class Bayesian {

    static final double DEFAULT_LEVEL = 0.95;

    private Bayesian() {
    }

    static void register(Functions functions) {
        functions.define("credible", "credible(post) or credible(post, 0.9)", 1, 2, Bayesian::credible);
        functions.define("predictive", "predictive(post)", 1, 1, Bayesian::predictive);
        functions.define("evidence", "evidence(post)", 1, 1, Bayesian::evidence);
    }

    /** The data of a posterior: its numeric variables, complete rows only (the others are counted and reported). */
    static NumericData data(Expression data, Evaluator evaluator, Scope scope, String statement) {
        return NumericData.of(evaluator.evaluate(data, scope), data.span(), statement)
                .reportDropped(evaluator.out(), statement);
    }

    /** The prior of {@code posterior niw}: the one given, renamed to the data's variables, or the weak default. */
    record NiwSetting(NumericData data, NiwPrior prior, boolean weakDefault) {
        NiwPosterior posterior(Span span) {
            return RuntimeErrors.at(span, () -> prior.posterior(data.moments(), data.origin()));
        }
    }

    static NiwSetting niwSetting(Expression.PosteriorNiw expression, Evaluator evaluator, Scope scope) {
        NumericData data = data(expression.data(), evaluator, scope, "posterior niw")
                .requireRows(1, expression.data().span(), "posterior niw");
        if (expression.prior().isEmpty()) {
            data.requireRows(2, expression.data().span(), "posterior niw with the weak default prior");
            Moments moments = data.moments();
            return new NiwSetting(data, RuntimeErrors.at(expression.span(),
                    () -> NiwPrior.weakDefault(moments, data.origin(), data.names())), true);
        }
        Expression written = expression.prior().get();
        Value value = evaluator.evaluate(written, scope);
        if (!(value instanceof NiwPriorValue p)) {
            throw new GmException(written.span(), "the prior of posterior niw must be an NIW prior, not " + value.kind(),
                    "write prior niw(mean [0, 0], kappa 0.01, nu 4, scale [[1, 0], [0, 1]])");
        }
        NiwPrior given = p.prior();
        if (given.dim() != data.dim()) {
            throw new GmException(written.span(), "the prior is over " + Evaluator.count(given.dim(), "variable")
                    + " but the data has " + data.dim() + " (" + String.join(", ", data.names()) + ")");
        }
        NiwPrior renamed = RuntimeErrors.at(written.span(),
                () -> new NiwPrior(given.m0(), given.kappa0(), given.nu0(), given.S0(), data.names()));
        return new NiwSetting(data, renamed, false);
    }

    static Value posteriorNiw(Expression.PosteriorNiw expression, Evaluator evaluator, Scope scope) {
        NiwSetting setting = niwSetting(expression, evaluator, scope);
        if (setting.weakDefault()) {
            reportWeakDefault(evaluator.out(), setting.data().dim());
        }
        return new NiwPosteriorValue(setting.posterior(expression.span()), setting.weakDefault());
    }

    static void reportWeakDefault(PrintStream out, int d) {
        out.println("posterior niw: no prior given, so the weak default was used (Fraley and Raftery 2007): "
                + "m0 = the data mean, kappa0 = 0.01, nu0 = d + 2 = " + (d + 2)
                + ", S0 = diag(MLE variances of the data)");
    }

    static Value niwPrior(Expression.NiwPrior expression, Evaluator evaluator, Scope scope) {
        Value meanValue = evaluator.evaluate(expression.mean(), scope);
        double[] mean = Coerce.vector(meanValue, expression.mean().span(), "the prior mean");
        double kappa = Coerce.number(evaluator.evaluate(expression.kappa(), scope), expression.kappa().span(), "kappa");
        double nu = Coerce.number(evaluator.evaluate(expression.nu(), scope), expression.nu().span(), "nu");
        double[][] scale = squareMatrix(evaluator.evaluate(expression.scale(), scope), mean.length,
                expression.scale().span(), "the prior scale");
        try {
            return new NiwPriorValue(new NiwPrior(mean, kappa, nu, scale, NumericData.defaultNames(mean.length)));
        } catch (GaussianException e) {
            throw new GmException(culprit(expression, e.getMessage()), e.getMessage(), e.hint());
        }
    }

    /** The parameter a prior's error is about (the runtime's messages name kappa0, nu0 or S0), else the whole niw(...). */
    private static Span culprit(Expression.NiwPrior expression, String message) {
        if (message.contains("kappa0")) {
            return expression.kappa().span();
        } else if (message.contains("nu0")) {
            return expression.nu().span();
        } else if (message.contains("S0")) {
            return expression.scale().span();
        }
        return expression.span();
    }

    /** A matrix, or for one variable also a number. */
    static double[][] squareMatrix(Value value, int d, Span span, String role) {
        if (d == 1 && value instanceof NumberValue n) {
            return new double[][] {{n.value()}};
        }
        return Coerce.matrix(value, span, role);
    }

    /** The parts of {@code posterior normal}: data, the prior renamed to the data's variables, the known covariance. */
    record NormalSetting(NumericData data, Gaussian prior, double[][] knownCov) {
        NormalMeanPosterior posterior(Span span) {
            return RuntimeErrors.at(span, () -> NormalMeanPosterior.of(prior, knownCov, data.moments(), data.origin()));
        }
    }

    static NormalSetting normalSetting(Expression.PosteriorNormal expression, Evaluator evaluator, Scope scope) {
        NumericData data = data(expression.data(), evaluator, scope, "posterior normal");
        Value known = evaluator.evaluate(expression.known(), scope);
        Span knownSpan = expression.known().span();
        double[][] knownCov;
        if (expression.knownWord().text().equals("variance")) {
            if (data.dim() != 1) {
                throw new GmException(expression.knownWord().span(), "'known variance' is for one variable; the data has "
                        + data.dim() + " (" + String.join(", ", data.names()) + ")", "write known covariance [[...], ...]");
            }
            knownCov = new double[][] {{Coerce.number(known, knownSpan, "the known variance")}};
        } else {
            knownCov = squareMatrix(known, data.dim(), knownSpan, "the known covariance");
        }
        Value priorValue = evaluator.evaluate(expression.prior(), scope);
        Span priorSpan = expression.prior().span();
        if (!(priorValue instanceof GaussianValue g)) {
            throw new GmException(priorSpan, "the prior of posterior normal must be a Gaussian, not " + priorValue.kind(),
                    "write prior normal(0, 9), or prior gaussian([0, 0], [[9, 0], [0, 9]]) for two variables");
        }
        if (g.gaussian().dim() != data.dim()) {
            throw new GmException(priorSpan, "the prior is over " + Evaluator.count(g.gaussian().dim(), "variable")
                    + " but the data has " + data.dim() + " (" + String.join(", ", data.names()) + ")");
        }
        Gaussian prior = RuntimeErrors.at(priorSpan, () -> Gaussian.of(g.gaussian().mean(), g.gaussian().cov(), data.names()));
        // With no rows this only validates the known covariance, so a bad one is reported where it is written.
        RuntimeErrors.at(knownSpan, () -> NormalMeanPosterior.of(prior, knownCov, 0, null));
        return new NormalSetting(data, prior, knownCov);
    }

    static Value posteriorNormal(Expression.PosteriorNormal expression, Evaluator evaluator, Scope scope) {
        NormalSetting setting = normalSetting(expression, evaluator, scope);
        return new NormalPosteriorValue(setting.posterior(expression.span()), setting.prior(), setting.knownCov(),
                setting.data().rowCount());
    }

    private static Value credible(Arguments a) {
        double level = a.size() == 2 ? Coerce.number(a.get(1), a.span(1), "the credible level") : DEFAULT_LEVEL;
        if (a.get(0) instanceof NiwPosteriorValue p) {
            return intervals(p.posterior().names(), level, RuntimeErrors.at(a.call().span(), () -> p.posterior().credibleIntervals(level)));
        }
        if (a.get(0) instanceof NormalPosteriorValue p) {
            return intervals(p.prior().names(), level, RuntimeErrors.at(a.call().span(), () -> p.posterior().credibleIntervals(level)));
        }
        throw notPosterior(a, "credible");
    }

    private static IntervalsValue intervals(java.util.List<String> names, double level, double[][] bounds) {
        double[] lower = new double[bounds.length];
        double[] upper = new double[bounds.length];
        for (int j = 0; j < bounds.length; j++) {
            lower[j] = bounds[j][0];
            upper[j] = bounds[j][1];
        }
        return new IntervalsValue(names, level, lower, upper);
    }

    private static Value predictive(Arguments a) {
        if (a.get(0) instanceof NiwPosteriorValue p) {
            return new StudentTValue(RuntimeErrors.at(a.call().span(), () -> p.posterior().predictive()));
        }
        if (a.get(0) instanceof NormalPosteriorValue p) {
            return new GaussianValue(RuntimeErrors.at(a.call().span(), () -> p.posterior().predictive()));
        }
        throw notPosterior(a, "predictive");
    }

    private static Value evidence(Arguments a) {
        if (a.get(0) instanceof NiwPosteriorValue p) {
            return new NumberValue(p.posterior().logEvidence());
        }
        throw new GmException(a.span(0), "evidence needs an NIW posterior, not " + a.get(0).kind(),
                "write evidence(posterior niw DATA prior ...)");
    }

    private static GmException notPosterior(Arguments a, String function) {
        return new GmException(a.span(0), function + " needs a posterior (posterior niw or posterior normal), not "
                + a.get(0).kind());
    }
}
