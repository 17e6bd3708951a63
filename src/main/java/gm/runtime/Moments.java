package gm.runtime;

/**
 * Mergeable sufficient statistics of a stream of d-dimensional rows: count, mean and co-moment matrix
 * (sum of outer products of deviations from the mean). Rows are added in blocks of {@value #BLOCK}: a block's mean
 * and co-moment are computed in two passes over it, and blocks are combined with the pairwise update of Chan, Golub
 * and LeVeque, as {@link #merge} combines two accumulators. That is as accurate as Welford's update row by row (more,
 * for long streams) and needs no division per row. Mutable accumulator; the accessors return copies.
 */
public final class Moments {
    /** Rows held before they are folded in (a block's two passes then run over memory in the cache); a multiple of 4. */
    static final int BLOCK = 64;

    private final int dim;
    private long count;
    /** The running mean, which the co-moment's updates are taken about. */
    private final double[] mean;
    /**
     * Each variable's sum, and the rounding errors of its additions (Neumaier's compensation): the mean read out is the
     * sum's over the count, rounded about once, where the running mean gathers a rounding per block (1e-15 relative
     * after a million rows). NaN after {@link #restore}, whose saved mean is then read out as it was.
     */
    private final double[] sum;
    private final double[] sumError;
    /** The co-moment's lower triangle (j &le; i); the upper one is its mirror image, filled in by the accessors. */
    private final double[][] comoment;
    /** Rows added but not yet folded in, by columns: variable i of pending row r at i &times; BLOCK + r. */
    private final double[] pending;
    private int pendingRows;
    /** A block's mean, co-moment (lower triangle, by rows of d) and a deviation, kept to spare allocations. */
    private final double[] blockMean;
    private final double[] deviation;
    private final double[] blockComoment;

    public Moments(int dim) {
        if (dim < 1) {
            throw new GaussianException("moments need at least one variable, got dimension " + dim,
                    "select at least one column");
        }
        this.dim = dim;
        this.mean = new double[dim];
        this.sum = new double[dim];
        this.sumError = new double[dim];
        this.comoment = new double[dim][dim];
        this.pending = new double[BLOCK * dim];
        this.blockMean = new double[dim];
        this.deviation = new double[dim];
        this.blockComoment = new double[dim * dim];
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
            moments.sum[i] = Double.NaN;
            moments.comoment[i] = comoment[i].clone();
        }
        moments.count = count;
        return moments;
    }

    public void add(double[] x) {
        Checks.requireVector(x, dim, "row");
        int r = pendingRows;
        for (int i = 0, at = r; i < dim; i++, at += BLOCK) {
            pending[at] = x[i];
        }
        pendingRows = r + 1;
        if (pendingRows == BLOCK) {
            fold();
        }
    }

    /** Folds in the rows added since the last fold, if any (before the statistics are read or merged). */
    private void foldPending() {
        if (pendingRows > 0) {
            // A short block reads as one of zeros. (Filled here, not in fold: a path that only the last block of a
            // chunk takes would make the compiler throw fold's code away at every chunk's end.)
            for (int i = 0, from = 0; i < dim; i++, from += BLOCK) {
                java.util.Arrays.fill(pending, from + pendingRows, from + BLOCK, 0.0);
            }
            fold();
        }
    }

    /**
     * Folds the pending rows (at least one; a short block is followed by zeros) in as one block. They are held by
     * columns, so that every loop here runs over the rows of one or two columns: long loops of independent steps (four
     * partial sums each), where a loop over the d variables would be too short to run fast.
     */
    private void fold() {
        int n = pendingRows;
        pendingRows = 0;
        double[] columns = pending;
        for (int i = 0, from = 0; i < dim; i++, from += BLOCK) {
            double blockSum = sum(columns, from);
            addToSum(i, blockSum, 0);
            double blockMeanI = blockSum / n;
            if (!Double.isFinite(blockMeanI)) {
                // the sum overflowed; huge values may still lie close together: their mean from the first one
                double first = columns[from];
                double shift = 0;
                for (int r = from; r < from + n; r++) {
                    shift += (columns[r] - first) / n;
                }
                blockMeanI = first + shift;
            }
            blockMean[i] = blockMeanI;
            for (int r = from; r < from + n; r++) {
                columns[r] -= blockMeanI;
            }
        }
        double[] block = blockComoment;
        double[] dev = deviation;
        for (int i = 0; i < dim; i++) {
            int j = 0;
            for (; j < i; j += 2) {
                dots(columns, i * BLOCK, j * BLOCK, block, i * dim + j);
            }
            if (j == i) {
                block[i * dim + i] = dot(columns, i * BLOCK, i * BLOCK);
            }
        }
        long total = count + n;
        double blockWeight = (double) n / total;
        double crossWeight = (double) count * n / total;
        for (int i = 0; i < dim; i++) {
            dev[i] = blockMean[i] - mean[i];
        }
        for (int i = 0; i < dim; i++) {
            double[] row = comoment[i];
            for (int j = 0; j <= i; j++) {
                row[j] += block[i * dim + j] + crossWeight * dev[i] * dev[j];
            }
        }
        for (int i = 0; i < dim; i++) {
            mean[i] += dev[i] * blockWeight;
        }
        count = total;
        requireFiniteVariances();
    }

    /** The sum of a block's column at {@code from}, in four interleaved partial sums. */
    private static double sum(double[] a, int from) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int r = from; r < from + BLOCK; r += 4) {
            s0 += a[r];
            s1 += a[r + 1];
            s2 += a[r + 2];
            s3 += a[r + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The dot product of a block's columns at {@code from} and {@code other}, in four interleaved partial sums. */
    private static double dot(double[] a, int from, int other) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int r = 0; r < BLOCK; r += 4) {
            s0 += a[from + r] * a[other + r];
            s1 += a[from + r + 1] * a[other + r + 1];
            s2 += a[from + r + 2] * a[other + r + 2];
            s3 += a[from + r + 3] * a[other + r + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@link #dot} of the column at {@code from} with the two columns from {@code other} on, into {@code into} and the
     * element after it: each sum taken as {@code dot} takes it, but both at once, which keeps twice as many additions
     * in flight and reads the first column once.
     */
    private static void dots(double[] a, int from, int other, double[] into, int at) {
        int second = other + BLOCK;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        for (int r = 0; r < BLOCK; r += 4) {
            double x0 = a[from + r];
            double x1 = a[from + r + 1];
            double x2 = a[from + r + 2];
            double x3 = a[from + r + 3];
            s0 += x0 * a[other + r];
            s1 += x1 * a[other + r + 1];
            s2 += x2 * a[other + r + 2];
            s3 += x3 * a[other + r + 3];
            t0 += x0 * a[second + r];
            t1 += x1 * a[second + r + 1];
            t2 += x2 * a[second + r + 2];
            t3 += x3 * a[second + r + 3];
        }
        into[at] = (s0 + s1) + (s2 + s3);
        into[at + 1] = (t0 + t1) + (t2 + t3);
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
        foldPending();
        other.foldPending();
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
            addToSum(i, other.sum[i], other.sumError[i]);
        }
        count = total;
        requireFiniteVariances();
    }

    /** Adds x, whose own rounding error so far is {@code error}, to variable i's compensated sum. */
    private void addToSum(int i, double x, double error) {
        double s = sum[i];
        double t = s + x;
        sumError[i] += (Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s) + error;
        sum[i] = t;
    }

    /**
     * The moments of some of the variables (positions into this one's). In increasing positions they are exactly those
     * that adding only these variables would give; in another order, equal to rounding (a co-moment's products are
     * then taken in the other order).
     */
    public Moments select(int[] variables) {
        foldPending();
        Moments selected = new Moments(variables.length);
        selected.count = count;
        for (int a = 0; a < variables.length; a++) {
            selected.mean[a] = mean[variables[a]];
            selected.sum[a] = sum[variables[a]];
            selected.sumError[a] = sumError[variables[a]];
            for (int b = 0; b < variables.length; b++) {
                selected.comoment[a][b] = lowerOrMirror(variables[a], variables[b]);
            }
        }
        return selected;
    }

    public long count() {
        foldPending();
        return count;
    }

    public int dim() {
        return dim;
    }

    public double[] mean() {
        foldPending();
        double[] read = mean.clone();
        for (int i = 0; i < dim && count > 0; i++) {
            double total = sum[i] + sumError[i];
            if (Double.isFinite(total)) { // else the sums overflowed or were restored: the running mean
                read[i] = total / count;
            }
        }
        return read;
    }

    private double lowerOrMirror(int i, int j) {
        return j <= i ? comoment[i][j] : comoment[j][i];
    }

    public double[][] comoment() {
        foldPending();
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
        foldPending();
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
