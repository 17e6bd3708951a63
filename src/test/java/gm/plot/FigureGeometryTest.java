package gm.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import gm.runtime.Estimator;
import gm.runtime.Moments;
import gm.runtime.CovarianceStructure;
import gm.runtime.classify.ClassPrior;
import gm.runtime.classify.GaussianClassifier;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The numbers behind the figures, checked against numpy/scipy or against the definitions. */
class FigureGeometryTest {
    static double[] rawHeights() throws IOException {
        return Files.readAllLines(Path.of("examples/data/heightWeightDataRaw.txt")).stream().skip(1)
                .filter(line -> !line.isBlank()).mapToDouble(line -> Double.parseDouble(line.split("\t")[1])).toArray();
    }

    @Test
    void histogramBinsMatchNumpy() throws IOException {
        double[] h = rawHeights();
        HistogramBins bins = new Histogram(h, 20, null, "Height").bins();
        // numpy.histogram(h, 20)
        assertArrayEquals(new long[] {1, 2, 0, 1, 5, 18, 20, 19, 18, 12, 33, 16, 15, 15, 10, 16, 6, 1, 1, 4},
                bins.counts());
        double[] edges = bins.edges();
        assertEquals(55, edges[0]);
        assertEquals(56.2, edges[1], 1e-12);
        assertEquals(79, edges[20]);
        // numpy.histogram(h, 10, range=(60, 75)): values outside are left out
        HistogramBins ranged = new Histogram(h, 10, "Height",
                PlotOptions.DEFAULT.withXRange(new AxisRange(60, 75))).bins();
        assertArrayEquals(new long[] {9, 18, 33, 20, 29, 16, 28, 18, 20, 12}, ranged.counts());
    }

    @Test
    void valuesOnEdgesFallAsInNumpy() {
        double[] tenths = new double[11];
        for (int i = 0; i <= 10; i++) {
            tenths[i] = i / 10.0;
        }
        // numpy.histogram(numpy.arange(11) / 10, 10): rounding of i/10 against the edges, the last bin closed
        assertArrayEquals(new long[] {1, 1, 2, 0, 1, 2, 1, 0, 1, 2},
                new Histogram(tenths, 10, null, "x").bins().counts());
        // numpy.histogram([5., 5., 5.], 4) -> counts [0, 0, 3, 0], edges [4.5, 4.75, 5, 5.25, 5.5]
        HistogramBins constant = new Histogram(new double[] {5, 5, 5}, 4, null, "x").bins();
        assertArrayEquals(new long[] {0, 0, 3, 0}, constant.counts());
        assertArrayEquals(new double[] {4.5, 4.75, 5, 5.25, 5.5}, constant.edges(), 1e-15);
    }

    @Test
    void histogramTitleAndBadBins() {
        assertEquals("Histogram of Height", new Histogram(new double[] {1, 2}, 2, null, "Height").title());
        assertEquals("Heights", new Histogram(new double[] {1, 2}, 2, "Heights", "Height").title());
        PlotException bins = assertThrows(PlotException.class, () -> new Histogram(new double[] {1}, 0, null, "x"));
        assertEquals("a histogram needs between 1 and 1000 bins, got 0", bins.getMessage());
        PlotException nan = assertThrows(PlotException.class,
                () -> new Histogram(new double[] {1, Double.NaN}, 3, null, "Height"));
        assertEquals("'Height' has the non-finite value NaN at position 2", nan.getMessage());
    }

    @Test
    void qqCoordinatesMatchScipyAndQqline() {
        QqPlot qq = new QqPlot(new double[] {3.1, 0.4, 2.2, 5.9, 1.7, 2.8, 4.4, 2.0}, "x");
        // scipy.stats.probplot(q)[0][1] (the ordered sample); probplot's own x uses Filliben's positions, so the
        // theoretical quantiles are scipy.stats.norm.ppf((numpy.arange(1, 9) - 0.5) / 8)
        assertArrayEquals(new double[] {0.4, 1.7, 2.0, 2.2, 2.8, 3.1, 4.4, 5.9}, qq.sampleQuantiles(), 0);
        assertArrayEquals(new double[] {-1.5341205443525463, -0.887146559018876, -0.4887764111146695,
            -0.1573106846101707, 0.1573106846101707, 0.4887764111146695, 0.887146559018876, 1.5341205443525463},
                qq.theoreticalQuantiles(), 1e-14);
        // R's qqline: numpy.quantile(q, [.25, .75]) (type 7) against scipy.stats.norm.ppf([.25, .75])
        double[] line = qq.referenceLine();
        assertEquals(1.1119516638792015, line[0], 1e-14);
        assertEquals(2.675, line[1], 1e-14);
    }

    @Test
    void threeDimensionalViewIsAnOrthonormalScreenFacingTheViewer() {
        double[][] rows = {{0, 0, 0}, {1, 10, 100}, {0.5, 5, 50}};
        for (double[] view : new double[][] {{-60, 30}, {0, 0}, {45, 60}, {200, -20}}) {
            Scatter3d figure = new Scatter3d(LabelledPoints.of(rows), List.of("a", "b", "c"), view[0], view[1],
                    PlotOptions.DEFAULT);
            double[] right = figure.screenRight();
            double[] up = figure.screenUp();
            double az = Math.toRadians(view[0]);
            double el = Math.toRadians(view[1]);
            // The viewer looks from this direction at the cube; it must be perpendicular to the screen and the
            // screen right-handed seen from there (right × up = towards the viewer).
            double[] towardsViewer = {Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el)};
            assertEquals(1, dot(right, right), 1e-15);
            assertEquals(1, dot(up, up), 1e-15);
            assertEquals(0, dot(right, up), 1e-15);
            assertEquals(0, dot(right, towardsViewer), 1e-15);
            assertEquals(0, dot(up, towardsViewer), 1e-15);
            assertArrayEquals(towardsViewer, cross(right, up), 1e-15);
            // The vertical axis points straight up on screen, shortened by the elevation.
            assertArrayEquals(new double[] {0, Math.cos(el)}, figure.project(new double[] {0, 0, 1}), 1e-15);
            // Data ranges map onto the cube's sides.
            assertArrayEquals(new double[] {-1, -1, -1}, figure.scaled(rows[0]), 1e-15);
            assertArrayEquals(new double[] {0, 0, 0}, figure.scaled(rows[2]), 1e-15);
        }
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    @Test
    void decisionRegionsAgreeWithTheClassifierAtSampledCells() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/data/heightWeightData.txt"));
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Moments male = new Moments(2);
        Moments female = new Moments(2);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double[] row = {Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim())};
            rows.add(row);
            labels.add(f[0].trim().equals("1") ? "male" : "female");
            (f[0].trim().equals("1") ? male : female).add(row);
        }
        List<String> classes = List.of("male", "female");
        GaussianClassifier qda = GaussianClassifier.qda(classes, List.of(male, female), null,
                List.of("height", "weight"), Estimator.MLE, CovarianceStructure.FULL, ClassPrior.empirical());
        AxisRange x = new AxisRange(55, 80);
        AxisRange y = new AxisRange(80, 280);
        ClassGrid grid = ClassGrid.evaluate(p -> qda.predict(p).predictedIndex(), x, y, 120, 90);
        DecisionRegions figure = new DecisionRegions(grid,
                LabelledPoints.of(rows.toArray(double[][]::new), labels.toArray(String[]::new)), classes, "height",
                "weight", PlotOptions.DEFAULT);
        int[] seen = new int[2];
        for (int row = 0; row < grid.rows(); row += 7) {
            for (int column = 0; column < grid.columns(); column += 11) {
                double cx = x.min() + (column + 0.5) * x.length() / 120;
                double cy = y.min() + (row + 0.5) * y.length() / 90;
                int expected = qda.predict(new double[] {cx, cy}).predictedIndex();
                assertEquals(expected, figure.grid().classAt(row, column), "cell " + row + ", " + column);
                seen[expected]++;
            }
        }
        assertTrue(seen[0] > 0 && seen[1] > 0, "both classes appear on the grid");
        PlotException unknown = assertThrows(PlotException.class, () -> new DecisionRegions(grid,
                LabelledPoints.of(new double[][] {{60, 100}}, new String[] {"child"}), classes, "h", "w",
                PlotOptions.DEFAULT));
        assertEquals("the points have the class 'child', which the classifier does not know", unknown.getMessage());
    }

    @Test
    void precomputedGridIsCheckedAgainstTheClassNames() {
        ClassGrid grid = new ClassGrid(new double[] {0, 1, 2}, new double[] {0, 1}, new int[][] {{0, 0, 1}, {0, 1, 2}});
        assertEquals(2, grid.classAt(1, 2));
        assertThrows(PlotException.class, () -> new DecisionRegions(grid, LabelledPoints.of(new double[][] {{0, 0}}),
                List.of("a", "b"), "x", "y", PlotOptions.DEFAULT));
        assertThrows(PlotException.class, () -> new ClassGrid(new double[] {0, 1, 3}, new double[] {0, 1},
                new int[][] {{0, 0, 0}, {0, 0, 0}}));
    }

    @Test
    void gaussianContourLiesOnItsEllipse() {
        double[] mean = {1, -1};
        double[][] cov = {{2, 0.6}, {0.6, 1}};
        double det = cov[0][0] * cov[1][1] - cov[0][1] * cov[0][1];
        // N(mean, cov) density written out; the level at squared Mahalanobis radius 2 is exp(-1) / (2π √det)
        DensityGrid grid = DensityGrid.evaluate(p -> {
            double dx = p[0] - mean[0];
            double dy = p[1] - mean[1];
            double q = (cov[1][1] * dx * dx - 2 * cov[0][1] * dx * dy + cov[0][0] * dy * dy) / det;
            return Math.exp(-q / 2) / (2 * Math.PI * Math.sqrt(det));
        }, new AxisRange(-4, 6), new AxisRange(-5, 3), 201, 161);
        double level = Math.exp(-1) / (2 * Math.PI * Math.sqrt(det));
        DensityContours figure = new DensityContours(grid, new double[] {level}, null, "x", "y", PlotOptions.DEFAULT);
        ContourLine contour = figure.contours().get(0);
        assertTrue(contour.size() > 100, "segments: " + contour.size());
        for (int s = 0; s < contour.size(); s++) {
            double[] segment = contour.segment(s);
            for (int end = 0; end < 4; end += 2) {
                double dx = segment[end] - mean[0];
                double dy = segment[end + 1] - mean[1];
                double q = (cov[1][1] * dx * dx - 2 * cov[0][1] * dx * dy + cov[0][0] * dy * dy) / det;
                assertEquals(2, q, 0.01, "segment " + s);
            }
        }
        double[] defaults = new DensityContours(grid, null, null, "x", "y", PlotOptions.DEFAULT).levels();
        assertEquals(0.9 * grid.max(), defaults[4], 1e-15);
    }

    @Test
    void curvesAreSampledAndInterpolated() {
        Curve line = Curve.sample("line", x -> 2 * x + 1, new AxisRange(0, 1), 11);
        assertEquals(11, line.size());
        assertEquals(1.0, line.x()[10]);
        assertEquals(2.0, line.at(0.5), 1e-15);
        assertEquals(1.5, line.at(0.25), 1e-15);
        assertTrue(Double.isNaN(line.at(1.5)));
        assertThrows(PlotException.class, () -> new Curve("c", new double[] {0, 0}, new double[] {1, 1}));
    }

    @Test
    void scatterClassesKeepFirstAppearanceOrder() {
        LabelledPoints points = LabelledPoints.of(new double[][] {{0, 0}, {1, 1}, {2, 2}},
                new String[] {"b", "a", "b"});
        assertEquals(List.of("b", "a"), points.classes());
        assertEquals(2, points.rowsOf("b").length);
        PlotException count = assertThrows(PlotException.class,
                () -> LabelledPoints.of(new double[][] {{0, 0}}, new String[] {"a", "b"}));
        assertEquals("2 class labels were given for 1 points", count.getMessage());
        assertThrows(PlotException.class, () -> new Scatter(LabelledPoints.of(new double[][] {{0, 0, 0}}), "x", "y"));
    }
}
