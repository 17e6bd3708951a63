package gm.runtime;

import java.util.List;

/** Maximum-likelihood (or unbiased) fits of a Gaussian from sufficient statistics. */
public final class GaussianFit {
    private GaussianFit() {
    }

    /**
     * Fits a Gaussian with the given covariance structure. The origin is added back to the mean: the caller feeds
     * deltas (x - origin) to {@link Moments} so co-moments stay exact; a null origin means zero.
     * FULL uses the sample covariance, DIAGONAL its diagonal and SPHERICAL (trace/d)·I, the MLE of a spherical
     * Gaussian (with the unbiased estimator, the same trace divided by n - 1 instead of n).
     */
    public static Gaussian fit(Moments m, double[] origin, Estimator e, CovarianceStructure s, List<String> names) {
        int d = m.dim();
        if (names == null || names.size() != d) {
            throw new GaussianException("the data has " + d + " columns but " + (names == null ? 0 : names.size())
                    + " variable names were given", "give one name per column");
        }
        double[] mean = m.mean();
        if (origin != null) {
            Checks.requireVector(origin, names, "origin");
            for (int i = 0; i < d; i++) {
                mean[i] += origin[i];
            }
        }
        if (s == CovarianceStructure.FULL && m.count() <= d && d > 1) {
            throw new GaussianException("a full covariance of " + Wording.tuple(names) + " needs more rows than variables: got "
                    + m.count() + " row" + (m.count() == 1 ? "" : "s") + " for " + d + " variables",
                    m.count() < 2 ? "add rows: every covariance, even a diagonal one, needs at least 2"
                            : "add rows, or use a diagonal or spherical covariance");
        }
        double[][] cov = constrain(m.covariance(e), s);
        return Gaussian.create(mean, cov, names, s, m.count()).withMetadata(s, m.count(), e);
    }

    private static double[][] constrain(double[][] cov, CovarianceStructure s) {
        int d = cov.length;
        return switch (s) {
            case FULL -> cov;
            case DIAGONAL -> {
                double[][] diagonal = new double[d][d];
                for (int i = 0; i < d; i++) {
                    diagonal[i][i] = cov[i][i];
                }
                yield diagonal;
            }
            case SPHERICAL -> {
                double trace = 0;
                for (int i = 0; i < d; i++) {
                    trace += cov[i][i];
                }
                double[][] spherical = new double[d][d];
                for (int i = 0; i < d; i++) {
                    spherical[i][i] = trace / d;
                }
                yield spherical;
            }
        };
    }

    /** Σ logpdf(row). */
    public static double logLikelihood(Gaussian g, double[][] rows) {
        double sum = 0;
        for (double[] row : rows) {
            sum += g.logpdf(row);
        }
        return sum;
    }
}
