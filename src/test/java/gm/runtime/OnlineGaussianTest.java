package gm.runtime;

import java.util.List;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OnlineGaussianTest {
    private static void assertRelative(double[][] expected, double[][] actual, double tolerance) {
        double scale = 0;
        for (double[] row : expected) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[i][j], actual[i][j], tolerance * scale, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void thousandUpdatesAgreeWithBatch() {
        Well19937c rng = new Well19937c(2024);
        Gaussian source = Gaussian.of(new double[] {10, -5, 100},
                new double[][] {{4, 1.5, -2}, {1.5, 3, 0.5}, {-2, 0.5, 9}});
        double[][] rows = source.sample(1000, rng);
        OnlineGaussian online = new OnlineGaussian(3);
        Moments batch = new Moments(3);
        for (double[] row : rows) {
            online.update(row);
            batch.add(row);
        }
        double[][] batchCov = batch.covariance(Estimator.UNBIASED);
        // the batch precision by LU, independent of the Cholesky and Sherman–Morrison code
        double[][] batchPrecision = new LUDecomposition(MatrixUtils.createRealMatrix(batchCov)).getSolver().getInverse()
                .getData();
        assertEquals(1000, online.count());
        TestData.assertClose(batch.mean(), online.mean(), 1e-12);
        assertRelative(batchCov, online.cov(), 1e-9);
        assertRelative(batchPrecision, online.precision(), 1e-9);
    }

    @Test
    void precisionNeedsMoreThanDRows() {
        OnlineGaussian online = new OnlineGaussian(List.of("a", "b", "c"));
        online.update(new double[] {1, 2, 3});
        online.update(new double[] {2, 2, 5});
        GaussianException e = assertThrows(GaussianException.class, online::precision);
        assertEquals("the precision of (a, b, c) needs at least 4 rows (d + 1), got 2: 2 more needed", e.getMessage());
        online.update(new double[] {0, 1, 1});
        online.update(new double[] {4, 0, 2});
        // by hand these four rows have a full-rank covariance; check C·P = I
        double[][] product = MatrixUtils.createRealMatrix(online.cov())
                .multiply(MatrixUtils.createRealMatrix(online.precision())).getData();
        assertRelative(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, product, 1e-12);
    }

    @Test
    void singularDataExplainsWhy() {
        OnlineGaussian online = new OnlineGaussian(List.of("a", "b"));
        for (int i = 0; i < 5; i++) {
            online.update(new double[] {i, 7});
        }
        GaussianException e = assertThrows(GaussianException.class, online::precision);
        assertEquals("covariance of (a, b) is singular: 'b' is constant (variance 0)", e.getMessage());
        online.update(new double[] {2, 8});
        assertEquals(2, online.precision().length);
    }

    @Test
    void continuesFromMoments() {
        Moments m = new Moments(1);
        for (double x : new double[] {1, 2, 4}) {
            m.add(new double[] {x});
        }
        OnlineGaussian online = new OnlineGaussian(m);
        online.update(new double[] {9});
        // by hand: rows 1, 2, 4, 9: mean 4, unbiased variance (9 + 4 + 0 + 25)/3 = 38/3
        assertEquals(4, online.mean()[0], 1e-15);
        assertEquals(38.0 / 3, online.cov()[0][0], 1e-14);
        assertEquals(3.0 / 38, online.precision()[0][0], 1e-15);
        assertEquals(4, online.toGaussian().n());
    }

    @Test
    void copiesAreIndependent() {
        OnlineGaussian original = new OnlineGaussian(List.of("a"));
        for (double x : new double[] {1, 2, 4}) {
            original.update(new double[] {x});
        }
        OnlineGaussian copy = original.copy();
        copy.update(new double[] {9});
        // by hand: 1, 2, 4 → mean 7/3, variance 7/3; with 9 added → mean 4, variance 38/3 (as above)
        assertEquals(3, original.count());
        assertEquals(7.0 / 3, original.mean()[0], 1e-15);
        assertEquals(7.0 / 3, original.cov()[0][0], 1e-14);
        assertEquals(4, copy.count());
        assertEquals(38.0 / 3, copy.cov()[0][0], 1e-14);
        assertEquals(3.0 / 38, copy.precision()[0][0], 1e-15);
        assertEquals(3.0 / 7, original.precision()[0][0], 1e-15);
    }
}
