package gm.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Plain-text renderings for the REPL and script transcripts: a histogram as horizontal bars of Unicode blocks, a
 * scatter, Q-Q plot or set of 1-d curves on a character grid. At most {@link #WIDTH} columns, axis ends labelled,
 * and the same figure always gives the same text.
 */
public final class TerminalRenderer {
    public static final int WIDTH = 60;
    static final int GUTTER = 9;
    static final int BAR_CELLS = 40;
    static final int GRID_COLUMNS = WIDTH - GUTTER - 1;
    static final int GRID_ROWS = 16;

    /** Markers of classes (or curves) in order; a cell shared by several classes shows {@link #MIXED}. */
    static final char[] MARKERS = {'o', 'x', '+', '#', '@', '%', '&', '=', '$', '~'};
    static final char MIXED = '*';
    static final char OUTLINE = '.';
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private TerminalRenderer() {
    }

    public static String render(Figure figure) {
        if (figure instanceof Histogram histogram) {
            return histogram(histogram);
        }
        if (figure instanceof Scatter scatter) {
            return scatter(scatter);
        }
        if (figure instanceof QqPlot qq) {
            return qqPlot(qq);
        }
        if (figure instanceof PdfCurves curves) {
            return pdfCurves(curves);
        }
        String kind = figure instanceof Pairs ? "a pairs plot" : figure instanceof Scatter3d ? "a 3-d scatter plot"
                : figure instanceof DecisionRegions ? "a decision-region plot" : "a contour plot";
        throw new PlotException(kind + " has no text rendering", "write it to a " + ImageFormat.supported() + " file");
    }

    private static String histogram(Histogram histogram) {
        HistogramBins bins = histogram.bins();
        double[] edges = bins.edges();
        long[] counts = bins.counts();
        long max = bins.maxCount();
        StringBuilder text = new StringBuilder(histogram.title()).append('\n');
        for (int i = 0; i < counts.length; i++) {
            String bar = bar(counts[i], max);
            text.append(leftLabel(edges[i])).append("┤").append(bar)
                    .append(" ".repeat(BAR_CELLS - bar.codePointCount(0, bar.length()))).append(' ').append(counts[i])
                    .append('\n');
        }
        text.append(leftLabel(edges[counts.length])).append("┘\n");
        String left = "0";
        String right = Long.toString(max);
        text.append(" ".repeat(GUTTER + 1)).append(left)
                .append(" ".repeat(Math.max(1, BAR_CELLS - left.length() - right.length()))).append(right).append('\n');
        text.append(" ".repeat(GUTTER + 1)).append("count per bin of ").append(histogram.xLabel()).append('\n');
        return text.toString();
    }

    /** count/max of the bar width, in eighths of a cell; a non-zero count always shows. */
    private static String bar(long count, long max) {
        if (count == 0) {
            return "";
        }
        long eighths = Math.max(1, Math.round(8.0 * BAR_CELLS * count / max));
        return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }

    private static String scatter(Scatter scatter) {
        LabelledPoints points = scatter.points();
        List<double[][]> outlines = new ArrayList<>();
        for (Ellipse ellipse : scatter.ellipses()) {
            outlines.add(ellipse.points(4 * GRID_COLUMNS));
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            xs.add(points.row(i)[0]);
            ys.add(points.row(i)[1]);
        }
        for (double[][] outline : outlines) {
            for (double[] p : outline) {
                xs.add(p[0]);
                ys.add(p[1]);
            }
        }
        CharGrid grid = new CharGrid(scatter.options().xRange().orElse(span(xs)),
                scatter.options().yRange().orElse(span(ys)));
        for (double[][] outline : outlines) {
            for (double[] p : outline) {
                grid.put(p[0], p[1], OUTLINE);
            }
        }
        List<String> classes = points.classes();
        for (int i = 0; i < points.size(); i++) {
            double[] row = points.row(i);
            char marker = points.hasClasses() ? MARKERS[classes.indexOf(points.label(i)) % MARKERS.length] : MARKERS[0];
            grid.putPoint(row[0], row[1], marker);
        }
        List<String> legend = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            legend.add(MARKERS[c % MARKERS.length] + " " + classes.get(c));
        }
        if (grid.hasMixed()) {
            legend.add(MIXED + " several");
        }
        if (!outlines.isEmpty()) {
            legend.add(OUTLINE + " " + scatter.coverage().label());
        }
        return grid.render(scatter.title(), scatter.xLabel(), scatter.yLabel(), legend);
    }

    private static String qqPlot(QqPlot qq) {
        double[] theoretical = qq.theoreticalQuantiles();
        double[] sample = qq.sampleQuantiles();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < sample.length; i++) {
            xs.add(theoretical[i]);
            ys.add(sample[i]);
        }
        CharGrid grid = new CharGrid(qq.options().xRange().orElse(span(xs)), qq.options().yRange().orElse(span(ys)));
        double[] line = qq.referenceLine();
        grid.putLine(x -> line[1] + line[0] * x, OUTLINE);
        for (int i = 0; i < sample.length; i++) {
            grid.put(theoretical[i], sample[i], MARKERS[0]);
        }
        return grid.render(qq.title(), "N(0, 1) quantiles", "sample quantiles of " + qq.label(),
                List.of(MARKERS[0] + " " + qq.label(), OUTLINE + " line through the quartiles"));
    }

    private static String pdfCurves(PdfCurves figure) {
        List<Curve> curves = figure.curves();
        List<Double> xs = new ArrayList<>();
        double top = 0;
        for (Curve curve : curves) {
            double[] x = curve.x();
            xs.add(x[0]);
            xs.add(x[x.length - 1]);
            for (double y : curve.y()) {
                top = Math.max(top, y);
            }
        }
        AxisRange yRange = figure.options().yRange().orElse(top > 0 ? new AxisRange(0, top) : new AxisRange(0, 1));
        CharGrid grid = new CharGrid(figure.options().xRange().orElse(span(xs)), yRange);
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            char marker = MARKERS[i % MARKERS.length];
            grid.putLine(curves.get(i)::at, marker);
            legend.add(marker + " " + curves.get(i).name());
        }
        return grid.render(figure.title(), figure.xLabel(), "density", legend);
    }

    private static AxisRange span(List<Double> values) {
        return AxisRange.spanning(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** "    62.5 " : a number right-aligned in the gutter, before the axis. */
    static String leftLabel(double value) {
        String label = Ticks.format(value);
        return " ".repeat(Math.max(0, GUTTER - 1 - label.length())) + label + " ";
    }

    /** A GRID_COLUMNS × GRID_ROWS canvas over two axis ranges; row 0 is the top. */
    private static final class CharGrid {
        private final AxisRange x;
        private final AxisRange y;
        private final char[][] cells = new char[GRID_ROWS][GRID_COLUMNS];
        /** Whether a data point (not an outline) holds the cell, to tell a cell of one class from a shared one. */
        private final boolean[][] pointCell = new boolean[GRID_ROWS][GRID_COLUMNS];
        private boolean mixed;

        CharGrid(AxisRange x, AxisRange y) {
            this.x = x;
            this.y = y;
            for (char[] row : cells) {
                Arrays.fill(row, ' ');
            }
        }

        int column(double value) {
            return Math.min(GRID_COLUMNS - 1, (int) Math.floor((value - x.min()) / x.length() * GRID_COLUMNS));
        }

        int row(double value) {
            return GRID_ROWS - 1 - Math.min(GRID_ROWS - 1, (int) Math.floor((value - y.min()) / y.length() * GRID_ROWS));
        }

        /** Marks the cell unless the value lies outside the ranges. */
        void put(double xValue, double yValue, char marker) {
            if (x.contains(xValue) && y.contains(yValue)) {
                cells[row(yValue)][column(xValue)] = marker;
            }
        }

        /** As put, but a cell already holding another class's point becomes MIXED. */
        void putPoint(double xValue, double yValue, char marker) {
            if (!x.contains(xValue) || !y.contains(yValue)) {
                return;
            }
            int r = row(yValue);
            int c = column(xValue);
            if (pointCell[r][c] && cells[r][c] != marker) {
                cells[r][c] = MIXED;
                mixed = true;
            } else if (!pointCell[r][c]) {
                cells[r][c] = marker;
                pointCell[r][c] = true;
            }
        }

        boolean hasMixed() {
            return mixed;
        }

        /**
         * f at each column's centre; where it moves by more than one row from the previous column, the rows in
         * between are filled in this column, so steep parts stay connected. NaN leaves a column empty.
         */
        void putLine(DoubleUnaryOperator f, char marker) {
            int previousRow = -1;
            for (int c = 0; c < GRID_COLUMNS; c++) {
                double value = f.applyAsDouble(x.min() + (c + 0.5) * x.length() / GRID_COLUMNS);
                if (!Double.isFinite(value) || value < y.min() || value > y.max()) {
                    previousRow = -1;
                    continue;
                }
                int r = row(value);
                cells[r][c] = marker;
                if (previousRow >= 0) {
                    int step = Integer.signum(r - previousRow);
                    for (int between = previousRow + step; between != r; between += step) {
                        cells[between][c] = marker;
                    }
                }
                previousRow = r;
            }
        }

        String render(String title, String xLabel, String yLabel, List<String> legend) {
            StringBuilder text = new StringBuilder(title).append('\n');
            text.append(" ".repeat(GUTTER + 1)).append(yLabel).append('\n');
            for (int r = 0; r < GRID_ROWS; r++) {
                String prefix = r == 0 ? leftLabel(y.max()) + "┤" : r == GRID_ROWS - 1 ? leftLabel(y.min()) + "┤"
                        : " ".repeat(GUTTER) + "│";
                text.append(prefix).append(new String(cells[r]).stripTrailing()).append('\n');
            }
            text.append(" ".repeat(GUTTER)).append('└').append("─".repeat(GRID_COLUMNS)).append('\n');
            String left = Ticks.format(x.min());
            String right = Ticks.format(x.max());
            text.append(" ".repeat(GUTTER + 1)).append(left)
                    .append(" ".repeat(Math.max(1, GRID_COLUMNS - left.length() - right.length()))).append(right)
                    .append('\n');
            text.append(" ".repeat(GUTTER + 1)).append(xLabel).append('\n');
            if (!legend.isEmpty()) {
                text.append(" ".repeat(GUTTER + 1)).append(String.join("   ", legend)).append('\n');
            }
            return text.toString();
        }
    }
}
