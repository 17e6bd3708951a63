package gm.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected values from scipy 1.17 (import scipy.stats as st) on the same data; Mardia's from numpy with the
 * textbook formulas (script in {@link #mardiaOnHeightWeightMatchesNumpy}).
 */
class NormalityTest {
    /** numpy.random.default_rng(5).exponential(2.0, 40) rounded to 3 decimals. */
    private static final double[] EXPONENTIAL_40 = {3.973, 1.5, 2.603, 1.059, 0.06, 0.868, 1.284, 0.23, 0.116, 2.001,
        2.18, 2.332, 0.455, 4.364, 2.864, 4.027, 1.037, 0.166, 0.876, 1.138, 4.244, 0.088, 0.258, 1.727, 0.709, 1.392,
        2.377, 0.084, 3.546, 0.003, 4.296, 1.858, 0.61, 1.393, 2.613, 1.034, 0.863, 2.163, 2.948, 0.73};
    /** then .uniform(0, 10, 12) rounded to 3 decimals. */
    private static final double[] UNIFORM_12 = {2.355, 3.198, 7.999, 5.071, 5.064, 2.362, 0.145, 9.332, 0.858, 8.449,
        3.679, 9.51};
    /** numpy.random.default_rng(7): after a 30×3 normal draw, .lognormal(0, 1, 60) rounded to 3 decimals. */
    private static final double[] LOGNORMAL_60 = {0.976, 1.951, 0.712, 2.864, 0.995, 1.792, 0.275, 1.414, 0.185, 0.131,
        0.738, 0.407, 1.178, 9.438, 0.435, 0.536, 1.228, 1.637, 0.838, 0.814, 2.019, 1.682, 0.356, 0.924, 1.036, 0.348,
        1.297, 0.424, 2.643, 1.213, 1.093, 0.554, 0.888, 0.136, 0.323, 1.437, 0.119, 2.332, 0.174, 2.131, 0.429, 2.179,
        1.14, 0.215, 3.487, 4.228, 0.936, 0.76, 0.852, 0.377, 3.0, 0.581, 0.95, 0.452, 0.535, 0.279, 3.515, 0.857, 2.627,
        1.013};
    /** numpy.round(numpy.random.default_rng(7).standard_normal((30, 3)) @ [[1, .5, 0], [0, 1, .3], [0, 0, 1]], 3) */
    private static final double[][] CORRELATED_30X3 = {{0.001, 0.299, -0.185}, {-0.891, -0.9, -1.128},
        {0.06, 1.37, -0.09}, {-0.62, 0.18, 0.504}, {0.105, -0.878, -0.308}, {0.695, -0.997, -0.861},
        {-1.901, -2.24, -2.229}, {-0.235, -1.385, -0.109}, {0.157, -0.109, -2.573}, {-0.539, -0.318, 0.099},
        {-1.53, -1.243, -1.122}, {-0.809, 0.656, -0.489}, {-0.033, 0.868, -0.318}, {-0.112, 0.055, 0.097},
        {-1.225, -0.536, 1.382}, {-1.547, 0.086, 0.377}, {-0.641, 1.68, 1.362}, {-1.199, -0.525, 0.599},
        {-0.189, 0.589, 0.138}, {0.667, 1.772, -0.244}, {0.203, -0.362, -0.012}, {-1.187, -1.173, -0.37},
        {0.899, 1.595, -0.98}, {-0.795, 0.25, -1.798}, {-0.463, -0.329, 1.228}, {0.689, 0.017, -0.467},
        {-0.25, 1.398, 0.029}, {-0.304, 0.201, -0.015}, {-0.197, -1.213, -0.346}, {-0.444, 0.944, 1.003}};

    /** The Height column of examples/data/heightWeightDataRaw.txt (tab-separated, header line, 213 rows). */
    private static double[] rawHeights() throws IOException {
        return Files.readAllLines(Path.of("examples/data/heightWeightDataRaw.txt")).stream().skip(1)
                .filter(line -> !line.isBlank()).mapToDouble(line -> Double.parseDouble(line.split("\t")[1])).toArray();
    }

    @Test
    void momentsOfRawHeightsMatchScipy() throws IOException {
        double[] h = rawHeights();
        assertEquals(213, h.length);
        // st.skew(h), st.skew(h, bias=False), st.kurtosis(h), st.kurtosis(h, bias=False)
        assertEquals(0.21486331369428896, Normality.skewness(h), 1e-13);
        assertEquals(0.21639017900320826, Normality.adjustedSkewness(h), 1e-13);
        assertEquals(-0.23442329668664375, Normality.excessKurtosis(h), 1e-13);
        assertEquals(-0.21131383714916874, Normality.adjustedExcessKurtosis(h), 1e-13);
    }

    @Test
    void testsOfRawHeightsMatchScipy() throws IOException {
        double[] h = rawHeights();
        TestResult jb = Normality.jarqueBera(h);
        // st.jarque_bera(h) -> (2.12662089980622, 0.34531078205139987)
        assertEquals(2.12662089980622, jb.statistic(), 1e-12);
        assertEquals(0.34531078205139987, jb.pValue(), 1e-12);
        TestResult sw = Normality.shapiroWilk(h);
        // st.shapiro(h) -> (0.9861615022247354, 0.03593766071896645)
        assertEquals(0.9861615022247354, sw.statistic(), 1e-8);
        assertEquals(0.03593766071896645, sw.pValue(), 1e-8);
        UnivariateNormality all = Normality.univariate(h);
        assertEquals(213, all.n());
        assertEquals("not consistent with a normal distribution at the 5% level", all.verdict(0.05));
        assertEquals("consistent with a normal distribution at the 1% level", all.verdict(0.01));
    }

    @Test
    void skewedSampleMatchesScipy() {
        // st.skew, st.kurtosis, st.jarque_bera, st.shapiro of EXPONENTIAL_40
        assertEquals(0.6629015362067749, Normality.skewness(EXPONENTIAL_40), 1e-13);
        assertEquals(0.6890134949067563, Normality.adjustedSkewness(EXPONENTIAL_40), 1e-13);
        assertEquals(-0.6370325943181876, Normality.excessKurtosis(EXPONENTIAL_40), 1e-13);
        assertEquals(-0.5580477370659898, Normality.adjustedExcessKurtosis(EXPONENTIAL_40), 1e-13);
        TestResult jb = Normality.jarqueBera(EXPONENTIAL_40);
        assertEquals(3.605940521741616, jb.statistic(), 1e-12);
        assertEquals(0.1648086358510659, jb.pValue(), 1e-12);
        TestResult sw = Normality.shapiroWilk(EXPONENTIAL_40);
        assertEquals(0.9124103808803563, sw.statistic(), 1e-8);
        assertEquals(0.00448074369507468, sw.pValue(), 1e-8);
        assertEquals("not consistent with a normal distribution at the 5% level: moderately skewed (right)",
                Normality.univariate(EXPONENTIAL_40).verdict(0.05));
    }

    @Test
    void heavyTailedSkewedSampleIsDescribed() {
        // st.skew(L) 3.433996738682278, st.kurtosis(L) 16.02842491346633, st.shapiro(L) (0.671202508864357, 2.5698e-10),
        // st.jarque_bera(L) (760.1993490293767, 8.410247664172751e-166)
        UnivariateNormality result = Normality.univariate(LOGNORMAL_60);
        assertEquals(3.433996738682278, result.skewness(), 1e-12);
        assertEquals(16.02842491346633, result.excessKurtosis(), 1e-11);
        assertEquals(760.1993490293767, result.jarqueBera().statistic(), 1e-9);
        assertEquals(8.410247664172751e-166, result.jarqueBera().pValue(), 1e-175);
        assertEquals(0.671202508864357, result.shapiroWilk().statistic(), 1e-8);
        assertEquals(2.569805681225009e-10, result.shapiroWilk().pValue(), 1e-12);
        assertEquals("not consistent with a normal distribution at the 5% level: strongly skewed (right), heavy-tailed",
                result.verdict(0.05));
    }

    @Test
    void shapiroWilkOnSmallSamplesMatchesScipy() {
        // n = 12 uses the log(1 - W) transformation; n <= 11 the -log(gamma - log(1 - W)) one; n = 3 is exact.
        assertShapiro(UNIFORM_12, 0.9210730643858419, 0.2949249862010366); // st.shapiro(UNIFORM_12)
        assertShapiro(new double[] {2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8}, 0.9401366781979513, 0.6399513746153818);
        assertShapiro(new double[] {1, 2, 4, 9, 3}, 0.8669607110584259, 0.2543338401775038);
        assertShapiro(new double[] {1, 2, 4, 9}, 0.8946862708551955, 0.4051472112475074);
        assertShapiro(new double[] {1, 2, 4}, 0.9642857142857142, 0.6368868450289689);
    }

    /** scipy's swilk takes the normal quantiles from AS 241 PPND7 (about 7 digits), hence the tolerance. */
    private static void assertShapiro(double[] x, double w, double p) {
        TestResult result = Normality.shapiroWilk(x);
        assertEquals(w, result.statistic(), 1e-8, "W");
        assertEquals(p, result.pValue(), 1e-8, "p");
    }

    @Test
    void shapiroWilkCoefficientsAreAntisymmetricAndNormalised() {
        for (int n : new int[] {3, 4, 5, 6, 11, 12, 101, 5000}) {
            double[] a = Normality.shapiroWilkCoefficients(n);
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                assertEquals(-a[n - 1 - i], a[i], 1e-15);
                sumSquares += a[i] * a[i];
            }
            assertEquals(1, sumSquares, 1e-12, "n = " + n);
        }
    }

    @Test
    void smallSamplesMatchScipy() {
        double[] four = {1, 2, 4, 9};
        // st.skew(four, bias=False), st.kurtosis(four, bias=False), st.jarque_bera(four)
        assertEquals(1.3309377322476705, Normality.adjustedSkewness(four), 1e-13);
        assertEquals(1.5, Normality.adjustedExcessKurtosis(four), 1e-13);
        assertEquals(0.5603100549156825, Normality.jarqueBera(four).statistic(), 1e-13);
        assertEquals(-1.0, Normality.excessKurtosis(four), 1e-14);
    }

    @Test
    void mardiaOnHeightWeightMatchesNumpy() {
        // C = X - X.mean(0); S = C.T @ C / n; D = C @ inv(S) @ C.T; b1 = (D**3).sum() / n**2;
        // b2 = (diag(D)**2).sum() / n; A = n*b1/6 with st.chi2.sf(A, p(p+1)(p+2)/6);
        // z = (b2 - p(p+2)) / sqrt(8p(p+2)/n) with 2*st.norm.sf(|z|); X = (height, weight) of heightWeightData.txt
        MardiaTest m = Normality.mardia(TestData.heightWeight(), List.of("height", "weight"));
        assertEquals(210, m.n());
        assertEquals(2, m.dim());
        assertEquals(3.3033371393848285, m.skewness(), 1e-11);
        assertEquals(115.616799878469, m.skewnessTest().statistic(), 1e-9);
        assertEquals(4, m.skewnessDegreesOfFreedom());
        assertEquals(4.6086132275447865e-24, m.skewnessTest().pValue(), 1e-26);
        assertEquals(12.687529527530549, m.kurtosis(), 1e-11);
        assertEquals(8.49109454904157, m.kurtosisTest().statistic(), 1e-10);
        assertEquals(2.0469994624236604e-17, m.kurtosisTest().pValue(), 1e-19);
        assertEquals(8, m.normalKurtosis());
        assertEquals("not consistent with a multivariate normal distribution at the 5% level: skewed, heavy-tailed",
                m.verdict(0.05));
    }

    @Test
    void mardiaOnThreeCorrelatedNormalsMatchesNumpy() {
        // the same script on CORRELATED_30X3
        MardiaTest m = Normality.mardia(CORRELATED_30X3, List.of("a", "b", "c"));
        assertEquals(2.5301991374839163, m.skewness(), 1e-12);
        assertEquals(12.65099568741958, m.skewnessTest().statistic(), 1e-11);
        assertEquals(10, m.skewnessDegreesOfFreedom());
        assertEquals(0.2438447669735465, m.skewnessTest().pValue(), 1e-12);
        assertEquals(14.240426695043128, m.kurtosis(), 1e-12);
        assertEquals(-0.3797866524784359, m.kurtosisTest().statistic(), 1e-12);
        assertEquals(0.7041037910908784, m.kurtosisTest().pValue(), 1e-12);
        assertEquals("consistent with a multivariate normal distribution at the 5% level", m.verdict(0.05));
    }

    @Test
    void badInputsAreExplained() {
        GaussianException constant = assertThrows(GaussianException.class,
                () -> Normality.shapiroWilk(new double[] {3, 3, 3, 3}));
        assertTrue(constant.getMessage().contains("all 4 values are equal to 3"), constant.getMessage());
        GaussianException tooFew = assertThrows(GaussianException.class,
                () -> Normality.shapiroWilk(new double[] {1, 2}));
        assertEquals("the Shapiro–Wilk test needs at least 3 values, got 2", tooFew.getMessage());
        GaussianException tooMany = assertThrows(GaussianException.class,
                () -> Normality.shapiroWilk(java.util.stream.IntStream.range(0, 5001).asDoubleStream().toArray()));
        assertTrue(tooMany.getMessage().contains("at most 5000"), tooMany.getMessage());
        GaussianException missing = assertThrows(GaussianException.class,
                () -> Normality.skewness(new double[] {1, Double.NaN, 2}));
        assertTrue(missing.getMessage().contains("at position 2"), missing.getMessage());
        GaussianException rows = assertThrows(GaussianException.class,
                () -> Normality.mardia(new double[][] {{1, 2}, {3, 5}}, List.of("a", "b")));
        assertEquals("Mardia's test on 2 variables needs more than 2 rows, got 2", rows.getMessage());
        GaussianException collinear = assertThrows(GaussianException.class,
                () -> Normality.mardia(new double[][] {{1, 2}, {2, 4}, {3, 6}, {4, 8.0}}, List.of("a", "b")));
        assertTrue(collinear.hint() != null && !collinear.hint().isEmpty());
        assertThrows(GaussianException.class, () -> Normality.univariate(UNIFORM_12).verdict(5));
    }
}
