package gm.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GaussianFitTest {
    private static final List<String> HW = List.of("height", "weight");
    private static final double[][] FIRST_TEN = TestData.firstRows(TestData.heightWeight(), 10);

    private static Gaussian fit(double[][] rows, Estimator e, CovarianceStructure s) {
        return GaussianFit.fit(TestData.moments(rows), null, e, s, HW);
    }

    @Test
    void fullMle() {
        Gaussian g = fit(FIRST_TEN, Estimator.MLE, CovarianceStructure.FULL);
        // numpy.cov(X.T, bias=True) on the first ten (height, weight) rows
        assertClose(new double[] {66.4, 133.5}, g.mean(), 1e-14);
        assertClose(new double[][] {{28.84, 155.9}, {155.9, 963.65}}, g.cov(), 1e-13);
        assertEquals(10, g.n());
        assertEquals(CovarianceStructure.FULL, g.structure());
        assertEquals(HW, g.names());
        // scipy.stats.multivariate_normal(X.mean(0), numpy.cov(X.T, bias=True)).logpdf(X).sum() = -69.16254941199219
        assertClose(-69.16254941199219, GaussianFit.logLikelihood(g, FIRST_TEN), 1e-13);
        // numpy.corrcoef(X.T)[0,1] = 0.9351662488736137
        assertClose(0.9351662488736137, g.correlation()[0][1], 1e-13);
    }

    @Test
    void fullUnbiased() {
        Gaussian g = fit(FIRST_TEN, Estimator.UNBIASED, CovarianceStructure.FULL);
        // numpy.cov(X.T)
        assertClose(new double[][] {{32.044444444444444, 173.2222222222222}, {173.2222222222222, 1070.7222222222222}},
                g.cov(), 1e-13);
    }

    @Test
    void diagonal() {
        Gaussian g = fit(FIRST_TEN, Estimator.MLE, CovarianceStructure.DIAGONAL);
        assertClose(new double[][] {{28.84, 0}, {0, 963.65}}, g.cov(), 1e-13);
        assertEquals(CovarianceStructure.DIAGONAL, g.structure());
        // multivariate_normal(m, diag(diag(C))).logpdf(X).sum() = -79.5412280169025
        assertClose(-79.5412280169025, GaussianFit.logLikelihood(g, FIRST_TEN), 1e-13);
    }

    @Test
    void spherical() {
        Gaussian g = fit(FIRST_TEN, Estimator.MLE, CovarianceStructure.SPHERICAL);
        // trace(numpy.cov(X.T, bias=True)) / 2 = 496.245
        assertClose(new double[][] {{496.245, 0}, {0, 496.245}}, g.cov(), 1e-13);
        // multivariate_normal(m, 496.245·I).logpdf(X).sum() = -90.44946822793236
        assertClose(-90.44946822793236, GaussianFit.logLikelihood(g, FIRST_TEN), 1e-13);
        // trace(numpy.cov(X.T)) / 2 = 551.3833333333333
        Gaussian unbiased = fit(FIRST_TEN, Estimator.UNBIASED, CovarianceStructure.SPHERICAL);
        assertClose(551.3833333333333, unbiased.cov()[1][1], 1e-13);
    }

    @Test
    void originIsAddedBackToTheMean() {
        double[] origin = {67, 125};
        Moments deltas = new Moments(2);
        for (double[] row : FIRST_TEN) {
            deltas.add(new double[] {row[0] - origin[0], row[1] - origin[1]});
        }
        Gaussian g = GaussianFit.fit(deltas, origin, Estimator.MLE, CovarianceStructure.FULL, HW);
        assertClose(new double[] {66.4, 133.5}, g.mean(), 1e-14);
        assertClose(new double[][] {{28.84, 155.9}, {155.9, 963.65}}, g.cov(), 1e-13);
    }

    @Test
    void oneDimensional() {
        Moments m = new Moments(1);
        for (double[] row : FIRST_TEN) {
            m.add(new double[] {row[0]});
        }
        Gaussian g = GaussianFit.fit(m, null, Estimator.MLE, CovarianceStructure.FULL, List.of("height"));
        // at the MLE, Σ log N(x; x̄, σ̂²) = -n/2·log(2πσ̂²) - n/2 with n = 10, σ̂² = 28.84 (numpy.var(heights))
        double expected = -5 * Math.log(2 * Math.PI * 28.84) - 5;
        assertClose(expected, GaussianFit.logLikelihood(g, new double[][] {
            {67}, {68}, {67}, {60}, {64}, {61}, {79}, {61}, {71}, {66}}), 1e-13);
    }

    @Test
    void tenDimensional() {
        int n = 50;
        int d = 10;
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = Math.sin(0.7 * i * (j + 1) + j);
            }
        }
        List<String> names = Checks.defaultNames(d);
        Gaussian g = GaussianFit.fit(TestData.moments(rows), null, Estimator.MLE, CovarianceStructure.FULL, names);
        // X[i,j] = sin(0.7·i·(j+1) + j), i < 50, j < 10; numpy.cov(X.T, bias=True)[0], [9][9], [3][7]
        assertClose(new double[] {0.49038785587523875, -0.017047071475762947, -0.0017647775200833663,
            -0.0018953325559003568, 0.004309332732222099, 0.005106962781951492, -0.0019294061308827522,
            -0.20656114353844962, -0.003081655975354575, -0.47156540471687636}, g.cov()[0], 1e-12);
        assertClose(0.48394046350827086, g.cov()[9][9], 1e-12);
        assertClose(-0.010255903080612493, g.cov()[3][7], 1e-12);
        // multivariate_normal(X.mean(0), numpy.cov(X.T, bias=True)).logpdf(X).sum() = -359.9502502011724
        assertClose(-359.9502502011724, GaussianFit.logLikelihood(g, rows), 1e-11);
    }

    @Test
    void constantColumnIsNamed() {
        double[][] rows = {{60, 100}, {65, 100}, {70, 100}};
        GaussianException e = assertThrows(GaussianException.class,
                () -> fit(rows, Estimator.MLE, CovarianceStructure.FULL));
        assertEquals("covariance of (height, weight) is singular: 'weight' is constant (variance 0)", e.getMessage());
        assertEquals("drop 'weight' (a constant column carries no information)", e.hint());
        assertThrows(GaussianException.class, () -> fit(rows, Estimator.MLE, CovarianceStructure.DIAGONAL));
    }

    @Test
    void linearCombinationIsNamed() {
        double[][] rows = {{1, 3, 0.5}, {2, 5, -1}, {4, 9, 2}, {7, 15, 0}};
        GaussianException e = assertThrows(GaussianException.class, () -> GaussianFit.fit(TestData.moments(rows), null,
                Estimator.UNBIASED, CovarianceStructure.FULL, List.of("a", "b", "c")));
        assertEquals("covariance of (a, b, c) is singular (rank 2 of 3): 'b' is a linear combination of 'a'",
                e.getMessage());
        assertEquals("drop 'b' or use a diagonal or spherical covariance", e.hint());
        // The diagonal fit of the same data is fine.
        GaussianFit.fit(TestData.moments(rows), null, Estimator.UNBIASED, CovarianceStructure.DIAGONAL,
                List.of("a", "b", "c"));
    }

    @Test
    void combinationOfSeveralColumns() {
        // c = a + 2b exactly (small integers keep the arithmetic exact)
        double[][] rows = {{1, 0, 1}, {0, 1, 2}, {2, 3, 8}, {5, 1, 7}, {3, 3, 9}};
        GaussianException e = assertThrows(GaussianException.class, () -> GaussianFit.fit(TestData.moments(rows), null,
                Estimator.MLE, CovarianceStructure.FULL, List.of("a", "b", "c")));
        assertEquals("covariance of (a, b, c) is singular (rank 2 of 3): 'c' is a linear combination of 'a' and 'b'",
                e.getMessage());
    }

    @Test
    void tooFewRowsForFullCovariance() {
        GaussianException e = assertThrows(GaussianException.class,
                () -> fit(TestData.firstRows(FIRST_TEN, 2), Estimator.MLE, CovarianceStructure.FULL));
        assertEquals("a full covariance of (height, weight) needs more rows than variables: got 2 rows for 2 variables",
                e.getMessage());
    }

    @Test
    void namesMustMatchColumns() {
        assertThrows(GaussianException.class, () -> GaussianFit.fit(TestData.moments(FIRST_TEN), null, Estimator.MLE,
                CovarianceStructure.FULL, List.of("height")));
    }
}
