package gm.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Rows of coordinates, each optionally with a class label; classes are ordered by first appearance, which fixes
 * their colours and legend order.
 */
public final class LabelledPoints {
    private final double[][] rows;
    private final String[] labels;
    private final List<String> classes;

    private LabelledPoints(double[][] rows, String[] labels, List<String> classes) {
        this.rows = rows;
        this.labels = labels;
        this.classes = classes;
    }

    /** Points without classes. */
    public static LabelledPoints of(double[][] rows) {
        return of(rows, null);
    }

    /**
     * @param labels one class label per row, or null for points without classes
     * @throws PlotException on ragged rows, non-finite coordinates or a label count that differs from the rows
     */
    public static LabelledPoints of(double[][] rows, String[] labels) {
        if (rows == null || rows.length == 0) {
            throw new PlotException("there are no points to plot", "select rows with values");
        }
        int dim = rows[0].length;
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != dim) {
                throw new PlotException("row " + (i + 1) + " has " + rows[i].length + " values, the first has " + dim,
                        "give every point the same number of coordinates");
            }
            for (double v : rows[i]) {
                if (!Double.isFinite(v)) {
                    throw new PlotException("row " + (i + 1) + " has the non-finite value " + v,
                            "remove or impute missing and infinite values first");
                }
            }
            copy[i] = rows[i].clone();
        }
        if (labels == null) {
            return new LabelledPoints(copy, null, List.of());
        }
        if (labels.length != rows.length) {
            throw new PlotException(labels.length + " class labels were given for " + rows.length + " points",
                    "give one label per point");
        }
        LinkedHashSet<String> classes = new LinkedHashSet<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new PlotException("point " + (i + 1) + " has no class label", "remove rows with a missing class");
            }
            classes.add(labels[i]);
        }
        return new LabelledPoints(copy, labels.clone(), List.copyOf(classes));
    }

    public int size() {
        return rows.length;
    }

    public int dim() {
        return rows[0].length;
    }

    public boolean hasClasses() {
        return labels != null;
    }

    /** Distinct labels in order of first appearance; empty without classes. */
    public List<String> classes() {
        return classes;
    }

    public double[] row(int i) {
        return rows[i].clone();
    }

    public String label(int i) {
        return labels == null ? null : labels[i];
    }

    public double[] column(int j) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][j];
        }
        return column;
    }

    /** The rows of one class, or all rows when className is null. */
    public double[][] rowsOf(String className) {
        List<double[]> selected = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (className == null || className.equals(label(i))) {
                selected.add(rows[i].clone());
            }
        }
        return selected.toArray(double[][]::new);
    }

    /** These points with only the given coordinates, in that order. */
    LabelledPoints select(int... columns) {
        double[][] selected = new double[rows.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < columns.length; k++) {
                selected[i][k] = rows[i][columns[k]];
            }
        }
        return new LabelledPoints(selected, labels, classes);
    }

    void requireDim(int expected, String figure) {
        if (dim() != expected) {
            throw new PlotException("a " + figure + " needs " + expected + " coordinates per point, got " + dim(),
                    "select exactly " + expected + " columns");
        }
    }
}
