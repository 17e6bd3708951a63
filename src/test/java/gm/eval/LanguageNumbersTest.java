package gm.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Numbers computed through the whole language, compared with values computed independently (numpy/scipy commands
 * quoted beside each value, or a hand calculation).
 */
class LanguageNumbersTest {

    private final ScriptSession gm = new ScriptSession();

    private static void assertMatrix(double[][] expected, double[][] actual, double relative) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], relative * Math.abs(expected[i][j]), "[" + i + "][" + j + "]");
            }
        }
    }

    private static final String LOAD_HW = "hw = load \"examples/data/heightWeightData.txt\" columns (gender, height, weight)\n";

    @Test
    void maximumLikelihoodGaussianOfHeightAndWeight() {
        gm.run(LOAD_HW + "g = fit gaussian hw[height, weight]\nm = g.mean\nS = g.cov\nR = g.corr\nn = g.n\nll = loglik(g, hw[height, weight])");
        // numpy: d = np.loadtxt('heightWeightData.txt', delimiter=','); X = d[:, 1:]; X.mean(0)
        assertArrayEquals(new double[] {67.36190476190476, 145.65714285714284}, gm.vector("m"), 1e-12);
        // numpy: np.cov(X.T, bias=True)
        assertMatrix(new double[][] {{19.78331066, 104.01931973}, {104.01931973, 1063.86340136}}, gm.matrix("S"), 1e-9);
        // numpy: np.corrcoef(X.T)[0, 1] = 0.71700402
        assertEquals(0.71700402, gm.matrix("R")[0][1], 1e-8);
        assertEquals(210, gm.number("n"));
        // scipy: multivariate_normal(X.mean(0), np.cov(X.T, bias=True)).logpdf(X).sum() = -1565.3939112896464
        assertEquals(-1565.3939112896464, gm.number("ll"), 1e-9);
    }

    @Test
    void unbiasedDiagonalSphericalAndGroups() {
        gm.run(LOAD_HW
                + "U = (fit gaussian hw[height, weight] estimator unbiased).cov\n"
                + "D = (fit gaussian hw[height, weight] covariance diagonal).cov\n"
                + "P = (fit gaussian hw[height, weight] covariance spherical).cov\n"
                + "gs = fit gaussian hw[height, weight] by gender\n"
                + "men = gs[1].mean; Sw = gs[2].cov; nm = gs[1].n\n");
        // numpy: np.cov(X.T) (n - 1 denominator)
        assertMatrix(new double[][] {{19.87796765, 104.51701982}, {104.51701982, 1068.95365687}}, gm.matrix("U"), 1e-9);
        assertMatrix(new double[][] {{19.78331066, 0}, {0, 1063.86340136}}, gm.matrix("D"), 1e-9);
        // numpy: np.trace(np.cov(X.T, bias=True)) / 2 = 541.8233560090702 (the spherical MLE)
        assertMatrix(new double[][] {{541.8233560090702, 0}, {0, 541.8233560090702}}, gm.matrix("P"), 1e-12);
        // numpy: Y = X[d[:, 0] == 1]; len(Y) = 73, Y.mean(0) = [71.65753425, 175.61643836]
        assertEquals(73, gm.number("nm"));
        assertArrayEquals(new double[] {71.65753425, 175.61643836}, gm.vector("men"), 1e-8);
        // numpy: np.cov(X[d[:, 0] == 2].T, bias=True)
        assertMatrix(new double[][] {{10.11146039, 29.3216474}, {29.3216474, 345.99360648}}, gm.matrix("Sw"), 1e-8);
    }

    @Test
    void missingValuesAreDroppedFromTheFit() {
        gm.run("raw = load \"examples/data/heightWeightDataRaw.txt\" delimiter tab missing \"*\"\n"
                + "m = (fit gaussian raw[Height, Weight, LFoot]).mean");
        // numpy over the 210 rows without '*' in Height, Weight, LFoot: [67.2952381, 145.65714286, 25.14952381]
        assertArrayEquals(new double[] {67.2952381, 145.65714286, 25.14952381}, gm.vector("m"), 1e-8);
        assertEquals(true, gm.output()
                .contains("fit gaussian: dropped 3 of 213 rows with a missing value in (Height, Weight, LFoot)"));
    }

    @Test
    void nistNumAcc4KeepsEveryDigitOfTheStandardDeviation() {
        // Certified by hand: 1001 values 10000000.2, then 500 pairs 10000000.1, 10000000.3 → mean 10000000.2, sd 0.1.
        // R's sd() gives 0.10000000055879354 here (numpy's std(ddof=1) too): about 8 digits lost in the conversion.
        gm.run("nist = load \"examples/data/numacc4.txt\" skip 60 columns (y)\n"
                + "m = mean(nist.y); s = sd(nist.y); fs = (fit gaussian nist estimator unbiased).sd[1]");
        assertEquals(10000000.2, gm.number("m"), 0);
        assertEquals(0.1, gm.number("s"), 1e-15);
        assertEquals(0.1, gm.number("fs"), 1e-15);
    }

    @Test
    void matrixArithmetic() {
        gm.run("x = [1, 2]; A = [[2, 0.5], [0.5, 1]]\nAx = A * x; xx = x' * x; Ai = inv(A); d = det(A); a12 = A[1, 2]; x2 = x[2]\n"
                + "s = sqrt(2); e = exp(1); l = log(10); c = ceil(2.1); f = floor(2.9); mx = max(x); mn = mean(x)");
        // hand: A x = [2·1 + 0.5·2, 0.5·1 + 1·2] = [3, 2.5]; x'x = 5; det = 2 − 0.25 = 1.75; inv = [[1, −0.5], [−0.5, 2]] / 1.75
        assertArrayEquals(new double[] {3, 2.5}, gm.vector("Ax"), 0);
        assertEquals(5, gm.number("xx"));
        assertEquals(1.75, gm.number("d"), 1e-15);
        assertMatrix(new double[][] {{1 / 1.75, -0.5 / 1.75}, {-0.5 / 1.75, 2 / 1.75}}, gm.matrix("Ai"), 1e-15);
        assertEquals(0.5, gm.number("a12"));
        assertEquals(2, gm.number("x2"));
        assertEquals(Math.sqrt(2), gm.number("s"));
        assertEquals(Math.E, gm.number("e"));
        assertEquals(Math.log(10), gm.number("l"));
        assertEquals(3, gm.number("c"));
        assertEquals(2, gm.number("f"));
        assertEquals(2, gm.number("mx"));
        assertEquals(1.5, gm.number("mn"));
    }

    @Test
    void rowFiltersAndInlineTables() {
        gm.run(LOAD_HW + "men = hw where gender == 1\ntall = hw where gender == 2 and height >= 70 or weight > 250\n"
                + "nm = length(men.height); nt = length(tall.height)\n"
                + "t = table(height = [67, 79, 71], sex = [\"m\", \"m\", \"f\"])\nmh = mean((t where sex == \"m\").height)");
        // awk -F, '$1 == 1' heightWeightData.txt | wc -l  → 73
        assertEquals(73, gm.number("nm"));
        // awk -F, '($1 == 2 && $2 >= 70) || $3 > 250' heightWeightData.txt | wc -l → 13
        assertEquals(13, gm.number("nt"));
        assertEquals(73, gm.number("mh"));
    }
}
