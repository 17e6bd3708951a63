package gm.runtime;

/**
 * Mergeable sufficient statistics of a stream of d-dimensional rows: count, mean and co-moment matrix
 * (sum of outer products of deviations from the mean), accumulated in one pass with Welford's update and
 * combined with the pairwise update of Chan, Golub and LeVeque, so a merge equals one pass over both parts.
 * Mutable accumulator; the accessors return copies.
 */
public final class Moments {
    private final int dim;
    private long count;
    private final double[] mean;
    /** The co-moment's lower triangle (j &le; i); the upper one is its mirror image, filled in by the accessors. */
    private final double[][] comoment;
    /** The deviation of the row being added (kept to spare an allocation per row). */
    private final double[] deviation;

    public Moments(int dim) {
        if (dim < 1) {
            throw new GaussianException("moments need at least one variable, got dimension " + dim,
                    "select at least one column");
        }
        this.dim = dim;
        this.mean = new double[dim];
        this.comoment = new double[dim][dim];
        this.deviation = new double[dim];
    }

    /** Statistics saved earlier: count rows with this mean and co-moment (copied), e.g. read back from a model file. */
    public static Moments restore(long count, double[] mean, double[][] comoment) {
        if (count < 0) {
            throw new GaussianException("a row count cannot be negative, got " + count, "give a count of at least 0");
        }
        Moments moments = new Moments(mean.length);
        if (comoment.length != mean.length) {
            throw new GaussianException("the co-moment must be " + mean.length + "×" + mean.length + ", got "
                    + comoment.length + " rows", "give one co-moment row per variable");
        }
        for (int i = 0; i < mean.length; i++) {
            Checks.requireVector(comoment[i], mean.length, "co-moment row");
            moments.mean[i] = mean[i];
            moments.comoment[i] = comoment[i].clone();
        }
        moments.count = count;
        return moments;
    }

    public void add(double[] x) {
        Checks.requireVector(x, dim, "row");
        count++;
        double[] delta = deviation;
        for (int i = 0; i < dim; i++) {
            delta[i] = x[i] - mean[i];
            mean[i] += delta[i] / count;
        }
        // (n-1)/n · δδᵀ equals δ(x - new mean)ᵀ but is exactly symmetric in floating point.
        double weight = (count - 1.0) / count;
        for (int i = 0; i < dim; i++) {
            double[] row = comoment[i];
            double weighted = weight * delta[i];
            for (int j = 0; j <= i; j++) {
                row[j] += weighted * delta[j];
            }
        }
        requireFiniteVariances();
    }

    /** With finite variances every covariance is finite too (|c_ij| ≤ √(c_ii c_jj)). */
    private void requireFiniteVariances() {
        for (int i = 0; i < dim; i++) {
            if (!Double.isFinite(comoment[i][i])) {
                throw new GaussianException("the values are too spread out to compute their covariance in double"
                        + " precision (the squared differences overflow)", "rescale the values first, e.g. divide them by a power of 10");
            }
        }
    }

    public void merge(Moments other) {
        if (other.dim != dim) {
            throw new GaussianException("cannot merge moments of dimension " + other.dim + " into dimension " + dim,
                    "merge statistics of the same columns");
        }
        if (other.count == 0) {
            return;
        }
        long total = count + other.count;
        double otherWeight = (double) other.count / total;
        double crossWeight = (double) count * other.count / total;
        double[] delta = new double[dim];
        for (int i = 0; i < dim; i++) {
            delta[i] = other.mean[i] - mean[i];
        }
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j <= i; j++) {
                comoment[i][j] += other.comoment[i][j] + crossWeight * delta[i] * delta[j];
            }
        }
        for (int i = 0; i < dim; i++) {
            mean[i] += delta[i] * otherWeight;
        }
        count = total;
        requireFiniteVariances();
    }

    /**
     * The moments of some of the variables (positions into this one's). In increasing positions they are exactly those
     * that adding only these variables would give; in another order, equal to rounding (a co-moment's products are
     * then taken in the other order).
     */
    public Moments select(int[] variables) {
        Moments selected = new Moments(variables.length);
        selected.count = count;
        for (int a = 0; a < variables.length; a++) {
            selected.mean[a] = mean[variables[a]];
            for (int b = 0; b < variables.length; b++) {
                selected.comoment[a][b] = lowerOrMirror(variables[a], variables[b]);
            }
        }
        return selected;
    }

    public long count() {
        return count;
    }

    public int dim() {
        return dim;
    }

    public double[] mean() {
        return mean.clone();
    }

    private double lowerOrMirror(int i, int j) {
        return j <= i ? comoment[i][j] : comoment[j][i];
    }

    public double[][] comoment() {
        double[][] full = new double[dim][dim];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                full[i][j] = lowerOrMirror(i, j);
            }
        }
        return full;
    }

    /** The co-moment divided by n (MLE) or n - 1 (unbiased). */
    public double[][] covariance(Estimator estimator) {
        long divisor = estimator == Estimator.MLE ? count : count - 1;
        if (divisor < 1) {
            int needed = estimator == Estimator.MLE ? 1 : 2;
            throw new GaussianException(
                    "the " + (estimator == Estimator.MLE ? "MLE" : "unbiased") + " covariance needs at least " + needed + " row"
                            + (needed == 1 ? "" : "s") + ", got " + count,
                    estimator == Estimator.UNBIASED && count == 1
                            ? "add rows, or use the MLE estimator (which gives variance 0 for a single row)"
                            : "add rows");
        }
        double[][] cov = new double[dim][dim];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                cov[i][j] = lowerOrMirror(i, j) / divisor;
            }
        }
        return cov;
    }
}
