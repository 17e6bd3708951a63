package gm.runtime;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Checks of how Gaussian a sample looks: moment skewness and kurtosis, the Jarque–Bera and Shapiro–Wilk tests for
 * one variable, and Mardia's multivariate skewness and kurtosis tests for several.
 *
 * <p>Skewness and kurtosis are the moment estimators g1 = m3 / m2^(3/2) and g2 = m4 / m2² − 3 with
 * m_k = (1/n) Σ (x_i − x̄)^k (scipy's {@code skew} and {@code kurtosis(bias=True)}); the adjusted G1 and G2 are
 * the bias-corrected versions that spreadsheets and SAS report.
 */
public final class Normality {
    /** Shapiro–Wilk as approximated by Royston (1995), algorithm AS R94, holds for these sample sizes. */
    public static final int SHAPIRO_WILK_MIN_N = 3;
    public static final int SHAPIRO_WILK_MAX_N = 5000;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Normality() {
    }

    /** g1 = m3 / m2^(3/2) (scipy.stats.skew with bias=True). */
    public static double skewness(double[] x) {
        CentralMoments m = CentralMoments.of(x, 2, "skewness");
        return m.m3 / Math.pow(m.m2, 1.5);
    }

    /** G1 = g1 √(n(n − 1)) / (n − 2) (scipy.stats.skew with bias=False). */
    public static double adjustedSkewness(double[] x) {
        CentralMoments m = CentralMoments.of(x, 3, "adjusted skewness");
        double n = m.n;
        return m.m3 / Math.pow(m.m2, 1.5) * Math.sqrt(n * (n - 1)) / (n - 2);
    }

    /** g2 = m4 / m2² − 3, zero for a normal distribution (scipy.stats.kurtosis with bias=True). */
    public static double excessKurtosis(double[] x) {
        CentralMoments m = CentralMoments.of(x, 2, "kurtosis");
        return m.m4 / (m.m2 * m.m2) - 3;
    }

    /** G2 = ((n + 1) g2 + 6)(n − 1) / ((n − 2)(n − 3)) (scipy.stats.kurtosis with bias=False). */
    public static double adjustedExcessKurtosis(double[] x) {
        CentralMoments m = CentralMoments.of(x, 4, "adjusted kurtosis");
        double n = m.n;
        double g2 = m.m4 / (m.m2 * m.m2) - 3;
        return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3));
    }

    /** JB = n/6 (g1² + g2²/4), asymptotically chi-square with 2 degrees of freedom, so p = exp(−JB/2). */
    public static TestResult jarqueBera(double[] x) {
        CentralMoments m = CentralMoments.of(x, 2, "the Jarque–Bera test");
        double g1 = m.m3 / Math.pow(m.m2, 1.5);
        double g2 = m.m4 / (m.m2 * m.m2) - 3;
        double statistic = m.n / 6.0 * (g1 * g1 + g2 * g2 / 4);
        return new TestResult("Jarque–Bera", statistic, Math.exp(-statistic / 2));
    }

    /**
     * The Shapiro–Wilk W and its p-value by Royston's (1995) approximation: coefficients from the normal order
     * statistic approximations m_i = Φ⁻¹((i − 3/8)/(n + 1/4)) with polynomial corrections for the two extreme
     * pairs, and a normalising transformation of W (of log(1 − W), and for n ≤ 11 of −log(γ − log(1 − W))).
     * Exact for n = 3. Valid for 3 ≤ n ≤ 5000.
     */
    public static TestResult shapiroWilk(double[] x) {
        if (x != null && x.length > SHAPIRO_WILK_MAX_N) {
            throw new GaussianException("the Shapiro–Wilk test is calibrated for at most " + SHAPIRO_WILK_MAX_N
                    + " values, got " + x.length, "use the Jarque–Bera test, or test a random subsample");
        }
        CentralMoments moments = CentralMoments.of(x, SHAPIRO_WILK_MIN_N, "the Shapiro–Wilk test");
        int n = x.length;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] a = shapiroWilkCoefficients(n);
        double numerator = 0;
        for (int i = 0; i < n; i++) {
            numerator += a[i] * sorted[i];
        }
        double sumOfSquares = moments.m2 * n;
        double w = Math.min(1, numerator * numerator / sumOfSquares);
        return new TestResult("Shapiro–Wilk", w, shapiroWilkPValue(w, n));
    }

    /** The coefficients a_1..a_n (antisymmetric, a_n > 0, Σ a_i² = 1). */
    static double[] shapiroWilkCoefficients(int n) {
        double[] a = new double[n];
        if (n == 3) {
            a[0] = -Math.sqrt(0.5);
            a[2] = Math.sqrt(0.5);
            return a;
        }
        double[] m = new double[n];
        double sumSquares = 0;
        for (int i = n / 2; i < n; i++) {
            m[i] = STANDARD_NORMAL.inverseCumulativeProbability((i + 1 - 0.375) / (n + 0.25));
            m[n - 1 - i] = -m[i];
        }
        for (double mi : m) {
            sumSquares += mi * mi;
        }
        double u = 1 / Math.sqrt(n);
        double lastA = m[n - 1] / Math.sqrt(sumSquares)
                + polynomial(u, 0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056);
        int corrected;
        double phi;
        if (n <= 5) {
            corrected = 1;
            phi = (sumSquares - 2 * m[n - 1] * m[n - 1]) / (1 - 2 * lastA * lastA);
            a[n - 1] = lastA;
        } else {
            corrected = 2;
            double secondLastA = m[n - 2] / Math.sqrt(sumSquares)
                    + polynomial(u, 0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633);
            phi = (sumSquares - 2 * m[n - 1] * m[n - 1] - 2 * m[n - 2] * m[n - 2])
                    / (1 - 2 * lastA * lastA - 2 * secondLastA * secondLastA);
            a[n - 1] = lastA;
            a[n - 2] = secondLastA;
        }
        for (int i = n / 2; i < n - corrected; i++) {
            a[i] = m[i] / Math.sqrt(phi);
        }
        for (int i = 0; i < n / 2; i++) {
            a[i] = -a[n - 1 - i];
        }
        return a;
    }

    private static double shapiroWilkPValue(double w, int n) {
        if (n == 3) {
            double exact = 6 / Math.PI * (Math.asin(Math.sqrt(w)) - Math.asin(Math.sqrt(0.75)));
            return Math.min(1, Math.max(0, exact));
        }
        double logOneMinusW = Math.log(1 - w);
        double z;
        if (n <= 11) {
            double gamma = -2.273 + 0.459 * n;
            if (logOneMinusW >= gamma) {
                return 0;
            }
            double y = -Math.log(gamma - logOneMinusW);
            double mu = polynomial(n, 0.5440, -0.39978, 0.025054, -0.0006714);
            double sigma = Math.exp(polynomial(n, 1.3822, -0.77857, 0.062767, -0.0020322));
            z = (y - mu) / sigma;
        } else {
            double logN = Math.log(n);
            double mu = polynomial(logN, -1.5861, -0.31082, -0.083751, 0.0038915);
            double sigma = Math.exp(polynomial(logN, -0.4803, -0.082676, 0.0030302));
            z = (logOneMinusW - mu) / sigma;
        }
        return STANDARD_NORMAL.cumulativeProbability(-z);
    }

    /** c0 + c1 t + c2 t² + … by Horner's rule. */
    private static double polynomial(double t, double... coefficients) {
        double value = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            value = value * t + coefficients[i];
        }
        return value;
    }

    /** Skewness, kurtosis, Jarque–Bera and Shapiro–Wilk of one variable (Shapiro–Wilk needs 3..5000 values). */
    public static UnivariateNormality univariate(double[] x) {
        return new UnivariateNormality(x.length, skewness(x), excessKurtosis(x), jarqueBera(x), shapiroWilk(x));
    }

    /**
     * Mardia's (1970) tests on the rows (n × p) with the MLE covariance S: with d_ij = (x_i − x̄)ᵀ S⁻¹ (x_j − x̄),
     * skewness b1p = (1/n²) Σ_ij d_ij³, tested by n b1p / 6 ~ χ² with p(p + 1)(p + 2)/6 degrees of freedom, and
     * kurtosis b2p = (1/n) Σ_i d_ii², tested by z = (b2p − p(p + 2)) / √(8p(p + 2)/n) ~ N(0, 1), two-sided.
     * These are the large-sample forms, without small-sample corrections.
     */
    public static MardiaTest mardia(double[][] rows, List<String> names) {
        if (rows == null || rows.length == 0) {
            throw new GaussianException("Mardia's test needs data, got no rows", "select rows with values");
        }
        int p = names.size();
        int n = rows.length;
        if (n <= p) {
            throw new GaussianException("Mardia's test on " + p + " variables needs more than " + p + " rows, got " + n,
                    "add rows or test fewer columns");
        }
        Moments moments = new Moments(p);
        for (double[] row : rows) {
            Checks.requireVector(row, names, "row");
            moments.add(row);
        }
        double[] mean = moments.mean();
        Gaussian fitted = Gaussian.create(mean, moments.covariance(Estimator.MLE), names, CovarianceStructure.FULL, n);
        double[][] centred = new double[n][p];
        double[][] whitened = new double[n][];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p; k++) {
                centred[i][k] = rows[i][k] - mean[k];
            }
            whitened[i] = fitted.precisionTimes(centred[i]);
        }
        double sumCubes = 0;
        double sumSquaredDiagonal = 0;
        for (int i = 0; i < n; i++) {
            double dii = dot(centred[i], whitened[i]);
            sumSquaredDiagonal += dii * dii;
            sumCubes += dii * dii * dii;
            for (int j = i + 1; j < n; j++) {
                double dij = dot(centred[i], whitened[j]);
                sumCubes += 2 * dij * dij * dij;
            }
        }
        double b1p = sumCubes / ((double) n * n);
        double b2p = sumSquaredDiagonal / n;
        double skewStatistic = n * b1p / 6;
        int degreesOfFreedom = p * (p + 1) * (p + 2) / 6;
        // The upper regularised gamma function keeps tiny upper-tail probabilities that 1 − cdf would round to 0.
        double skewP = Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, skewStatistic / 2);
        double kurtosisZ = (b2p - p * (p + 2)) / Math.sqrt(8.0 * p * (p + 2) / n);
        double kurtosisP = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(kurtosisZ));
        return new MardiaTest(n, p, b1p, new TestResult("Mardia skewness", skewStatistic, skewP), degreesOfFreedom,
                b2p, new TestResult("Mardia kurtosis", kurtosisZ, kurtosisP));
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int k = 0; k < u.length; k++) {
            sum += u[k] * v[k];
        }
        return sum;
    }

    /** "5%" for 0.05, "0.1%" for 0.001. */
    static String percent(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new GaussianException("the significance level must lie strictly between 0 and 1, got " + Wording.number(alpha),
                    "use a level such as 0.05");
        }
        return new java.math.BigDecimal(Double.toString(alpha)).movePointRight(2).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** Central sample moments m2, m3, m4 (divisor n) of finite values, at least minN of them, not all equal. */
    private static final class CentralMoments {
        final int n;
        final double m2;
        final double m3;
        final double m4;

        private CentralMoments(int n, double m2, double m3, double m4) {
            this.n = n;
            this.m2 = m2;
            this.m3 = m3;
            this.m4 = m4;
        }

        static CentralMoments of(double[] x, int minN, String what) {
            if (x == null || x.length < minN) {
                int count = x == null ? 0 : x.length;
                throw new GaussianException(what + " needs at least " + minN + " values, got " + count, "add values");
            }
            double mean = 0;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i])) {
                    throw new GaussianException("the values have the non-finite value " + x[i] + " at position " + (i + 1),
                            "remove or impute missing and infinite values first");
                }
                mean += x[i];
            }
            mean /= x.length;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            for (double xi : x) {
                double d = xi - mean;
                double d2 = d * d;
                s2 += d2;
                s3 += d2 * d;
                s4 += d2 * d2;
            }
            int n = x.length;
            if (!Double.isFinite(s4)) {
                throw new GaussianException(what + " cannot be computed in double precision: the values are too spread out"
                        + " (their fourth powers overflow)", "rescale the values first, e.g. divide them by a power of 10");
            }
            // Rounding leaves a tiny spread in constant data; relative to the mean it is noise, not variation.
            if (s2 / n <= Math.pow(1e-14 * Math.max(1, Math.abs(mean)), 2)) {
                throw new GaussianException(what + " is undefined: all " + n + " values are equal to " + Wording.number(x[0]),
                        "a constant variable has no shape to test; check the column");
            }
            return new CentralMoments(n, s2 / n, s3 / n, s4 / n);
        }
    }
}
