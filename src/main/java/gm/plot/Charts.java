package gm.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws figures with JFreeChart onto any Graphics2D (a bitmap for PNG, JFreeSVG's for SVG). */
final class Charts {
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Shape POINT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    private static final Shape SMALL_POINT = new Ellipse2D.Double(-1.5, -1.5, 3, 3);
    private static final BasicStroke CURVE_STROKE = new BasicStroke(2f);
    private static final int ELLIPSE_POINTS = 200;
    private static final Color BAR_COLOUR = new Color(0x1f77b4);
    private static final Color GRID_COLOUR = new Color(0xdddddd);
    private static final Color BOX_COLOUR = new Color(0x999999);

    private Charts() {
    }

    static void paint(Figure figure, Graphics2D g, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
        if (figure instanceof Pairs pairs) {
            paintPairs(pairs, g, area);
        } else {
            chart(figure).draw(g, area);
        }
    }

    private static JFreeChart chart(Figure figure) {
        if (figure instanceof Histogram histogram) {
            return histogram(histogram);
        }
        if (figure instanceof Scatter scatter) {
            return scatter(scatter);
        }
        if (figure instanceof Scatter3d scatter3d) {
            return scatter3d(scatter3d);
        }
        if (figure instanceof DecisionRegions regions) {
            return decisionRegions(regions);
        }
        if (figure instanceof PdfCurves curves) {
            return pdfCurves(curves);
        }
        if (figure instanceof DensityContours contours) {
            return densityContours(contours);
        }
        if (figure instanceof QqPlot qq) {
            return qqPlot(qq);
        }
        throw new IllegalArgumentException("no chart for " + figure.getClass().getSimpleName());
    }

    private static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            chart.getLegend().setPosition(RectangleEdge.RIGHT);
        }
        return chart;
    }

    private static XYPlot plot(String xLabel, String yLabel, PlotOptions options) {
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        options.xRange().ifPresent(r -> x.setRange(r.min(), r.max()));
        options.yRange().ifPresent(r -> y.setRange(r.min(), r.max()));
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID_COLOUR);
        plot.setRangeGridlinePaint(GRID_COLOUR);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    private static XYPlot histogramPlot(HistogramBins bins, String xLabel, PlotOptions options) {
        XYIntervalSeries series = new XYIntervalSeries("count");
        double[] edges = bins.edges();
        long[] counts = bins.counts();
        for (int i = 0; i < counts.length; i++) {
            series.add((edges[i] + edges[i + 1]) / 2, edges[i], edges[i + 1], counts[i], 0, counts[i]);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, BAR_COLOUR);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        XYPlot plot = plot(xLabel, "count", options);
        plot.setDataset(0, dataset);
        plot.setRenderer(0, renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return plot;
    }

    private static JFreeChart histogram(Histogram histogram) {
        return chart(histogram.title(), histogramPlot(histogram.bins(), histogram.xLabel(), histogram.options()), false);
    }

    /** Points by class on dataset 0, one series per class (or one "data" series). */
    private static void addPoints(XYPlot plot, LabelledPoints points, int xColumn, int yColumn, Shape shape) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<String> classes = points.hasClasses() ? points.classes() : List.of("data");
        for (int c = 0; c < classes.size(); c++) {
            XYSeries series = new XYSeries(classes.get(c), false, true);
            for (double[] row : points.rowsOf(points.hasClasses() ? classes.get(c) : null)) {
                series.add(row[xColumn], row[yColumn]);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(c, Palette.colour(c));
            renderer.setSeriesShape(c, shape);
        }
        int index = plot.getDatasetCount();
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
    }

    /** Unsorted line series, each drawn in its own paint; NaN points break a line. */
    private static void addLines(XYPlot plot, List<XYSeries> lines, List<Color> colours, boolean inLegend) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            dataset.addSeries(lines.get(i));
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, CURVE_STROKE);
            renderer.setSeriesVisibleInLegend(i, inLegend);
        }
        int index = plot.getDatasetCount();
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
    }

    private static JFreeChart scatter(Scatter scatter) {
        XYPlot plot = plot(scatter.xLabel(), scatter.yLabel(), scatter.options());
        LabelledPoints points = scatter.points();
        addPoints(plot, points, 0, 1, POINT);
        List<ClassGaussian> gaussians = scatter.gaussians();
        if (!gaussians.isEmpty()) {
            List<Ellipse> ellipses = scatter.ellipses();
            List<XYSeries> lines = new ArrayList<>();
            List<Color> colours = new ArrayList<>();
            for (int i = 0; i < gaussians.size(); i++) {
                String label = gaussians.get(i).label();
                int classIndex = points.classes().indexOf(label);
                XYSeries outline = new XYSeries(label + " " + scatter.coverage().label().replace("ellipses", "ellipse"),
                        false, true);
                double[][] outlinePoints = ellipses.get(i).points(ELLIPSE_POINTS);
                for (double[] p : outlinePoints) {
                    outline.add(p[0], p[1]);
                }
                outline.add(outlinePoints[0][0], outlinePoints[0][1]);
                lines.add(outline);
                colours.add(Palette.colour(classIndex >= 0 ? classIndex : points.classes().size() + i));
            }
            addLines(plot, lines, colours, true);
        }
        return chart(scatter.title(), plot, points.hasClasses() || !gaussians.isEmpty());
    }

    private static JFreeChart scatter3d(Scatter3d figure) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setVisible(false);
        y.setVisible(false);
        x.setRange(-1.9, 1.9);
        y.setRange(-1.9, 1.9);
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        XYSeries box = new XYSeries("box", false, true);
        for (double[] edge : figure.cubeEdges()) {
            box.add(edge[0], edge[1]);
            box.add(edge[2], edge[3]);
            box.add(edge[2], Double.NaN);
        }
        addLines(plot, List.of(box), List.of(BOX_COLOUR), false);
        ((XYLineAndShapeRenderer) plot.getRenderer(0)).setSeriesStroke(0, new BasicStroke(1f));
        double[][] screen = figure.projected();
        LabelledPoints points = figure.points();
        String[] labels = new String[points.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = points.label(i);
        }
        addPoints(plot, LabelledPoints.of(screen, points.hasClasses() ? labels : null), 0, 1, POINT);
        for (int k = 0; k < 3; k++) {
            double[] at = figure.labelPosition(k);
            AxisRange range = figure.range(k);
            XYTextAnnotation name = new XYTextAnnotation(figure.names().get(k) + " (" + Ticks.format(range.min())
                    + " to " + Ticks.format(range.max()) + ")", at[0], at[1]);
            name.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            name.setTextAnchor(k == 2 ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
            plot.addAnnotation(name);
        }
        return chart(figure.title(), plot, points.hasClasses());
    }

    private static JFreeChart decisionRegions(DecisionRegions figure) {
        XYPlot plot = plot(figure.xLabel(), figure.yLabel(), figure.options());
        ClassGrid grid = figure.grid();
        double[] xs = grid.xCentres();
        double[] ys = grid.yCentres();
        int cells = grid.rows() * grid.columns();
        double[][] xyz = new double[3][cells];
        int k = 0;
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                xyz[0][k] = xs[column];
                xyz[1][k] = ys[row];
                xyz[2][k] = grid.classAt(row, column);
                k++;
            }
        }
        DefaultXYZDataset regions = new DefaultXYZDataset();
        regions.addSeries("regions", xyz);
        List<String> classNames = figure.classNames();
        LookupPaintScale scale = new LookupPaintScale(-0.5, classNames.size() - 0.5, Color.WHITE);
        for (int c = 0; c < classNames.size(); c++) {
            scale.add(c - 0.5, Palette.light(c));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(grid.cellWidth());
        renderer.setBlockHeight(grid.cellHeight());
        renderer.setPaintScale(scale);
        plot.setDataset(0, regions);
        plot.setRenderer(0, renderer);
        if (figure.options().xRange().isEmpty()) {
            plot.getDomainAxis().setRange(xs[0] - grid.cellWidth() / 2, xs[xs.length - 1] + grid.cellWidth() / 2);
        }
        if (figure.options().yRange().isEmpty()) {
            plot.getRangeAxis().setRange(ys[0] - grid.cellHeight() / 2, ys[ys.length - 1] + grid.cellHeight() / 2);
        }
        XYSeriesCollection pointsDataset = new XYSeriesCollection();
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        LabelledPoints points = figure.points();
        List<String> series = points.hasClasses() ? points.classes() : List.of("data");
        for (int s = 0; s < series.size(); s++) {
            XYSeries xy = new XYSeries(series.get(s), false, true);
            for (double[] row : points.rowsOf(points.hasClasses() ? series.get(s) : null)) {
                xy.add(row[0], row[1]);
            }
            pointsDataset.addSeries(xy);
            int classIndex = classNames.indexOf(series.get(s));
            pointRenderer.setSeriesPaint(s, classIndex >= 0 ? Palette.colour(classIndex) : Color.BLACK);
            pointRenderer.setSeriesShape(s, POINT);
        }
        plot.setDataset(1, pointsDataset);
        plot.setRenderer(1, pointRenderer);
        LegendItemCollection legend = new LegendItemCollection();
        for (int c = 0; c < classNames.size(); c++) {
            legend.add(new LegendItem(classNames.get(c), Palette.colour(c)));
        }
        plot.setFixedLegendItems(legend);
        return chart(figure.title(), plot, true);
    }

    private static JFreeChart pdfCurves(PdfCurves figure) {
        XYPlot plot = plot(figure.xLabel(), "density", figure.options());
        List<XYSeries> lines = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Curve> curves = figure.curves();
        for (int i = 0; i < curves.size(); i++) {
            Curve curve = curves.get(i);
            XYSeries series = new XYSeries(curve.name(), false, true);
            double[] x = curve.x();
            double[] y = curve.y();
            for (int j = 0; j < x.length; j++) {
                series.add(x[j], y[j]);
            }
            lines.add(series);
            colours.add(Palette.colour(i));
        }
        addLines(plot, lines, colours, true);
        return chart(figure.title(), plot, curves.size() > 1);
    }

    private static JFreeChart densityContours(DensityContours figure) {
        XYPlot plot = plot(figure.xLabel(), figure.yLabel(), figure.options());
        if (figure.points() != null) {
            addPoints(plot, figure.points(), 0, 1, SMALL_POINT);
        }
        List<XYSeries> lines = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<ContourLine> contours = figure.contours();
        for (int i = 0; i < contours.size(); i++) {
            ContourLine contour = contours.get(i);
            XYSeries series = new XYSeries("density " + Ticks.format(contour.level()), false, true);
            for (int s = 0; s < contour.size(); s++) {
                double[] segment = contour.segment(s);
                series.add(segment[0], segment[1]);
                series.add(segment[2], segment[3]);
                series.add(segment[2], Double.NaN);
            }
            lines.add(series);
            float shade = 0.75f * (1 - (i + 1f) / contours.size());
            colours.add(new Color(shade, shade, 0.55f + shade / 3));
        }
        if (figure.options().xRange().isEmpty()) {
            DensityGrid grid = figure.grid();
            plot.getDomainAxis().setRange(grid.x(0), grid.x(grid.columns() - 1));
            plot.getRangeAxis().setRange(grid.y(0), grid.y(grid.rows() - 1));
        }
        addLines(plot, lines, colours, true);
        return chart(figure.title(), plot, true);
    }

    private static JFreeChart qqPlot(QqPlot figure) {
        XYPlot plot = plot("N(0, 1) quantiles", "sample quantiles of " + figure.label(), figure.options());
        double[] theoretical = figure.theoreticalQuantiles();
        double[] sample = figure.sampleQuantiles();
        addPoints(plot, LabelledPoints.of(zip(theoretical, sample)), 0, 1, POINT);
        double[] line = figure.referenceLine();
        double lo = theoretical[0];
        double hi = theoretical[theoretical.length - 1];
        XYSeries reference = new XYSeries("line through the quartiles", false, true);
        reference.add(lo, line[1] + line[0] * lo);
        reference.add(hi, line[1] + line[0] * hi);
        addLines(plot, List.of(reference), List.of(Palette.colour(3)), false);
        return chart(figure.title(), plot, false);
    }

    private static double[][] zip(double[] x, double[] y) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[] {x[i], y[i]};
        }
        return rows;
    }

    /** A grid of small charts, the title above and the class legend below. */
    private static void paintPairs(Pairs pairs, Graphics2D g, Rectangle2D area) {
        TextTitle title = new TextTitle(pairs.title(), TITLE_FONT);
        RectangleConstraint within = new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, area.getHeight()));
        double titleHeight = title.arrange(g, within).getHeight() + 8;
        title.draw(g, new Rectangle2D.Double(area.getX(), area.getY() + 4, area.getWidth(), titleHeight));
        LabelledPoints points = pairs.points();
        double legendHeight = 0;
        if (points.hasClasses()) {
            XYPlot legendSource = new XYPlot();
            addPoints(legendSource, points, 0, 1, POINT);
            LegendTitle legend = new LegendTitle(legendSource);
            legendHeight = legend.arrange(g, within).getHeight() + 8;
            legend.draw(g, new Rectangle2D.Double(area.getX(), area.getMaxY() - legendHeight, area.getWidth(),
                    legendHeight));
        }
        int n = pairs.names().size();
        double cellWidth = area.getWidth() / n;
        double cellHeight = (area.getHeight() - titleHeight - legendHeight) / n;
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                String xLabel = row == n - 1 ? pairs.names().get(column) : null;
                String yLabel = column == 0 ? pairs.names().get(row) : null;
                XYPlot plot;
                if (row == column) {
                    plot = histogramPlot(pairs.diagonal(column), xLabel, PlotOptions.DEFAULT);
                    plot.getRangeAxis().setLabel(yLabel);
                } else {
                    plot = plot(xLabel, yLabel, PlotOptions.DEFAULT);
                    addPoints(plot, points, column, row, SMALL_POINT);
                }
                new JFreeChart(null, TITLE_FONT, plot, false).draw(g, new Rectangle2D.Double(
                        area.getX() + column * cellWidth, area.getY() + titleHeight + row * cellHeight, cellWidth,
                        cellHeight));
            }
        }
    }
}
