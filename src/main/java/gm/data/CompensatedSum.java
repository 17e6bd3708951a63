package gm.data;

/**
 * A sum of doubles with Neumaier's compensation (Kahan–Babuška): unlike Kahan's it keeps a small term added to a much
 * larger one (1 + 1e100 + 1 − 1e100 is 2, not 0). Mutable accumulator; sums of parts merge.
 */
public final class CompensatedSum {
    private double sum;
    private double compensation;

    public void add(double v) {
        double t = sum + v;
        if (Double.isFinite(t)) {
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
        }
        sum = t;
    }

    /** Adds the terms summed by another accumulator. */
    public void add(CompensatedSum other) {
        add(other.sum);
        compensation += other.compensation;
    }

    public double value() {
        return Double.isFinite(sum) ? sum + compensation : sum;
    }

    public static double of(double[] x) {
        CompensatedSum total = new CompensatedSum();
        for (double v : x) {
            total.add(v);
        }
        return total.value();
    }
}
