package gm.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a 2-d density at given levels, traced by marching squares with linear interpolation along
 * cell edges, optionally over data points.
 */
public final class DensityContours implements Figure {
    /** Default levels as fractions of the grid's highest density. */
    static final double[] DEFAULT_FRACTIONS = {0.1, 0.3, 0.5, 0.7, 0.9};

    private final DensityGrid grid;
    private final double[] levels;
    private final LabelledPoints points;
    private final String xLabel;
    private final String yLabel;
    private final PlotOptions options;

    /**
     * @param levels the densities to trace, or null for 10%, 30%, 50%, 70% and 90% of the highest on the grid
     * @param points data drawn underneath, or null
     */
    public DensityContours(DensityGrid grid, double[] levels, LabelledPoints points, String xLabel, String yLabel,
            PlotOptions options) {
        if (points != null) {
            points.requireDim(2, "contour plot");
        }
        this.grid = grid;
        this.levels = levels == null ? defaultLevels(grid) : Values.finite(levels, "contour levels");
        this.points = points;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.options = options;
    }

    private static double[] defaultLevels(DensityGrid grid) {
        double max = grid.max();
        double[] levels = new double[DEFAULT_FRACTIONS.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = DEFAULT_FRACTIONS[i] * max;
        }
        return levels;
    }

    public DensityContours withOptions(PlotOptions newOptions) {
        return new DensityContours(grid, levels, points, xLabel, yLabel, newOptions);
    }

    public double[] levels() {
        return levels.clone();
    }

    /** One contour line per level, in the order of the levels. */
    public List<ContourLine> contours() {
        List<ContourLine> lines = new ArrayList<>();
        for (double level : levels) {
            lines.add(trace(level));
        }
        return lines;
    }

    private ContourLine trace(double level) {
        List<double[]> segments = new ArrayList<>();
        for (int row = 0; row + 1 < grid.rows(); row++) {
            for (int column = 0; column + 1 < grid.columns(); column++) {
                traceCell(row, column, level, segments);
            }
        }
        return new ContourLine(level, segments.toArray(double[][]::new));
    }

    /** Corners in order bottom-left, bottom-right, top-right, top-left; edge k joins corner k and corner k + 1. */
    private void traceCell(int row, int column, double level, List<double[]> segments) {
        int[][] corners = {{row, column}, {row, column + 1}, {row + 1, column + 1}, {row + 1, column}};
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            v[k] = grid.value(corners[k][0], corners[k][1]);
        }
        List<double[]> crossings = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int next = (k + 1) % 4;
            if ((v[k] >= level) != (v[next] >= level)) {
                double t = (level - v[k]) / (v[next] - v[k]);
                double x0 = grid.x(corners[k][1]);
                double y0 = grid.y(corners[k][0]);
                double x1 = grid.x(corners[next][1]);
                double y1 = grid.y(corners[next][0]);
                crossings.add(new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)});
            }
        }
        if (crossings.size() == 2) {
            segments.add(segment(crossings.get(0), crossings.get(1)));
        } else if (crossings.size() == 4) {
            // A saddle: the mean of the corners decides whether the two high corners are joined through the centre.
            // Edges are crossed in order 0 (bottom), 1 (right), 2 (top), 3 (left).
            boolean centreHigh = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
            boolean bottomLeftHigh = v[0] >= level;
            if (centreHigh == bottomLeftHigh) {
                // the bottom-left and top-right corners share the centre's side: cut off the other two corners
                segments.add(segment(crossings.get(0), crossings.get(1)));
                segments.add(segment(crossings.get(2), crossings.get(3)));
            } else {
                segments.add(segment(crossings.get(3), crossings.get(0)));
                segments.add(segment(crossings.get(1), crossings.get(2)));
            }
        }
    }

    private static double[] segment(double[] from, double[] to) {
        return new double[] {from[0], from[1], to[0], to[1]};
    }

    public DensityGrid grid() {
        return grid;
    }

    /** The data drawn underneath, or null. */
    public LabelledPoints points() {
        return points;
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
        return options.title().orElse("Density contours over " + xLabel + " and " + yLabel);
    }
}
