package gm.runtime;

import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The normal-inverse-Wishart posterior NIW(m_N, κ_N, ν_N, S_N) after N rows (Murphy eqs. 4.209–4.214):
 * m_N = (κ0 m0 + N x̄)/κ_N, κ_N = κ0 + N, ν_N = ν0 + N, S_N = S0 + S_x̄ + (κ0 N/κ_N)(x̄ − m0)(x̄ − m0)ᵀ, with
 * S_x̄ the co-moment of the data. Immutable; {@link #update} folds in more data, giving the same result as one
 * update with all of it.
 */
public final class NiwPosterior {
    private static final double QUANTILE_ACCURACY = 1e-14;
    private static final double LOG_PI = Math.log(Math.PI);

    private final NiwPrior prior;
    private final long n;
    private final double[] mN;
    private final double kappaN;
    private final double nuN;
    private final double[][] sN;
    private final Cholesky sNFactor;

    private NiwPosterior(NiwPrior prior, long n, double[] mN, double kappaN, double nuN, double[][] sN) {
        this.prior = prior;
        this.n = n;
        this.mN = mN;
        this.kappaN = kappaN;
        this.nuN = nuN;
        this.sN = sN;
        this.sNFactor = Cholesky.of(sN, prior.names(), "posterior scale S_N", false);
    }

    static NiwPosterior of(NiwPrior prior) {
        return new NiwPosterior(prior, 0, prior.m0(), prior.kappa0(), prior.nu0(), prior.S0());
    }

    /**
     * A posterior saved earlier, exactly as it was: after n rows, NIW(mN, kappaN, nuN, sN) over the prior's variables.
     * Validates the sizes, κ_N &gt; 0, ν_N &gt; d − 1 and S_N positive definite.
     */
    public static NiwPosterior restore(NiwPrior prior, long n, double[] mN, double kappaN, double nuN, double[][] sN) {
        Checks.requireVector(mN, prior.names(), "posterior mean m_N");
        if (n < 0 || !(kappaN > 0) || Double.isInfinite(kappaN) || !(nuN > prior.dim() - 1) || Double.isInfinite(nuN)) {
            throw new GaussianException("an NIW posterior needs n ≥ 0, κ_N > 0 and ν_N > d − 1, got n = " + n
                    + ", κ_N = " + kappaN + ", ν_N = " + nuN, "the saved posterior was changed; save it again");
        }
        double[][] scale = Gaussian.create(mN, sN, prior.names(), CovarianceStructure.FULL, 0, "posterior scale S_N").cov();
        return new NiwPosterior(prior, n, mN.clone(), kappaN, nuN, scale);
    }

    /** The posterior after also seeing the rows whose deltas x − origin are summarised by data (null origin for zero). */
    public NiwPosterior update(Moments data, double[] origin) {
        if (data.dim() != dim()) {
            throw new GaussianException("the prior is over " + dim() + " variables " + Wording.tuple(names())
                    + " but the data has " + data.dim() + " columns", "give data with one column per variable");
        }
        long count = data.count();
        if (count == 0) {
            return this;
        }
        double[] dataMean = shiftedMean(data, origin, names());
        double[][] comoment = data.comoment();
        double newKappa = kappaN + count;
        double shrinkage = kappaN * count / newKappa;
        int d = dim();
        double[] newMean = new double[d];
        double[] offset = new double[d];
        for (int i = 0; i < d; i++) {
            newMean[i] = (kappaN * mN[i] + count * dataMean[i]) / newKappa;
            offset[i] = dataMean[i] - mN[i];
        }
        double[][] newScale = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                newScale[i][j] = sN[i][j] + comoment[i][j] + shrinkage * offset[i] * offset[j];
            }
        }
        return new NiwPosterior(prior, n + count, newMean, newKappa, nuN + count, newScale);
    }

    public NiwPosterior update(Moments data) {
        return update(data, null);
    }

    static double[] shiftedMean(Moments m, double[] origin, List<String> names) {
        if (m.count() == 0) {
            throw new GaussianException("no rows: the data mean is undefined", "give at least one row");
        }
        double[] mean = m.mean();
        if (origin != null) {
            Checks.requireVector(origin, names, "origin");
            for (int i = 0; i < mean.length; i++) {
                mean[i] += origin[i];
            }
        }
        return mean;
    }

    public NiwPrior prior() {
        return prior;
    }

    /** Rows seen. */
    public long n() {
        return n;
    }

    public int dim() {
        return mN.length;
    }

    public List<String> names() {
        return prior.names();
    }

    public double[] mN() {
        return mN.clone();
    }

    public double kappaN() {
        return kappaN;
    }

    public double nuN() {
        return nuN;
    }

    public double[][] SN() {
        return Checks.copy(sN);
    }

    /** E[μ | D] = m_N. */
    public double[] posteriorMeanMu() {
        return mN();
    }

    /** The μ of the joint posterior mode, m_N. */
    public double[] posteriorModeMu() {
        return mN();
    }

    /** E[Σ | D] = S_N/(ν_N − d − 1), finite only when ν_N &gt; d + 1. */
    public double[][] posteriorMeanSigma() {
        int d = dim();
        if (nuN <= d + 1) {
            throw new GaussianException("the posterior mean of the covariance of " + Wording.tuple(names())
                    + " is infinite: it needs nu_N > d + 1 = " + (d + 1) + ", got nu_N = " + nuN,
                    "add rows or raise the prior nu0 (nu0 = d + 2 always suffices), or use the posterior mode");
        }
        return scaled(sN, 1 / (nuN - d - 1));
    }

    /** The Σ of the joint posterior mode of (μ, Σ), S_N/(ν_N + d + 2) (Murphy eq. 4.216). */
    public double[][] posteriorModeSigma() {
        return scaled(sN, 1 / (nuN + dim() + 2));
    }

    /** The marginal posterior of μ (Murphy eq. 4.219): t_{ν_N−d+1}(m_N, S_N/(κ_N(ν_N − d + 1))). */
    public MultivariateStudentT posteriorMu() {
        double dof = studentDof();
        return MultivariateStudentT.of(mN, scaled(sN, 1 / (kappaN * dof)), dof, names());
    }

    /**
     * Central credible intervals, one {lower, upper} row per μ_j, from the marginal Student t with ν_N − d + 1
     * degrees of freedom, location m_N[j] and scale² S_N[j][j]/(κ_N(ν_N − d + 1)).
     */
    public double[][] credibleIntervals(double level) {
        requireLevel(level);
        double dof = studentDof();
        double quantile = new TDistribution(null, dof, QUANTILE_ACCURACY).inverseCumulativeProbability(0.5 + level / 2);
        double[][] intervals = new double[dim()][];
        for (int j = 0; j < dim(); j++) {
            double halfWidth = quantile * Math.sqrt(sN[j][j] / (kappaN * dof));
            intervals[j] = new double[] {mN[j] - halfWidth, mN[j] + halfWidth};
        }
        return intervals;
    }

    /** The posterior predictive of a new row (Murphy eq. 4.222): t_{ν_N−d+1}(m_N, S_N(κ_N+1)/(κ_N(ν_N − d + 1))). */
    public MultivariateStudentT predictive() {
        double dof = studentDof();
        return MultivariateStudentT.of(mN, scaled(sN, (kappaN + 1) / (kappaN * dof)), dof, names());
    }

    /**
     * log p(D), the log marginal likelihood of all rows seen (Murphy eq. 4.215):
     * −(Nd/2) log π + log Γ_d(ν_N/2) − log Γ_d(ν0/2) + (ν0/2) log|S0| − (ν_N/2) log|S_N| + (d/2) log(κ0/κ_N).
     */
    public double logEvidence() {
        int d = dim();
        return -0.5 * n * d * LOG_PI + logMultivariateGamma(d, nuN / 2) - logMultivariateGamma(d, prior.nu0() / 2)
                + 0.5 * prior.nu0() * prior.logDetS0() - 0.5 * nuN * sNFactor.logDet()
                + 0.5 * d * (Math.log(prior.kappa0()) - Math.log(kappaN));
    }

    /** log Γ_d(a) = (d(d−1)/4) log π + Σ_{j=1..d} log Γ(a + (1 − j)/2). */
    static double logMultivariateGamma(int d, double a) {
        double sum = 0.25 * d * (d - 1) * LOG_PI;
        for (int j = 1; j <= d; j++) {
            sum += Gamma.logGamma(a + 0.5 * (1 - j));
        }
        return sum;
    }

    private double studentDof() {
        return nuN - dim() + 1;
    }

    static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new GaussianException("a credible level must lie strictly between 0 and 1, got " + Wording.number(level),
                    "write 0.95 for a 95% interval");
        }
    }

    private static double[][] scaled(double[][] matrix, double factor) {
        double[][] result = Checks.copy(matrix);
        for (double[] row : result) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return result;
    }
}
