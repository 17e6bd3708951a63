package gm.eval;

/**
 * Aggregates of a vector of numbers (no missing values). Sums are compensated (Kahan–Babuška–Neumaier), variances take
 * two passes, and values large enough to overflow are scaled by a power of two first.
 */
final class Statistics {

    private Statistics() {
    }

    /** Unlike Kahan's sum this keeps a small term added to a much larger one (1 + 1e100 + 1 − 1e100 is 2, not 0). */
    static double sum(double[] x) {
        return gm.data.CompensatedSum.of(x);
    }

    static double mean(double[] x) {
        double scale = scale(x);
        return scale == 1 ? unscaledMean(x) : unscaledMean(divide(x, scale)) * scale;
    }

    /**
     * 1, or for values so large that their sums or squares could overflow a power of two near the largest of them:
     * dividing by it is exact, and the mean and spread of the quotients scale back.
     */
    private static double scale(double[] x) {
        double largest = 0;
        for (double v : x) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest > 0x1p500 ? Math.scalb(1.0, Math.getExponent(largest)) : 1;
    }

    private static double[] divide(double[] x, double scale) {
        double[] quotients = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            quotients[i] = x[i] / scale;
        }
        return quotients;
    }

    /**
     * The compensated sum over n. (A second pass adding Σ(x − mean)/n, as R does in extended precision, makes things
     * worse in doubles when large values cancel: it gave 0.5556 for the mean of 1e16, −1e16 and 1.)
     */
    private static double unscaledMean(double[] x) {
        return sum(x) / x.length;
    }

    /** Two-pass sample variance (n − 1); Inf when it is beyond the largest double. */
    static double variance(double[] x) {
        double scale = scale(x);
        return scale == 1 ? unscaledVariance(x) : unscaledVariance(divide(x, scale)) * scale * scale;
    }

    /** Two-pass sample variance (n − 1), with compensated sums and the corrected two-pass formula. */
    private static double unscaledVariance(double[] x) {
        double mean = unscaledMean(x);
        double[] squares = new double[x.length];
        double[] deviations = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            deviations[i] = x[i] - mean;
            squares[i] = deviations[i] * deviations[i];
        }
        double d = sum(deviations);
        return (sum(squares) - d * d / x.length) / (x.length - 1);
    }

    static double sd(double[] x) {
        double scale = scale(x);
        return Math.sqrt(unscaledVariance(scale == 1 ? x : divide(x, scale))) * scale;
    }

    static double min(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
        }
        return min;
    }

    static double max(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        return max;
    }
}
