package gm.eval;

import gm.eval.Value.GaussianValue;
import gm.eval.Value.IntervalsValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NiwPosteriorValue;
import gm.eval.Value.NiwPriorValue;
import gm.eval.Value.NormalPosteriorValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.OnlineGaussianValue;
import gm.eval.Value.StudentTValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.runtime.MultivariateStudentT;
import gm.runtime.NiwPosterior;
import gm.runtime.NiwPrior;
import gm.runtime.OnlineGaussian;

import java.util.List;
import java.util.Optional;


/** The properties of posteriors, priors, Student t distributions, online Gaussians and credible intervals. */
final class ModelProperties {

    static final List<String> NIW_POSTERIOR = List.of("mean", "mode", "cov_mean", "cov_mode", "kappa", "nu", "scale", "n",
            "names", "prior");
    static final List<String> NIW_PRIOR = List.of("mean", "kappa", "nu", "scale", "names");
    static final List<String> NORMAL_POSTERIOR = List.of("mean", "map", "cov", "sd", "n", "names", "gaussian", "prior");
    static final List<String> STUDENT_T = List.of("location", "scale", "dof", "mean", "cov", "dim", "names");
    static final List<String> ONLINE = List.of("mean", "cov", "precision", "n", "dim", "names", "gaussian");
    static final List<String> INTERVALS = List.of("lower", "upper", "width", "level", "names");

    private ModelProperties() {
    }

    static boolean handles(Value value) {
        return value instanceof NiwPosteriorValue || value instanceof NiwPriorValue || value instanceof NormalPosteriorValue
                || value instanceof StudentTValue || value instanceof OnlineGaussianValue || value instanceof IntervalsValue;
    }

    static Value get(Value target, String property, Span span) {
        if (target instanceof NiwPosteriorValue p) {
            return niwPosterior(p.posterior(), property, span);
        } else if (target instanceof NiwPriorValue p) {
            return niwPrior(p.prior(), property, span);
        } else if (target instanceof NormalPosteriorValue p) {
            return normalPosterior(p, property, span);
        } else if (target instanceof StudentTValue t) {
            return studentT(t.distribution(), property, span);
        } else if (target instanceof OnlineGaussianValue o) {
            return online(o.state(), property, span);
        }
        return intervals((IntervalsValue) target, property, span);
    }

    private static Value niwPosterior(NiwPosterior p, String property, Span span) {
        Optional<List<String>> labels = Optional.of(p.names());
        return switch (property) {
            case "mean" -> new VectorValue(p.posteriorMeanMu(), labels);
            case "mode" -> new VectorValue(p.posteriorModeMu(), labels);
            case "cov_mean" -> new MatrixValue(RuntimeErrors.at(span, p::posteriorMeanSigma), labels);
            case "cov_mode" -> new MatrixValue(p.posteriorModeSigma(), labels);
            case "kappa" -> new NumberValue(p.kappaN());
            case "nu" -> new NumberValue(p.nuN());
            case "scale" -> new MatrixValue(p.SN(), labels);
            case "n" -> new NumberValue(p.n());
            case "names" -> new TextVectorValue(p.names());
            case "prior" -> new NiwPriorValue(p.prior());
            default -> throw unknown("an NIW posterior", property, NIW_POSTERIOR, span);
        };
    }

    private static Value niwPrior(NiwPrior p, String property, Span span) {
        Optional<List<String>> labels = Optional.of(p.names());
        return switch (property) {
            case "mean" -> new VectorValue(p.m0(), labels);
            case "kappa" -> new NumberValue(p.kappa0());
            case "nu" -> new NumberValue(p.nu0());
            case "scale" -> new MatrixValue(p.S0(), labels);
            case "names" -> new TextVectorValue(p.names());
            default -> throw unknown("an NIW prior", property, NIW_PRIOR, span);
        };
    }

    private static Value normalPosterior(NormalPosteriorValue p, String property, Span span) {
        Optional<List<String>> labels = Optional.of(p.prior().names());
        return switch (property) {
            case "mean" -> new VectorValue(p.posterior().mean(), labels);
            case "map" -> new VectorValue(p.posterior().map(), labels);
            case "cov" -> new MatrixValue(p.posterior().cov(), labels);
            case "sd" -> new VectorValue(standardDeviations(p.posterior().cov()), labels);
            case "n" -> new NumberValue(p.n());
            case "names" -> new TextVectorValue(p.prior().names());
            case "gaussian" -> new GaussianValue(p.posterior().posterior());
            case "prior" -> new GaussianValue(p.prior());
            default -> throw unknown("a posterior of the mean", property, NORMAL_POSTERIOR, span);
        };
    }

    private static Value studentT(MultivariateStudentT t, String property, Span span) {
        Optional<List<String>> labels = Optional.of(t.names());
        return switch (property) {
            case "location" -> new VectorValue(t.location(), labels);
            case "scale" -> new MatrixValue(t.scale(), labels);
            case "dof" -> new NumberValue(t.dof());
            case "mean" -> new VectorValue(RuntimeErrors.at(span, t::mean), labels);
            case "cov" -> new MatrixValue(RuntimeErrors.at(span, t::cov), labels);
            case "dim" -> new NumberValue(t.dim());
            case "names" -> new TextVectorValue(t.names());
            default -> throw unknown("a Student t distribution", property, STUDENT_T, span);
        };
    }

    private static Value online(OnlineGaussian s, String property, Span span) {
        Optional<List<String>> labels = Optional.of(s.names());
        return switch (property) {
            case "mean" -> new VectorValue(RuntimeErrors.at(span, s::mean), labels);
            case "cov" -> new MatrixValue(RuntimeErrors.at(span, s::cov), labels);
            case "precision" -> new MatrixValue(RuntimeErrors.at(span, s::precision), labels);
            case "n" -> new NumberValue(s.count());
            case "dim" -> new NumberValue(s.dim());
            case "names" -> new TextVectorValue(s.names());
            case "gaussian" -> new GaussianValue(RuntimeErrors.at(span, s::toGaussian));
            default -> throw unknown("an online Gaussian", property, ONLINE, span);
        };
    }

    private static Value intervals(IntervalsValue intervals, String property, Span span) {
        Optional<List<String>> labels = Optional.of(intervals.names());
        return switch (property) {
            case "lower" -> new VectorValue(intervals.lower(), labels);
            case "upper" -> new VectorValue(intervals.upper(), labels);
            case "width" -> {
                double[] width = intervals.upper();
                double[] lower = intervals.lower();
                for (int j = 0; j < width.length; j++) {
                    width[j] -= lower[j];
                }
                yield new VectorValue(width, labels);
            }
            case "level" -> new NumberValue(intervals.level());
            case "names" -> new TextVectorValue(intervals.names());
            default -> throw unknown("credible intervals", property, INTERVALS, span);
        };
    }

    static double[] standardDeviations(double[][] cov) {
        double[] sd = new double[cov.length];
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(cov[i][i]);
        }
        return sd;
    }

    private static GmException unknown(String what, String property, List<String> properties, Span span) {
        return new GmException(span, what + " has no property '" + property + "'",
                Suggestions.hint(property, properties, "properties"));
    }
}
