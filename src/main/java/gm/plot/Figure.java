package gm.plot;

/**
 * An immutable description of a figure: the data and how to show it, no drawing. {@link FigureWriter} turns it
 * into a PNG or SVG file and {@link TerminalRenderer} into text.
 */
public sealed interface Figure
        permits Histogram, Scatter, Pairs, Scatter3d, DecisionRegions, PdfCurves, DensityContours, QqPlot {
    PlotOptions options();

    /** The title shown: the options' title, else one made from the variable names. */
    String title();
}
