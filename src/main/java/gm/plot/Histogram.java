package gm.plot;

/** A histogram of one variable with equal-width bins over the data (or over the x range option). */
public final class Histogram implements Figure {
    public static final int MAX_BINS = 1000;

    private final double[] values;
    private final int bins;
    private final String xLabel;
    private final PlotOptions options;
    private final HistogramBins counted;

    /** @param title null for "Histogram of xLabel" */
    public Histogram(double[] values, int bins, String title, String xLabel) {
        this(values, bins, xLabel, PlotOptions.DEFAULT.withTitle(title));
    }

    public Histogram(double[] values, int bins, String xLabel, PlotOptions options) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new PlotException("a histogram needs between 1 and " + MAX_BINS + " bins, got " + bins,
                    "for example 'bins 20'");
        }
        this.values = Values.finite(values, xLabel);
        this.bins = bins;
        this.xLabel = xLabel;
        this.options = options;
        this.counted = HistogramBins.of(this.values, bins, options.xRange().orElse(null));
    }

    public Histogram withOptions(PlotOptions newOptions) {
        return new Histogram(values, bins, xLabel, newOptions);
    }

    public double[] values() {
        return values.clone();
    }

    public HistogramBins bins() {
        return counted;
    }

    public String xLabel() {
        return xLabel;
    }

    @Override
    public PlotOptions options() {
        return options;
    }

    @Override
    public String title() {
        return options.title().orElse("Histogram of " + xLabel);
    }
}
