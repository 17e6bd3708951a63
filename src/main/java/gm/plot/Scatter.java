package gm.plot;

import java.util.List;

/**
 * Points in two variables coloured by class, optionally with the ellipse of each class's Gaussian at a stated
 * coverage; the legend names the classes and the coverage.
 */
public final class Scatter implements Figure {
    private final LabelledPoints points;
    private final String xLabel;
    private final String yLabel;
    private final List<ClassGaussian> gaussians;
    private final Coverage coverage;
    private final PlotOptions options;

    public Scatter(LabelledPoints points, String xLabel, String yLabel, List<ClassGaussian> gaussians,
            Coverage coverage, PlotOptions options) {
        points.requireDim(2, "scatter plot");
        this.points = points;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.gaussians = List.copyOf(gaussians);
        this.coverage = coverage;
        this.options = options;
    }

    public Scatter(LabelledPoints points, String xLabel, String yLabel) {
        this(points, xLabel, yLabel, List.of(), Coverage.DEFAULT, PlotOptions.DEFAULT);
    }

    public Scatter withOptions(PlotOptions newOptions) {
        return new Scatter(points, xLabel, yLabel, gaussians, coverage, newOptions);
    }

    public LabelledPoints points() {
        return points;
    }

    public List<ClassGaussian> gaussians() {
        return gaussians;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** One ellipse per Gaussian, in the same order. */
    public List<Ellipse> ellipses() {
        return gaussians.stream().map(g -> g.ellipse(coverage)).toList();
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    @Override
    public PlotOptions options() {
        return options;
    }

    @Override
    public String title() {
        return options.title().orElse(yLabel + " against " + xLabel);
    }
}
