package gm.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable multivariate normal N(μ, Σ) over named variables, with Σ held as its Cholesky factor so that
 * densities, distances and determinants never form an explicit inverse.
 */
public final class Gaussian {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    private final double[] mean;
    private final double[][] cov;
    private final List<String> names;
    private final CovarianceStructure structure;
    private final long n;
    private final Cholesky cholesky;

    private Gaussian(double[] mean, double[][] cov, List<String> names, CovarianceStructure structure, long n,
            Cholesky cholesky) {
        this.mean = mean;
        this.cov = cov;
        this.names = names;
        this.structure = structure;
        this.n = n;
        this.cholesky = cholesky;
    }

    /**
     * Validates that cov is square, symmetric to 1e-10 relative (it is then symmetrised) and positive definite,
     * and that there is one mean and one distinct name per variable.
     */
    public static Gaussian of(double[] mean, double[][] cov, List<String> names) {
        return create(mean, cov, names, CovarianceStructure.FULL, 0);
    }

    /** Variables are named x1..xd. */
    public static Gaussian of(double[] mean, double[][] cov) {
        if (mean == null) {
            throw new GaussianException("mean is missing", "give a mean vector");
        }
        return of(mean, cov, Checks.defaultNames(mean.length));
    }

    /** As {@link #of(double[], double[][], List)}; a singular covariance is explained as a fitting problem when n > 0. */
    static Gaussian create(double[] mean, double[][] cov, List<String> names, CovarianceStructure structure, long n) {
        List<String> checkedNames = checkNames(names, mean);
        Checks.requireVector(mean, checkedNames, "mean");
        double[][] symmetric = symmetricCopy(cov, checkedNames);
        Cholesky cholesky = Cholesky.of(symmetric, checkedNames, "covariance", n > 0);
        return new Gaussian(mean.clone(), symmetric, checkedNames, structure, n, cholesky);
    }

    private static List<String> checkNames(List<String> names, double[] mean) {
        if (mean == null) {
            throw new GaussianException("mean is missing", "give a mean vector");
        }
        if (mean.length == 0) {
            throw new GaussianException("a Gaussian needs at least one variable", "give a non-empty mean");
        }
        if (names == null || names.size() != mean.length) {
            throw new GaussianException("the mean has " + mean.length + " values but " + (names == null ? 0 : names.size())
                    + " variable names were given", "give one name per variable");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isEmpty()) {
                throw new GaussianException("variable names must be non-empty", "name every variable");
            }
            if (!seen.add(name)) {
                throw new GaussianException("variable '" + name + "' appears twice in " + Checks.tuple(names),
                        "give each variable a distinct name");
            }
        }
        return List.copyOf(names);
    }

    private static double[][] symmetricCopy(double[][] cov, List<String> names) {
        int d = names.size();
        if (cov == null || cov.length != d) {
            throw new GaussianException("covariance of " + Checks.tuple(names) + " must be " + d + "×" + d + ", got "
                    + (cov == null ? "none" : cov.length + " rows"), "give a " + d + "×" + d + " covariance matrix");
        }
        for (int i = 0; i < d; i++) {
            if (cov[i] == null || cov[i].length != d) {
                throw new GaussianException("covariance of " + Checks.tuple(names) + " must be " + d + "×" + d
                        + ", but the row of '" + names.get(i) + "' has " + (cov[i] == null ? 0 : cov[i].length)
                        + " entries", "give a square covariance matrix");
            }
        }
        double[][] symmetric = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double lowerEntry = cov[i][j];
                double upperEntry = cov[j][i];
                if (!Double.isFinite(lowerEntry) || !Double.isFinite(upperEntry)) {
                    throw new GaussianException("covariance of " + Checks.tuple(names) + " has a non-finite entry for ('"
                            + names.get(i) + "', '" + names.get(j) + "')", "give finite covariances");
                }
                if (Math.abs(lowerEntry - upperEntry)
                        > SYMMETRY_TOLERANCE * Math.max(Math.abs(lowerEntry), Math.abs(upperEntry))) {
                    throw new GaussianException("covariance of " + Checks.tuple(names) + " is not symmetric: ('"
                            + names.get(i) + "', '" + names.get(j) + "') is " + lowerEntry + " but ('" + names.get(j)
                            + "', '" + names.get(i) + "') is " + upperEntry, "make the matrix symmetric");
                }
                symmetric[i][j] = 0.5 * (lowerEntry + upperEntry);
                symmetric[j][i] = symmetric[i][j];
            }
        }
        return symmetric;
    }

    public int dim() {
        return mean.length;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[][] cov() {
        return Checks.copy(cov);
    }

    public List<String> names() {
        return names;
    }

    /** How the covariance was constrained when fitted; FULL when given by parameters. */
    public CovarianceStructure structure() {
        return structure;
    }

    /** Rows the model was fitted on; 0 when given by parameters. */
    public long n() {
        return n;
    }

    public Gaussian withMetadata(CovarianceStructure structure, long n) {
        if (structure == null || n < 0) {
            throw new GaussianException("invalid metadata: structure " + structure + ", n = " + n,
                    "give a covariance structure and a row count of at least 0");
        }
        return new Gaussian(mean, cov, names, structure, n, cholesky);
    }

    public double[][] correlation() {
        int d = dim();
        double[][] correlation = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                correlation[i][j] = i == j ? 1 : cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        return correlation;
    }

    /** log|Σ|. */
    public double logDet() {
        return cholesky.logDet();
    }

    /** log((2π)^{d/2} |Σ|^{1/2}). */
    public double logNormalizer() {
        return 0.5 * (dim() * LOG_2PI + logDet());
    }

    /** -½(x-μ)ᵀΣ⁻¹(x-μ) - logNormalizer(); finite as long as the squared distance does not overflow a double. */
    public double logpdf(double[] x) {
        return -0.5 * squaredMahalanobis(x) - logNormalizer();
    }

    /** exp(logpdf); underflows to 0 far in the tails, where {@link #logpdf} stays informative. */
    public double pdf(double[] x) {
        return Math.exp(logpdf(x));
    }

    /** √((x-μ)ᵀΣ⁻¹(x-μ)). */
    public double mahalanobis(double[] x) {
        return Math.sqrt(squaredMahalanobis(x));
    }

    private double squaredMahalanobis(double[] x) {
        Checks.requireVector(x, names, "point");
        return cholesky.quadraticForm(deviation(x));
    }

    private double[] deviation(double[] x) {
        double[] deviation = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            deviation[i] = x[i] - mean[i];
        }
        return deviation;
    }

    Cholesky cholesky() {
        return cholesky;
    }

    @Override
    public String toString() {
        return "Gaussian" + Checks.tuple(names) + " mean=" + java.util.Arrays.toString(mean) + " cov="
                + java.util.Arrays.deepToString(cov);
    }
}
