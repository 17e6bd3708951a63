package gm.runtime;

import java.util.List;

/**
 * A normal-inverse-Wishart prior NIW(m0, κ0, ν0, S0) on the mean and covariance of a Gaussian (Murphy §4.6.3):
 * Σ ~ IW(S0, ν0), with S0 the scale matrix (density ∝ |Σ|^{-(ν0+d+1)/2} exp(-½ tr(S0 Σ⁻¹)), scipy's
 * {@code invwishart(df=ν0, scale=S0)}), and μ | Σ ~ N(m0, Σ/κ0). Immutable.
 */
public final class NiwPrior {
    /** Prior strength of the weak default, in pseudo-observations (Fraley and Raftery 2007). */
    private static final double WEAK_KAPPA0 = 0.01;

    private final double[] m0;
    private final double kappa0;
    private final double nu0;
    private final double[][] s0;
    private final List<String> names;
    private final Cholesky s0Factor;

    /** Variables are named x1..xd. */
    public NiwPrior(double[] m0, double kappa0, double nu0, double[][] S0) {
        this(m0, kappa0, nu0, S0, m0 == null ? null : Checks.defaultNames(m0.length));
    }

    /**
     * Validates κ0 &gt; 0, ν0 &gt; d − 1 (needed for a proper inverse-Wishart) and S0 symmetric positive definite.
     */
    public NiwPrior(double[] m0, double kappa0, double nu0, double[][] S0, List<String> names) {
        Gaussian validated = Gaussian.create(m0, S0, names, CovarianceStructure.FULL, 0, "prior scale S0");
        int d = validated.dim();
        if (!(kappa0 > 0) || Double.isInfinite(kappa0)) {
            throw new GaussianException("prior strength kappa0 must be positive and finite, got " + Wording.number(kappa0),
                    "kappa0 counts pseudo-observations of the mean; use a small value such as 0.01 for a weak prior");
        }
        if (!(nu0 > d - 1) || Double.isInfinite(nu0)) {
            throw new GaussianException("prior degrees of freedom nu0 must exceed d − 1 = " + (d - 1) + " for " + d
                    + " variable" + (d == 1 ? "" : "s") + ", got " + Wording.number(nu0),
                    "use nu0 = d + 2 = " + (d + 2) + " for a weak prior whose covariance has a finite mean");
        }
        this.m0 = validated.mean();
        this.kappa0 = kappa0;
        this.nu0 = nu0;
        this.s0 = validated.cov();
        this.names = validated.names();
        this.s0Factor = validated.cholesky();
    }

    /**
     * The weak data-dependent default of Fraley and Raftery (2007, "Bayesian regularization for normal mixture
     * estimation and model-based clustering"), as given by Murphy §4.6.3.2 and §11.4.2.8 for one component:
     * m0 = x̄, κ0 = 0.01, ν0 = d + 2 (the smallest integer giving a finite prior mean of Σ, which is then S0/1),
     * S0 = diag(S_x̄)/N, the per-variable MLE variances. Variables are named x1..xd.
     */
    public static NiwPrior weakDefault(Moments m) {
        return weakDefault(m, null, Checks.defaultNames(m.dim()));
    }

    /** As {@link #weakDefault(Moments)}, with the moments of deltas x − origin (null for zero). */
    public static NiwPrior weakDefault(Moments m, double[] origin, List<String> names) {
        double[][] mleCov = m.covariance(Estimator.MLE);
        int d = m.dim();
        double[][] s0 = new double[d][d];
        for (int i = 0; i < d; i++) {
            s0[i][i] = mleCov[i][i];
        }
        return new NiwPrior(NiwPosterior.shiftedMean(m, origin, names), WEAK_KAPPA0, d + 2, s0, names);
    }

    /** The posterior after the rows summarised by data. */
    public NiwPosterior posterior(Moments data) {
        return posterior(data, null);
    }

    /** The posterior after rows whose deltas x − origin are summarised by data (null origin for zero). */
    public NiwPosterior posterior(Moments data, double[] origin) {
        return NiwPosterior.of(this).update(data, origin);
    }

    public int dim() {
        return m0.length;
    }

    public double[] m0() {
        return m0.clone();
    }

    public double kappa0() {
        return kappa0;
    }

    public double nu0() {
        return nu0;
    }

    public double[][] S0() {
        return Checks.copy(s0);
    }

    public List<String> names() {
        return names;
    }

    double logDetS0() {
        return s0Factor.logDet();
    }
}
