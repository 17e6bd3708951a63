package gm.runtime;

import java.util.List;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * An immutable multivariate Student t with location μ, scale matrix S (positive definite) and ν > 0 degrees of
 * freedom: the density of μ + S^{1/2} z / √(w/ν) with z standard normal and w ~ χ²_ν (scipy's
 * {@code multivariate_t(loc, shape, df)}).
 */
public final class MultivariateStudentT {
    private static final double LOG_PI = Math.log(Math.PI);

    private final double[] location;
    private final double[][] scale;
    private final double dof;
    private final List<String> names;
    private final Cholesky cholesky;

    private MultivariateStudentT(double[] location, double[][] scale, double dof, List<String> names, Cholesky cholesky) {
        this.location = location;
        this.scale = scale;
        this.dof = dof;
        this.names = names;
        this.cholesky = cholesky;
    }

    /** Validates like {@link Gaussian#of(double[], double[][], List)} (the scale in place of the covariance), and dof > 0. */
    public static MultivariateStudentT of(double[] location, double[][] scale, double dof, List<String> names) {
        if (!(dof > 0) || Double.isInfinite(dof)) {
            throw new GaussianException("a Student t needs positive, finite degrees of freedom, got " + dof,
                    "give dof > 0 (use a Gaussian for infinite dof)");
        }
        Gaussian shape = Gaussian.create(location, scale, names, CovarianceStructure.FULL, 0, "scale");
        return new MultivariateStudentT(shape.mean(), shape.cov(), dof, shape.names(), shape.cholesky());
    }

    public int dim() {
        return location.length;
    }

    public double[] location() {
        return location.clone();
    }

    public double[][] scale() {
        return Checks.copy(scale);
    }

    public double dof() {
        return dof;
    }

    public List<String> names() {
        return names;
    }

    /** The mean, which is the location; defined only for dof > 1. */
    public double[] mean() {
        if (dof <= 1) {
            throw new GaussianException("a Student t with " + dof + " degrees of freedom has no mean",
                    "the mean exists only for dof > 1; use location() for the centre");
        }
        return location();
    }

    /** S·ν/(ν − 2), defined only for dof > 2. */
    public double[][] cov() {
        if (dof <= 2) {
            throw new GaussianException("a Student t with " + dof + " degrees of freedom has infinite covariance",
                    "the covariance exists only for dof > 2; use scale() for the shape");
        }
        double[][] cov = scale();
        for (double[] row : cov) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= dof / (dof - 2);
            }
        }
        return cov;
    }

    /** log Γ((ν+d)/2) − log Γ(ν/2) − (d/2) log(νπ) − ½ log|S| − ((ν+d)/2) log(1 + q/ν), q the squared distance. */
    public double logpdf(double[] x) {
        Checks.requireVector(x, names, "point");
        int d = dim();
        double[] deviation = new double[d];
        for (int i = 0; i < d; i++) {
            deviation[i] = x[i] - location[i];
        }
        double squaredDistance = cholesky.quadraticForm(deviation);
        return Gamma.logGamma(0.5 * (dof + d)) - Gamma.logGamma(0.5 * dof) - 0.5 * d * (Math.log(dof) + LOG_PI)
                - 0.5 * cholesky.logDet() - 0.5 * (dof + d) * Math.log1p(squaredDistance / dof);
    }

    public double pdf(double[] x) {
        return Math.exp(logpdf(x));
    }

    /** n independent draws, one per row. */
    public double[][] sample(int n, RandomGenerator rng) {
        if (n < 0) {
            throw new GaussianException("cannot draw " + n + " samples", "ask for zero or more samples");
        }
        GammaDistribution chiSquared = new GammaDistribution(rng, 0.5 * dof, 2);
        int d = dim();
        double[][] draws = new double[n][];
        double[] z = new double[d];
        for (int s = 0; s < n; s++) {
            if (s % 4096 == 0) {
                Interruption.check();
            }
            for (int i = 0; i < d; i++) {
                z[i] = rng.nextGaussian();
            }
            double inflation = Math.sqrt(dof / chiSquared.sample());
            double[] draw = cholesky.multiplyLower(z);
            for (int i = 0; i < d; i++) {
                draw[i] = location[i] + inflation * draw[i];
            }
            draws[s] = draw;
        }
        return draws;
    }
}
