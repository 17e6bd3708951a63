package gm.plot;

import java.util.function.Function;

/**
 * Predicted classes (indices into a list of class names) at the centres of an evenly spaced grid of cells;
 * classes[row][column], row 0 at the bottom (smallest y).
 */
public final class ClassGrid {
    public static final int MAX_CELLS_PER_SIDE = 2000;

    private final double[] xCentres;
    private final double[] yCentres;
    private final int[][] classes;

    public ClassGrid(double[] xCentres, double[] yCentres, int[][] classes) {
        this.xCentres = evenlySpaced(xCentres, "x");
        this.yCentres = evenlySpaced(yCentres, "y");
        if (classes == null || classes.length != yCentres.length) {
            throw new PlotException("the grid needs one row of classes per y centre (" + yCentres.length + ")",
                    "give classes[row][column]");
        }
        this.classes = new int[classes.length][];
        for (int row = 0; row < classes.length; row++) {
            if (classes[row] == null || classes[row].length != xCentres.length) {
                throw new PlotException("row " + (row + 1) + " of the grid needs one class per x centre ("
                        + xCentres.length + ")", "give classes[row][column]");
            }
            this.classes[row] = classes[row].clone();
        }
    }

    /** The predictor's class at each cell centre of a columns × rows grid over the two ranges. */
    public static ClassGrid evaluate(Function<double[], Integer> predictor, AxisRange x, AxisRange y, int columns,
            int rows) {
        double[] xs = centres(x, columns, "columns");
        double[] ys = centres(y, rows, "rows");
        int[][] classes = new int[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Integer predicted = predictor.apply(new double[] {xs[column], ys[row]});
                if (predicted == null) {
                    throw new PlotException("the classifier gave no class at (" + xs[column] + ", " + ys[row] + ")",
                            "check the classifier");
                }
                classes[row][column] = predicted;
            }
        }
        return new ClassGrid(xs, ys, classes);
    }

    static double[] centres(AxisRange range, int count, String what) {
        if (count < 2 || count > MAX_CELLS_PER_SIDE) {
            throw new PlotException("a grid needs between 2 and " + MAX_CELLS_PER_SIDE + " " + what + ", got " + count,
                    "for example 200 cells per side");
        }
        double width = range.length() / count;
        double[] centres = new double[count];
        for (int i = 0; i < count; i++) {
            centres[i] = range.min() + (i + 0.5) * width;
        }
        return centres;
    }

    private static double[] evenlySpaced(double[] centres, String axis) {
        if (centres == null || centres.length < 2) {
            throw new PlotException("a grid needs at least 2 " + axis + " centres", "give a finer grid");
        }
        double step = centres[1] - centres[0];
        for (int i = 1; i < centres.length; i++) {
            double gap = centres[i] - centres[i - 1];
            if (!(step > 0) || !Double.isFinite(gap) || Math.abs(gap - step) > 1e-9 * Math.max(step, Math.abs(centres[i]))) {
                throw new PlotException("the " + axis + " centres of a grid must increase in equal steps",
                        "give evenly spaced centres");
            }
        }
        return centres.clone();
    }

    public int columns() {
        return xCentres.length;
    }

    public int rows() {
        return yCentres.length;
    }

    public double[] xCentres() {
        return xCentres.clone();
    }

    public double[] yCentres() {
        return yCentres.clone();
    }

    public double cellWidth() {
        return xCentres[1] - xCentres[0];
    }

    public double cellHeight() {
        return yCentres[1] - yCentres[0];
    }

    public int classAt(int row, int column) {
        return classes[row][column];
    }
}
