package gm.runtime;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The posterior of a Gaussian's mean when its covariance Σ is known, under a Gaussian prior N(m0, V0)
 * (Murphy §4.6.1 in 1-d, §4.4.2.2 in general): V_N⁻¹ = V0⁻¹ + NΣ⁻¹ and m_N = V_N(V0⁻¹m0 + NΣ⁻¹x̄). Computed in the
 * equivalent inverse-free forms m_N = m0 + V0 A⁻¹(x̄ − m0) and V_N = (Σ/N) A⁻¹ V0 with A = V0 + Σ/N, which do not
 * lose precision when the data dominate the prior. Immutable.
 */
public final class NormalMeanPosterior {
    private final Gaussian posterior;
    private final double[][] knownCov;

    private NormalMeanPosterior(Gaussian posterior, double[][] knownCov) {
        this.posterior = posterior;
        this.knownCov = knownCov;
    }

    /** 1-d: prior N(μ0, τ0²), known variance σ², n observations with mean x̄. */
    public static NormalMeanPosterior of(double mu0, double tau0Squared, double sigmaSquared, long n, double xbar) {
        return of(Gaussian.create(new double[] {mu0}, new double[][] {{tau0Squared}}, List.of("mu"),
                CovarianceStructure.FULL, 0, "prior variance"), new double[][] {{sigmaSquared}}, n, new double[] {xbar});
    }

    /** Prior N(m0, V0) given as a Gaussian (its names are the variables'), known covariance Σ, n rows with mean x̄. */
    public static NormalMeanPosterior of(Gaussian prior, double[][] knownCov, long n, double[] xbar) {
        Gaussian known = Gaussian.create(prior.mean(), knownCov, prior.names(), CovarianceStructure.FULL, 0,
                "known covariance");
        if (n < 0) {
            throw new GaussianException("the number of rows cannot be negative, got " + n, "give n ≥ 0");
        }
        if (n == 0) {
            return new NormalMeanPosterior(prior.withMetadata(CovarianceStructure.FULL, 0, null), known.cov());
        }
        Checks.requireVector(xbar, prior.names(), "data mean");
        int d = prior.dim();
        double[][] v0 = prior.cov();
        double[][] sigmaOverN = known.cov();
        double[][] sum = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                sigmaOverN[i][j] /= n;
                sum[i][j] = v0[i][j] + sigmaOverN[i][j];
            }
        }
        Cholesky sumFactor = Cholesky.of(sum, prior.names(), "prior plus data covariance", false);
        double[] m0 = prior.mean();
        double[] offset = new double[d];
        for (int i = 0; i < d; i++) {
            offset[i] = xbar[i] - m0[i];
        }
        // A⁻¹V0 is used both ways: V0 A⁻¹ = (A⁻¹V0)ᵀ since both are symmetric.
        double[][] solvedPrior = sumFactor.solve(v0);
        double[] solvedOffset = sumFactor.solve(offset);
        double[] meanN = new double[d];
        double[][] covN = new double[d][d];
        for (int i = 0; i < d; i++) {
            meanN[i] = m0[i] + Gaussian.dot(v0[i], solvedOffset);
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    covN[i][j] += sigmaOverN[i][k] * solvedPrior[k][j];
                }
            }
        }
        return new NormalMeanPosterior(Gaussian.create(meanN, covN, prior.names(), CovarianceStructure.FULL, 0,
                "posterior covariance of the mean"), known.cov());
    }

    /** As {@link #of(Gaussian, double[][], long, double[])} with n and x̄ from deltas x − origin (null for zero). */
    public static NormalMeanPosterior of(Gaussian prior, double[][] knownCov, Moments data, double[] origin) {
        if (data.count() == 0) {
            return of(prior, knownCov, 0, null);
        }
        return of(prior, knownCov, data.count(), NiwPosterior.shiftedMean(data, origin, prior.names()));
    }

    /** A posterior saved earlier: N(m_N, V_N) as the Gaussian posterior, with the known covariance Σ. */
    public static NormalMeanPosterior restore(Gaussian posterior, double[][] knownCov) {
        Gaussian known = Gaussian.create(posterior.mean(), knownCov, posterior.names(), CovarianceStructure.FULL, 0,
                "known covariance");
        return new NormalMeanPosterior(posterior, known.cov());
    }

    /** N(m_N, V_N). */
    public Gaussian posterior() {
        return posterior;
    }

    public double[] mean() {
        return posterior.mean();
    }

    /** The posterior mode, equal to the mean for a Gaussian posterior. */
    public double[] map() {
        return posterior.mean();
    }

    public double[][] cov() {
        return posterior.cov();
    }

    /** Central intervals m_N[j] ± z·√V_N[j][j], one {lower, upper} row per component. */
    public double[][] credibleIntervals(double level) {
        NiwPosterior.requireLevel(level);
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double[] mean = posterior.mean();
        double[][] cov = posterior.cov();
        double[][] intervals = new double[mean.length][];
        for (int j = 0; j < mean.length; j++) {
            double halfWidth = z * Math.sqrt(cov[j][j]);
            intervals[j] = new double[] {mean[j] - halfWidth, mean[j] + halfWidth};
        }
        return intervals;
    }

    /** The posterior predictive of a new row, N(m_N, V_N + Σ). */
    public Gaussian predictive() {
        double[][] cov = posterior.cov();
        for (int i = 0; i < cov.length; i++) {
            for (int j = 0; j < cov.length; j++) {
                cov[i][j] += knownCov[i][j];
            }
        }
        return Gaussian.of(posterior.mean(), cov, posterior.names());
    }
}
