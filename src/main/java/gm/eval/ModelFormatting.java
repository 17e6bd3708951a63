package gm.eval;

import gm.eval.Value.DistributionValue;
import gm.eval.Value.IntervalsValue;
import gm.eval.Value.NiwPosteriorValue;
import gm.eval.Value.NiwPriorValue;
import gm.eval.Value.NormalPosteriorValue;
import gm.eval.Value.OnlineGaussianValue;
import gm.eval.Value.StudentTValue;
import gm.runtime.Gaussian;
import gm.runtime.MultivariateStudentT;
import gm.runtime.NiwPosterior;
import gm.runtime.NiwPrior;
import gm.runtime.OnlineGaussian;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static gm.eval.ValueFormatter.indent;

/** How distributions, priors, posteriors, online Gaussians and credible intervals print. */
final class ModelFormatting {

    private final ValueFormatter format;

    ModelFormatting(ValueFormatter format) {
        this.format = format;
    }

    static boolean handles(Value value) {
        return value instanceof DistributionValue || ModelProperties.handles(value);
    }

    String format(Value value) {
        if (value instanceof DistributionValue d) {
            return d.distribution().text(format) + "\n";
        } else if (value instanceof StudentTValue t) {
            return studentT(t.distribution());
        } else if (value instanceof NiwPriorValue p) {
            return niwPrior(p.prior());
        } else if (value instanceof NiwPosteriorValue p) {
            return niwPosterior(p.posterior(), p.weakDefault());
        } else if (value instanceof NormalPosteriorValue p) {
            return normalPosterior(p);
        } else if (value instanceof OnlineGaussianValue o) {
            return online(o.state());
        }
        return intervals((IntervalsValue) value);
    }

    private String vector(double[] values, List<String> names) {
        return indent(format.vector(values, Optional.of(names)));
    }

    private String matrix(double[][] rows, List<String> names) {
        return indent(format.matrix(rows, Optional.of(names)));
    }

    private String studentT(MultivariateStudentT t) {
        return "Student t of (" + String.join(", ", t.names()) + "), " + format.number(t.dof()) + " degrees of freedom\n"
                + "location:\n" + vector(t.location(), t.names()) + "scale:\n" + matrix(t.scale(), t.names());
    }

    private String niwPrior(NiwPrior p) {
        return "NIW prior over (" + String.join(", ", p.names()) + "): kappa0 = " + format.number(p.kappa0()) + ", nu0 = "
                + format.number(p.nu0()) + "\nm0:\n" + vector(p.m0(), p.names()) + "S0:\n" + matrix(p.S0(), p.names());
    }

    private String niwPosterior(NiwPosterior p, boolean weakDefault) {
        return "NIW posterior of (" + String.join(", ", p.names()) + ") after " + Evaluator.count((int) p.n(), "row")
                + (weakDefault ? " (weak default prior)" : "") + ": kappa_N = " + format.number(p.kappaN()) + ", nu_N = "
                + format.number(p.nuN()) + "\nm_N (posterior mean and mode of the mean):\n" + vector(p.mN(), p.names())
                + "S_N:\n" + matrix(p.SN(), p.names());
    }

    private String normalPosterior(NormalPosteriorValue p) {
        Gaussian posterior = p.posterior().posterior();
        List<String> names = posterior.names();
        String rows = " after " + Evaluator.count((int) p.n(), "row");
        if (names.size() == 1) {
            return "posterior of the mean of " + names.get(0) + rows + ": normal(" + format.number(posterior.mean()[0])
                    + ", " + format.number(posterior.cov()[0][0]) + "); known variance " + format.number(p.knownCov()[0][0])
                    + ", prior normal(" + format.number(p.prior().mean()[0]) + ", " + format.number(p.prior().cov()[0][0])
                    + ")\n";
        }
        return "posterior of the mean of (" + String.join(", ", names) + ")" + rows + ", known covariance\n"
                + "mean (= MAP):\n" + vector(posterior.mean(), names) + "covariance:\n" + matrix(posterior.cov(), names);
    }

    private String online(OnlineGaussian s) {
        String head = "online Gaussian of (" + String.join(", ", s.names()) + ") after " + Evaluator.count((int) s.count(), "row");
        if (s.count() == 0) {
            return head + "\n";
        }
        String text = head + "\nmean:\n" + vector(s.mean(), s.names());
        if (s.count() < 2) {
            return text + "covariance: needs at least 2 rows\n";
        }
        return text + "covariance (unbiased, divides by n - 1):\n" + matrix(s.cov(), s.names());
    }

    private String intervals(IntervalsValue intervals) {
        TextTable table = new TextTable(List.of("", "lower", "upper"), true);
        double[] lower = intervals.lower();
        double[] upper = intervals.upper();
        for (int j = 0; j < lower.length; j++) {
            table.row(List.of(intervals.names().get(j), format.number(lower[j]), format.number(upper[j])));
        }
        List<String> lines = new ArrayList<>(table.render().lines().toList());
        lines.add(0, format.number(100 * intervals.level()) + "% credible intervals");
        return String.join("\n", lines) + "\n";
    }
}
