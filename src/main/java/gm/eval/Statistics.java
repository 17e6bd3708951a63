package gm.eval;

/** Aggregates of a vector of numbers (no missing values). Means and variances use two passes for accuracy. */
final class Statistics {

    private Statistics() {
    }

    static double sum(double[] x) {
        double sum = 0;
        double compensation = 0;
        for (double v : x) {
            double y = v - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    static double mean(double[] x) {
        double mean = sum(x) / x.length;
        double correction = 0;
        for (double v : x) {
            correction += v - mean;
        }
        return mean + correction / x.length;
    }

    /** Two-pass sample variance (n − 1), with compensated sums and the corrected two-pass formula. */
    static double variance(double[] x) {
        double mean = mean(x);
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
        return Math.sqrt(variance(x));
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
