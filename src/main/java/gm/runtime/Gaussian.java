package gm.runtime;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.math3.random.RandomGenerator;

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
    /** How a fit normalised the covariance; null when not fitted by {@link GaussianFit} (or not recorded). */
    private final Estimator estimator;
    private final Cholesky cholesky;

    private Gaussian(double[] mean, double[][] cov, List<String> names, CovarianceStructure structure, long n,
            Estimator estimator, Cholesky cholesky) {
        this.mean = mean;
        this.cov = cov;
        this.names = names;
        this.structure = structure;
        this.n = n;
        this.estimator = estimator;
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
        return create(mean, cov, names, structure, n, "covariance");
    }

    /** @param matrixName what cov is, for messages ("covariance", "scale") */
    static Gaussian create(double[] mean, double[][] cov, List<String> names, CovarianceStructure structure, long n,
            String matrixName) {
        List<String> checkedNames = checkNames(names, mean);
        Checks.requireVector(mean, checkedNames, "mean");
        double[][] symmetric = symmetricCopy(cov, checkedNames, matrixName);
        Cholesky cholesky = Cholesky.of(symmetric, checkedNames, matrixName, n > 0);
        return new Gaussian(mean.clone(), symmetric, checkedNames, structure, n, null, cholesky);
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
                throw new GaussianException("variable '" + name + "' appears twice in " + Wording.tuple(names),
                        "give each variable a distinct name");
            }
        }
        return List.copyOf(names);
    }

    private static double[][] symmetricCopy(double[][] cov, List<String> names, String matrixName) {
        int d = names.size();
        if (cov == null || cov.length != d) {
            throw new GaussianException(matrixName + " of " + Wording.tuple(names) + " must be " + d + "×" + d + ", got "
                    + (cov == null ? "none" : cov.length + " rows"), "give a " + d + "×" + d + " " + matrixName + " matrix");
        }
        for (int i = 0; i < d; i++) {
            if (cov[i] == null || cov[i].length != d) {
                throw new GaussianException(matrixName + " of " + Wording.tuple(names) + " must be " + d + "×" + d
                        + ", but the row of '" + names.get(i) + "' has " + (cov[i] == null ? 0 : cov[i].length)
                        + " entries", "give a square " + matrixName + " matrix");
            }
        }
        double[][] symmetric = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double lowerEntry = cov[i][j];
                double upperEntry = cov[j][i];
                if (!Double.isFinite(lowerEntry) || !Double.isFinite(upperEntry)) {
                    throw new GaussianException(matrixName + " of " + Wording.tuple(names) + " has a non-finite entry for ('"
                            + names.get(i) + "', '" + names.get(j) + "')", "give finite entries");
                }
                if (Math.abs(lowerEntry - upperEntry)
                        > SYMMETRY_TOLERANCE * Math.max(Math.abs(lowerEntry), Math.abs(upperEntry))) {
                    throw new GaussianException(matrixName + " of " + Wording.tuple(names) + " is not symmetric: ('"
                            + names.get(i) + "', '" + names.get(j) + "') is " + lowerEntry + " but ('" + names.get(j)
                            + "', '" + names.get(i) + "') is " + upperEntry, "make the matrix symmetric");
                }
                symmetric[i][j] = 0.5 * lowerEntry + 0.5 * upperEntry; // (a + b) / 2 would overflow near the largest double
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

    /**
     * How the covariance of a fit was normalised (by n or by n - 1); null when the Gaussian was given by its
     * parameters, or is a classifier's class (whose covariance may be pooled or blended).
     */
    public Estimator estimator() {
        return estimator;
    }

    /** The same distribution, described as fitted to n rows (n = 0: given by parameters) with this estimator. */
    public Gaussian withMetadata(CovarianceStructure structure, long n, Estimator estimator) {
        if (structure == null || n < 0) {
            throw new GaussianException("invalid metadata: structure " + structure + ", n = " + n,
                    "give a covariance structure and a row count of at least 0");
        }
        return new Gaussian(mean, cov, names, structure, n, estimator, cholesky);
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
        return cholesky.quadraticFormAbout(x, mean, new double[mean.length]);
    }

    /**
     * {@link #logpdf} of many points without allocating: x (finite, of length d: not checked) and {@code scratch}
     * (length d, overwritten) are the caller's. Gives exactly what {@link #logpdf} gives.
     */
    public double logpdf(double[] x, double[] scratch) {
        return -0.5 * cholesky.quadraticFormAbout(x, mean, scratch) - logNormalizer();
    }

    /** Σ⁻¹v, by two triangular solves with the Cholesky factor (no inverse is formed). */
    public double[] precisionTimes(double[] v) {
        Checks.requireVector(v, names, "vector");
        return cholesky.solve(v);
    }

    /** The marginal over the given variables, in the given order; structure and n are kept. */
    public Gaussian marginal(int[] idx) {
        int[] kept = checkIndices(idx, "marginal");
        if (kept.length == 0) {
            throw new GaussianException("a marginal needs at least one variable", "name the variables to keep");
        }
        return new Gaussian(select(mean, kept), select(cov, kept, kept), select(names, kept), structure, n, estimator,
                Cholesky.of(select(cov, kept, kept), select(names, kept), "covariance", false));
    }

    /**
     * The exact conditional of the remaining variables (in their original order) given the observed ones:
     * μ_r + Σ_ro Σ_oo⁻¹ (x_o - μ_o) and the Schur complement Σ_rr - Σ_ro Σ_oo⁻¹ Σ_or, both through the Cholesky
     * factor of Σ_oo. The result is a Gaussian given by parameters (FULL, n = 0).
     */
    public Gaussian condition(int[] observedIdx, double[] values) {
        int[] observed = checkIndices(observedIdx, "condition");
        if (values == null || values.length != observed.length) {
            throw new GaussianException("conditioning on " + observed.length + " variable" + (observed.length == 1 ? "" : "s")
                    + " needs " + observed.length + " value" + (observed.length == 1 ? "" : "s") + ", got "
                    + (values == null ? 0 : values.length), "give one value per observed variable");
        }
        List<String> observedNames = select(names, observed);
        Checks.requireVector(values, observedNames, "observed values");
        int[] rest = complement(observed);
        if (rest.length == 0) {
            throw new GaussianException("cannot condition on every variable of " + Wording.tuple(names)
                    + ": nothing is left to describe", "leave at least one variable unobserved");
        }
        Cholesky observedFactor = observed.length == 0 ? null
                : Cholesky.of(select(cov, observed, observed), observedNames, "covariance", false);
        double[] conditionalMean = select(mean, rest);
        double[][] conditionalCov = select(cov, rest, rest);
        if (observedFactor != null) {
            double[] observedDeviation = new double[observed.length];
            for (int i = 0; i < observed.length; i++) {
                observedDeviation[i] = values[i] - mean[observed[i]];
            }
            double[] whitenedDeviation = observedFactor.solveLower(observedDeviation);
            // W = L_oo⁻¹ Σ_or, one column per remaining variable: Σ_ro Σ_oo⁻¹ Σ_or = WᵀW.
            double[][] w = new double[rest.length][];
            for (int r = 0; r < rest.length; r++) {
                double[] crossCov = new double[observed.length];
                for (int o = 0; o < observed.length; o++) {
                    crossCov[o] = cov[observed[o]][rest[r]];
                }
                w[r] = observedFactor.solveLower(crossCov);
            }
            for (int r = 0; r < rest.length; r++) {
                conditionalMean[r] += dot(w[r], whitenedDeviation);
                for (int c = 0; c <= r; c++) {
                    conditionalCov[r][c] -= dot(w[r], w[c]);
                    conditionalCov[c][r] = conditionalCov[r][c];
                }
            }
        }
        return Gaussian.create(conditionalMean, conditionalCov, select(names, rest), CovarianceStructure.FULL, 0);
    }

    /** Differential entropy in nats: ½ log((2πe)^d |Σ|). */
    public double entropy() {
        return 0.5 * (dim() * (1 + LOG_2PI) + logDet());
    }

    /**
     * KL(this ‖ other) in nats: ½[tr(Σ₁⁻¹Σ₀) + (μ₁-μ₀)ᵀΣ₁⁻¹(μ₁-μ₀) - d + log|Σ₁|/|Σ₀|], with tr(Σ₁⁻¹Σ₀) =
     * ‖L₁⁻¹L₀‖²_F. Rounding that would make it slightly negative is clamped to 0.
     */
    public double kl(Gaussian other) {
        if (other.dim() != dim()) {
            throw new GaussianException("KL divergence needs Gaussians of the same dimension, got " + dim() + " and "
                    + other.dim(), "compare models over the same variables");
        }
        int d = dim();
        double[][] thisLower = cholesky.lower();
        double trace = 0;
        for (int c = 0; c < d; c++) {
            double[] column = new double[d];
            for (int r = 0; r < d; r++) {
                column[r] = thisLower[r][c];
            }
            double[] solved = other.cholesky.solveLower(column);
            trace += dot(solved, solved);
        }
        double[] meanDifference = new double[d];
        for (int i = 0; i < d; i++) {
            meanDifference[i] = other.mean[i] - mean[i];
        }
        double divergence = 0.5 * (trace + other.cholesky.quadraticForm(meanDifference) - d + other.logDet() - logDet());
        return Math.max(0, divergence);
    }

    /** n independent draws, one per row: μ + Lz with z standard normal from rng. */
    public double[][] sample(int n, RandomGenerator rng) {
        if (n < 0) {
            throw new GaussianException("cannot draw " + n + " samples", "ask for zero or more samples");
        }
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
            double[] draw = cholesky.multiplyLower(z);
            for (int i = 0; i < d; i++) {
                draw[i] += mean[i];
            }
            draws[s] = draw;
        }
        return draws;
    }

    private int[] checkIndices(int[] idx, String operation) {
        if (idx == null) {
            throw new GaussianException(operation + " needs a list of variables", "name the variables");
        }
        boolean[] seen = new boolean[dim()];
        for (int i : idx) {
            if (i < 0 || i >= dim()) {
                throw new GaussianException(operation + ": variable index " + i + " is outside " + Wording.tuple(names)
                        + " (0.." + (dim() - 1) + ")", "use one of " + Wording.quotedList(names));
            }
            if (seen[i]) {
                throw new GaussianException(operation + ": '" + names.get(i) + "' is listed twice",
                        "list each variable once");
            }
            seen[i] = true;
        }
        return idx.clone();
    }

    private int[] complement(int[] idx) {
        boolean[] listed = new boolean[dim()];
        for (int i : idx) {
            listed[i] = true;
        }
        return IntStream.range(0, dim()).filter(i -> !listed[i]).toArray();
    }

    private static double[] select(double[] values, int[] idx) {
        double[] selected = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            selected[i] = values[idx[i]];
        }
        return selected;
    }

    private static double[][] select(double[][] matrix, int[] rows, int[] columns) {
        double[][] selected = new double[rows.length][columns.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                selected[r][c] = matrix[rows[r]][columns[c]];
            }
        }
        return selected;
    }

    private static List<String> select(List<String> names, int[] idx) {
        return IntStream.of(idx).mapToObj(names::get).toList();
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    Cholesky cholesky() {
        return cholesky;
    }

    @Override
    public String toString() {
        return "Gaussian" + Wording.tuple(names) + " mean=" + Arrays.toString(mean) + " cov="
                + Arrays.deepToString(cov);
    }
}
