package gm.runtime;

import java.util.List;

/**
 * A Gaussian estimate updated one row at a time in O(d²): the mean, the unbiased covariance C_n through the
 * rank-one recursion C_n = ((n−2)/(n−1)) C_{n−1} + (1/n) δδᵀ (δ = x − previous mean), and the precision C_n⁻¹
 * through Sherman–Morrison. The precision starts, with one Cholesky inversion, at the first update after which
 * C_n is positive definite (at the earliest n = d + 1). Mutable; accessors return copies.
 */
public final class OnlineGaussian {
    private final List<String> names;
    private final Moments moments;
    private double[][] precision;

    public OnlineGaussian(int dim) {
        this(Checks.defaultNames(checkedDim(dim)));
    }

    public OnlineGaussian(List<String> names) {
        this.names = List.copyOf(names);
        this.moments = new Moments(this.names.size());
    }

    /** Continues from the rows summarised by m (the moments are copied). */
    public OnlineGaussian(Moments m, List<String> names) {
        this(names);
        if (m.dim() != this.names.size()) {
            throw new GaussianException("the moments have " + m.dim() + " columns but " + this.names.size()
                    + " names were given", "give one name per column");
        }
        moments.merge(m);
        startPrecisionIfInvertible();
    }

    /** Variables are named x1..xd. */
    public OnlineGaussian(Moments m) {
        this(m, Checks.defaultNames(m.dim()));
    }

    private static int checkedDim(int dim) {
        if (dim < 1) {
            throw new GaussianException("an online Gaussian needs at least one variable, got dimension " + dim,
                    "give a positive dimension");
        }
        return dim;
    }

    /** An independent copy of the current state, precision included, in O(d²); updating one leaves the other as it was. */
    public OnlineGaussian copy() {
        OnlineGaussian copy = new OnlineGaussian(names);
        copy.moments.merge(moments);
        copy.precision = precision == null ? null : Checks.copy(precision);
        return copy;
    }

    /**
     * A state saved earlier, exactly: the moments of the rows seen and the precision kept by the Sherman–Morrison
     * recursion (absent before C_n became invertible). Recomputing the precision would not give the same bits.
     */
    public static OnlineGaussian restore(List<String> names, Moments moments, java.util.Optional<double[][]> precision) {
        OnlineGaussian state = new OnlineGaussian(names);
        if (moments.dim() != state.dim()) {
            throw new GaussianException("the moments have " + moments.dim() + " columns but " + state.dim()
                    + " names were given", "give one name per column");
        }
        state.moments.merge(moments);
        if (precision.isPresent()) {
            double[][] p = precision.get();
            if (p.length != state.dim()) {
                throw new GaussianException("the precision must be " + state.dim() + "×" + state.dim() + ", got "
                        + p.length + " rows", "give one precision row per variable");
            }
            for (double[] row : p) {
                Checks.requireVector(row, state.names, "precision row");
            }
            state.precision = Checks.copy(p);
        }
        return state;
    }

    /** A copy of the statistics of the rows seen. */
    public Moments moments() {
        Moments copy = new Moments(dim());
        copy.merge(moments);
        return copy;
    }

    /** The precision if it has been started (see {@link #precision()}). */
    public java.util.Optional<double[][]> startedPrecision() {
        return java.util.Optional.ofNullable(precision).map(Checks::copy);
    }

    public void update(double[] x) {
        Checks.requireVector(x, names, "row");
        double[] delta = moments.mean();
        for (int i = 0; i < delta.length; i++) {
            delta[i] = x[i] - delta[i];
        }
        moments.add(x);
        if (precision != null) {
            shermanMorrison(delta);
        } else {
            startPrecisionIfInvertible();
        }
    }

    /**
     * With C_n = a C_{n−1} + b δδᵀ, a = (n−2)/(n−1), b = 1/n and u = C_{n−1}⁻¹δ:
     * C_n⁻¹ = (C_{n−1}⁻¹ − b uuᵀ/(a + b δᵀu)) / a.
     */
    private void shermanMorrison(double[] delta) {
        long n = moments.count();
        double a = (n - 2.0) / (n - 1.0);
        double b = 1.0 / n;
        int d = delta.length;
        double[] u = new double[d];
        for (int i = 0; i < d; i++) {
            u[i] = Gaussian.dot(precision[i], delta);
        }
        double denominator = a + b * Gaussian.dot(delta, u);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                precision[i][j] = (precision[i][j] - b * u[i] * u[j] / denominator) / a;
                precision[j][i] = precision[i][j];
            }
        }
    }

    private void startPrecisionIfInvertible() {
        if (moments.count() <= names.size()) {
            return;
        }
        try {
            Cholesky factor = Cholesky.of(cov(), names, "covariance", true);
            precision = factor.solve(identity(names.size()));
        } catch (GaussianException singular) {
            precision = null;
        }
    }

    private static double[][] identity(int d) {
        double[][] identity = new double[d][d];
        for (int i = 0; i < d; i++) {
            identity[i][i] = 1;
        }
        return identity;
    }

    public long count() {
        return moments.count();
    }

    public int dim() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    public double[] mean() {
        if (moments.count() == 0) {
            throw new GaussianException("the mean of " + Wording.tuple(names) + " is undefined before the first row",
                    "add a row first");
        }
        return moments.mean();
    }

    /** The unbiased covariance C_n (needs n ≥ 2). */
    public double[][] cov() {
        return moments.covariance(Estimator.UNBIASED);
    }

    /** C_n⁻¹; throws until C_n is positive definite, saying how many more rows are needed or what is singular. */
    public double[][] precision() {
        if (precision != null) {
            return Checks.copy(precision);
        }
        long n = moments.count();
        int d = names.size();
        if (n <= d) {
            long missing = d + 1 - n;
            throw new GaussianException("the precision of " + Wording.tuple(names) + " needs at least " + (d + 1)
                    + " rows (d + 1), got " + n + ": " + missing + " more needed",
                    "keep updating; the covariance of d variables is invertible only after more than d rows");
        }
        // Rethrows the diagnosis (constant or dependent columns) of the current covariance.
        Cholesky.of(cov(), names, "covariance", true);
        throw new IllegalStateException("precision not started although the covariance is positive definite");
    }

    /** The current estimate as a Gaussian with the unbiased covariance. */
    public Gaussian toGaussian() {
        return Gaussian.create(mean(), cov(), names, CovarianceStructure.FULL, moments.count());
    }
}
