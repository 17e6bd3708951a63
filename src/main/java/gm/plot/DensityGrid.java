package gm.plot;

import java.util.function.ToDoubleFunction;

/** Values of a 2-d density at the nodes of an evenly spaced grid; values[row][column], row 0 at the smallest y. */
public final class DensityGrid {
    private final double[] xs;
    private final double[] ys;
    private final double[][] values;

    private DensityGrid(double[] xs, double[] ys, double[][] values) {
        this.xs = xs;
        this.ys = ys;
        this.values = values;
    }

    /** The density at columns × rows nodes spanning the two ranges, edges included. */
    public static DensityGrid evaluate(ToDoubleFunction<double[]> density, AxisRange x, AxisRange y, int columns,
            int rows) {
        double[] xs = nodes(x, columns);
        double[] ys = nodes(y, rows);
        double[][] values = new double[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double v = density.applyAsDouble(new double[] {xs[column], ys[row]});
                if (!Double.isFinite(v)) {
                    throw new PlotException("the density is " + v + " at (" + xs[column] + ", " + ys[row] + ")",
                            "plot a proper density, or narrow the axis ranges");
                }
                values[row][column] = v;
            }
        }
        return new DensityGrid(xs, ys, values);
    }

    private static double[] nodes(AxisRange range, int count) {
        if (count < 2 || count > ClassGrid.MAX_CELLS_PER_SIDE) {
            throw new PlotException("a density grid needs between 2 and " + ClassGrid.MAX_CELLS_PER_SIDE
                    + " nodes per side, got " + count, "for example 200 per side");
        }
        double[] nodes = new double[count];
        for (int i = 0; i < count; i++) {
            nodes[i] = i == count - 1 ? range.max() : range.min() + i * range.length() / (count - 1);
        }
        return nodes;
    }

    public int columns() {
        return xs.length;
    }

    public int rows() {
        return ys.length;
    }

    public double x(int column) {
        return xs[column];
    }

    public double y(int row) {
        return ys[row];
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    public double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
