package gm.plot;

import java.util.List;

/** Several named 1-d densities overlaid on one x axis, for example a prior, a likelihood and a posterior. */
public final class PdfCurves implements Figure {
    private final List<Curve> curves;
    private final String xLabel;
    private final PlotOptions options;

    public PdfCurves(List<Curve> curves, String xLabel, PlotOptions options) {
        if (curves.isEmpty()) {
            throw new PlotException("there are no curves to plot", "give at least one density");
        }
        this.curves = List.copyOf(curves);
        this.xLabel = xLabel;
        this.options = options;
    }

    public PdfCurves(List<Curve> curves, String xLabel) {
        this(curves, xLabel, PlotOptions.DEFAULT);
    }

    public PdfCurves withOptions(PlotOptions newOptions) {
        return new PdfCurves(curves, xLabel, newOptions);
    }

    public List<Curve> curves() {
        return curves;
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
        return options.title().orElse("Density of " + xLabel);
    }
}
