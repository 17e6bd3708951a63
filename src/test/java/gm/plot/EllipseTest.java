package gm.plot;

import gm.runtime.GaussianException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EllipseTest {
    /** |u·v| = 1 for unit vectors along the same line (eigenvectors are defined up to sign). */
    private static void assertSameLine(double[] expected, double[] actual) {
        assertEquals(1, Math.abs(expected[0] * actual[0] + expected[1] * actual[1]), 1e-12);
    }

    /** (p − μ)ᵀ Σ⁻¹ (p − μ) with the 2 × 2 inverse written out. */
    private static double mahalanobisSquared(double[] p, double[] mean, double[][] cov) {
        double det = cov[0][0] * cov[1][1] - cov[0][1] * cov[1][0];
        double dx = p[0] - mean[0];
        double dy = p[1] - mean[1];
        return (cov[1][1] * dx * dx - 2 * cov[0][1] * dx * dy + cov[0][0] * dy * dy) / det;
    }

    @Test
    void ninetyFivePercentEllipseFollowsTheEigenDecomposition() {
        double[] mean = {1, 2};
        double[][] cov = {{4, 1.5}, {1.5, 2}};
        Ellipse e = Ellipse.of(mean, cov, 0.95);
        // numpy: w, v = numpy.linalg.eigh([[4, 1.5], [1.5, 2]]); r2 = scipy.stats.chi2.ppf(0.95, 2) = 5.991464547107979
        // numpy.sqrt(r2 * w) = [2.6782694639379945, 5.364294917431849]; v[:, 1] = [-0.8817, -0.4719] (major)
        assertEquals(5.364294917431849, e.majorSemiAxis(), 1e-12);
        assertEquals(2.6782694639379945, e.minorSemiAxis(), 1e-12);
        assertSameLine(new double[] {-0.8816745987679436, -0.47185792553202427}, e.majorDirection());
        assertSameLine(new double[] {0.47185792553202427, -0.8816745987679436}, e.minorDirection());
        assertEquals(1.0, e.centreX());
        assertEquals(2.0, e.centreY());
        for (double[] p : e.points(72)) {
            assertEquals(5.991464547107979, mahalanobisSquared(p, mean, cov), 1e-10);
        }
    }

    @Test
    void twoSigmaEllipseOfANegativeCorrelationLeansLeft() {
        double[] mean = {0, 0};
        double[][] cov = {{1, -0.8}, {-0.8, 3}};
        Ellipse e = Ellipse.of(mean, cov, Coverage.sigma(2));
        // numpy: w, v = numpy.linalg.eigh([[1, -0.8], [-0.8, 3]]); numpy.sqrt(4 * w) = [1.6963197251855915, 3.622499053132558]
        // v[:, 1] = [-0.33100694143550047, 0.9436283191604177]
        assertEquals(3.622499053132558, e.majorSemiAxis(), 1e-12);
        assertEquals(1.6963197251855915, e.minorSemiAxis(), 1e-12);
        assertSameLine(new double[] {-0.33100694143550047, 0.9436283191604177}, e.majorDirection());
        assertEquals(Math.atan2(0.9436283191604177, -0.33100694143550047) - Math.PI, e.angle(), 1e-12);
        for (double[] p : e.points(10)) {
            assertEquals(4, mahalanobisSquared(p, mean, cov), 1e-10);
        }
    }

    @Test
    void diagonalCovarianceHasAxesAlongTheCoordinates() {
        Ellipse tall = Ellipse.of(new double[] {0, 0}, new double[][] {{1, 0}, {0, 9}}, Coverage.sigma(1));
        assertEquals(3, tall.majorSemiAxis(), 1e-15);
        assertEquals(1, tall.minorSemiAxis(), 1e-15);
        assertEquals(Math.PI / 2, tall.angle(), 1e-15);
        Ellipse wide = Ellipse.of(new double[] {0, 0}, new double[][] {{9, 0}, {0, 1}}, Coverage.sigma(1));
        assertEquals(0, wide.angle(), 0);
    }

    @Test
    void coverageRadiusAndLegend() {
        // scipy.stats.chi2.ppf(0.5, 2) = 1.3862943611198906 (= 2 ln 2)
        assertEquals(1.3862943611198906, Coverage.level(0.5).radiusSquared(), 1e-15);
        assertEquals(9, Coverage.sigma(3).radiusSquared(), 0);
        assertEquals("95% ellipses", Coverage.DEFAULT.label());
        assertEquals("68.3% ellipses", Coverage.level(0.683).label());
        assertEquals("2σ ellipses", Coverage.sigma(2).label());
        assertEquals("1.5σ ellipses", Coverage.sigma(1.5).label());
        PlotException level = assertThrows(PlotException.class, () -> Coverage.level(95));
        assertEquals("an ellipse level is a probability strictly between 0 and 1, got 95", level.getMessage());
    }

    @Test
    void singularOrMalformedCovarianceIsRefused() {
        assertThrows(GaussianException.class,
                () -> Ellipse.of(new double[] {0, 0}, new double[][] {{1, 2}, {2, 4}}, 0.95));
        assertThrows(GaussianException.class,
                () -> Ellipse.of(new double[] {0, 0}, new double[][] {{1, 0.5}, {0.4, 1}}, 0.95));
        assertThrows(GaussianException.class, () -> Ellipse.of(new double[] {0, 0, 0}, new double[][] {{1}}, 0.95));
    }
}
