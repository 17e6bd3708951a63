package gm.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianTest {
    private static final Gaussian TWO_D = Gaussian.of(new double[] {1, 2}, new double[][] {{2, .5}, {.5, 1}});

    @Test
    void densityMatchesScipy() {
        // scipy.stats.multivariate_normal([1,2],[[2,.5],[.5,1]]).logpdf([0,0]) = -4.117684960377057
        assertClose(-4.117684960377057, TWO_D.logpdf(new double[] {0, 0}), 1e-14);
        // ... .pdf([0,0]) = 0.01628216470064355
        assertClose(0.01628216470064355, TWO_D.pdf(new double[] {0, 0}), 1e-14);
        // ... .logpdf([3,-1]) = -10.117684960377057
        assertClose(-10.117684960377057, TWO_D.logpdf(new double[] {3, -1}), 1e-14);
    }

    @Test
    void distanceDeterminantAndNormalizer() {
        // sqrt(dx @ solve(S, dx)) with dx = [-1,-2] = 2.0 (by hand: S⁻¹ = [[1,-.5],[-.5,2]]/1.75, dxᵀS⁻¹dx = 7/1.75 = 4)
        assertClose(2.0, TWO_D.mahalanobis(new double[] {0, 0}), 1e-14);
        // log det [[2,.5],[.5,1]] = log 1.75
        assertClose(Math.log(1.75), TWO_D.logDet(), 1e-14);
        // log(2π) + ½ log 1.75 = 2.1176849603770567
        assertClose(2.1176849603770567, TWO_D.logNormalizer(), 1e-14);
    }

    @Test
    void oneDimensional() {
        Gaussian g = Gaussian.of(new double[] {3}, new double[][] {{4}});
        // scipy.stats.norm(3, 2).logpdf(1.5) = -1.893335713764618
        assertClose(-1.893335713764618, g.logpdf(new double[] {1.5}), 1e-14);
        assertEquals(List.of("x1"), g.names());
    }

    @Test
    void farTailLogpdfIsFiniteAndAnalytic() {
        Gaussian g = Gaussian.of(new double[] {3}, new double[][] {{4}});
        // 1e3 σ away: -½·1e6 - log(2·√(2π)) = -500001.6120857138 (also scipy.stats.norm(3,2).logpdf(2003))
        double logpdf = g.logpdf(new double[] {3 + 2e3});
        assertTrue(Double.isFinite(logpdf));
        assertClose(-500001.6120857138, logpdf, 1e-14);
        assertEquals(0.0, g.pdf(new double[] {3 + 2e3}));
        // 2-d, x = μ + 1e3·L·e1 (L = cholesky of Σ): -½·1e6 - log(2π) - ½ log 1.75 = -500002.11768496037
        double[] x = {1 + 1e3 * Math.sqrt(2), 2 + 1e3 * 0.5 / Math.sqrt(2)};
        assertClose(-500002.11768496037, TWO_D.logpdf(x), 1e-14);
    }

    @Test
    void tenDimensional() {
        double[] mean = new double[10];
        double[] x = new double[10];
        for (int i = 0; i < 10; i++) {
            mean[i] = 0.5 * i;
            x[i] = Math.cos(i);
        }
        Gaussian g = Gaussian.of(mean, TestData.cov10());
        // scipy.stats.multivariate_normal(0.5*arange(10), A@A.T+I).logpdf(cos(arange(10))) = -41.299389767327725
        assertClose(-41.299389767327725, g.logpdf(x), 1e-13);
        // numpy.linalg.slogdet(A@A.T+I)[1] = 12.455544796889829
        assertClose(12.455544796889829, g.logDet(), 1e-13);
        // sqrt(dx @ solve(C, dx)) = 7.19475253734776
        assertClose(7.19475253734776, g.mahalanobis(x), 1e-13);
    }

    @Test
    void correlationAndCopies() {
        double[][] correlation = TWO_D.correlation();
        // .5 / sqrt(2·1)
        assertClose(new double[][] {{1, .5 / Math.sqrt(2)}, {.5 / Math.sqrt(2), 1}}, correlation, 1e-15);
        TWO_D.cov()[0][0] = 100;
        TWO_D.mean()[0] = 100;
        assertEquals(2, TWO_D.cov()[0][0]);
        assertEquals(1, TWO_D.mean()[0]);
        assertEquals(CovarianceStructure.FULL, TWO_D.structure());
        assertEquals(0, TWO_D.n());
        Gaussian fitted = TWO_D.withMetadata(CovarianceStructure.DIAGONAL, 12, null);
        assertEquals(CovarianceStructure.DIAGONAL, fitted.structure());
        assertEquals(12, fitted.n());
        assertEquals(TWO_D.logpdf(new double[] {0, 0}), fitted.logpdf(new double[] {0, 0}));
    }

    @Test
    void parameterCounts() {
        assertEquals(5, CovarianceStructure.FULL.parameterCount(2));
        assertEquals(65, CovarianceStructure.FULL.parameterCount(10));
        assertEquals(20, CovarianceStructure.DIAGONAL.parameterCount(10));
        assertEquals(11, CovarianceStructure.SPHERICAL.parameterCount(10));
    }

    @Test
    void rejectsAsymmetricCovariance() {
        GaussianException e = assertThrows(GaussianException.class,
                () -> Gaussian.of(new double[] {0, 0}, new double[][] {{1, .5}, {.4, 1}}, List.of("a", "b")));
        assertEquals("covariance of (a, b) is not symmetric: ('b', 'a') is 0.4 but ('a', 'b') is 0.5", e.getMessage());
    }

    @Test
    void toleratesRoundingAsymmetry() {
        Gaussian g = Gaussian.of(new double[] {0, 0}, new double[][] {{1, .5}, {.5 * (1 + 1e-12), 1}});
        assertEquals(g.cov()[0][1], g.cov()[1][0]);
    }

    @Test
    void rejectsImpossibleCorrelation() {
        GaussianException e = assertThrows(GaussianException.class,
                () -> Gaussian.of(new double[] {0, 0}, new double[][] {{1, 2}, {2, 1}}, List.of("a", "b")));
        assertTrue(e.getMessage().startsWith("covariance of (a, b) is not positive definite: the covariances of 'b'"
                + " with the earlier variables are impossible"), e.getMessage());
        GaussianException negative = assertThrows(GaussianException.class,
                () -> Gaussian.of(new double[] {0, 0}, new double[][] {{1, 0}, {0, -1}}, List.of("a", "b")));
        assertEquals("covariance of (a, b) is not positive definite: the variance of 'b' is negative (-1.0)",
                negative.getMessage());
    }

    @Test
    void singularParametersNameTheVariable() {
        GaussianException e = assertThrows(GaussianException.class, () -> Gaussian.of(new double[] {0, 0, 0},
                new double[][] {{1, 2, 0}, {2, 4, 0}, {0, 0, 1}}, List.of("a", "b", "c")));
        assertEquals("covariance of (a, b, c) is singular (rank 2 of 3): 'b' is a linear combination of 'a'",
                e.getMessage());
        assertTrue(e.hint().startsWith("give a positive-definite matrix"));
    }

    @Test
    void rejectsBadShapesAndPoints() {
        assertThrows(GaussianException.class, () -> Gaussian.of(new double[] {0, 0}, new double[][] {{1}}));
        assertThrows(GaussianException.class,
                () -> Gaussian.of(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}, List.of("a")));
        assertThrows(GaussianException.class,
                () -> Gaussian.of(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}, List.of("a", "a")));
        GaussianException length = assertThrows(GaussianException.class, () -> TWO_D.logpdf(new double[] {1, 2, 3}));
        assertEquals("point has 3 values but the model has 2 variables", length.getMessage());
        GaussianException nan = assertThrows(GaussianException.class, () -> TWO_D.logpdf(new double[] {1, Double.NaN}));
        assertEquals("point has the non-finite value NaN for 'x2'", nan.getMessage());
    }
}
