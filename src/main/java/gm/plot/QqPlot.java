package gm.plot;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A normal Q-Q plot: the sorted sample x_(i) against the N(0, 1) quantiles Φ⁻¹((i − 0.5)/n), with the reference
 * line through the first and third quartiles of both, as R's qqline draws it (sample quartiles by R's default
 * type-7 interpolation).
 */
public final class QqPlot implements Figure {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final double[] sorted;
    private final String label;
    private final PlotOptions options;

    public QqPlot(double[] values, String label, PlotOptions options) {
        this.sorted = Values.finite(values, label);
        Arrays.sort(this.sorted);
        this.label = label;
        this.options = options;
    }

    public QqPlot(double[] values, String label) {
        this(values, label, PlotOptions.DEFAULT);
    }

    public QqPlot withOptions(PlotOptions newOptions) {
        return new QqPlot(sorted, label, newOptions);
    }

    /** Φ⁻¹((i − 0.5)/n), i = 1..n. */
    public double[] theoreticalQuantiles() {
        int n = sorted.length;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = STANDARD_NORMAL.inverseCumulativeProbability((i + 0.5) / n);
        }
        return q;
    }

    /** The sample in increasing order. */
    public double[] sampleQuantiles() {
        return sorted.clone();
    }

    /** The line through (Φ⁻¹(1/4), Q1) and (Φ⁻¹(3/4), Q3): {slope, intercept}. */
    public double[] referenceLine() {
        double lowerZ = STANDARD_NORMAL.inverseCumulativeProbability(0.25);
        double upperZ = -lowerZ;
        double q1 = typeSevenQuantile(0.25);
        double q3 = typeSevenQuantile(0.75);
        double slope = (q3 - q1) / (upperZ - lowerZ);
        return new double[] {slope, q1 - slope * lowerZ};
    }

    private double typeSevenQuantile(double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    public String label() {
        return label;
    }

    @Override
    public PlotOptions options() {
        return options;
    }

    @Override
    public String title() {
        return options.title().orElse("Normal Q-Q plot of " + label);
    }
}
