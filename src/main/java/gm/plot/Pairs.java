package gm.plot;

import java.util.List;

/** A scatter matrix: every pair of variables against each other, each variable's histogram on the diagonal. */
public final class Pairs implements Figure {
    public static final int MAX_VARIABLES = 10;
    public static final int DEFAULT_BINS = 15;

    private final LabelledPoints points;
    private final List<String> names;
    private final int bins;
    private final PlotOptions options;

    public Pairs(LabelledPoints points, List<String> names, int bins, PlotOptions options) {
        if (names.size() != points.dim()) {
            throw new PlotException(names.size() + " names were given for " + points.dim() + " variables",
                    "give one name per column");
        }
        if (names.size() < 2 || names.size() > MAX_VARIABLES) {
            throw new PlotException("a pairs plot needs between 2 and " + MAX_VARIABLES + " variables, got "
                    + names.size(), "select fewer columns, or use a histogram for one");
        }
        if (bins < 1 || bins > Histogram.MAX_BINS) {
            throw new PlotException("a histogram needs between 1 and " + Histogram.MAX_BINS + " bins, got " + bins,
                    "for example 'bins 20'");
        }
        this.points = points;
        this.names = List.copyOf(names);
        this.bins = bins;
        this.options = options;
    }

    public Pairs(LabelledPoints points, List<String> names) {
        this(points, names, DEFAULT_BINS, PlotOptions.DEFAULT);
    }

    public Pairs withOptions(PlotOptions newOptions) {
        return new Pairs(points, names, bins, newOptions);
    }

    public LabelledPoints points() {
        return points;
    }

    public List<String> names() {
        return names;
    }

    public int bins() {
        return bins;
    }

    /** The histogram on the diagonal for variable j (all classes together). */
    public HistogramBins diagonal(int j) {
        return HistogramBins.of(points.column(j), bins, null);
    }

    @Override
    public PlotOptions options() {
        return options;
    }

    @Override
    public String title() {
        return options.title().orElse("Pairs of " + String.join(", ", names));
    }
}
