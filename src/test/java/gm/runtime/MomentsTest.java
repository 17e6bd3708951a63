package gm.runtime;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MomentsTest {
    private static final double[][] FIRST_TEN = TestData.firstRows(TestData.heightWeight(), 10);

    @Test
    void meanAndCovarianceOfTenHeightWeightRows() {
        Moments m = TestData.moments(FIRST_TEN);
        assertEquals(10, m.count());
        assertEquals(2, m.dim());
        // numpy: X = rows 1..10 (height, weight); X.mean(0)
        assertClose(new double[] {66.4, 133.5}, m.mean(), 1e-14);
        // numpy.cov(X.T, bias=True)
        assertClose(new double[][] {{28.84, 155.9}, {155.9, 963.65}}, m.covariance(Estimator.MLE), 1e-13);
        // numpy.cov(X.T)
        assertClose(new double[][] {{32.044444444444444, 173.2222222222222}, {173.2222222222222, 1070.7222222222222}},
                m.covariance(Estimator.UNBIASED), 1e-13);
        // numpy.cov(X.T, bias=True) * 10
        assertClose(new double[][] {{288.4, 1559.0}, {1559.0, 9636.5}}, m.comoment(), 1e-13);
    }

    @Test
    void wholeFileMatchesNumpy() {
        Moments m = TestData.moments(TestData.heightWeight());
        assertEquals(210, m.count());
        // numpy: A = all 210 rows; A.mean(0); numpy.cov(A.T, bias=True) * 210; numpy.cov(A.T)
        assertClose(new double[] {67.36190476190477, 145.65714285714284}, m.mean(), 1e-14);
        assertClose(new double[][] {{4154.495238095238, 21844.057142857142}, {21844.057142857142, 223411.31428571424}},
                m.comoment(), 1e-13);
        assertClose(new double[][] {{19.877967646388694, 104.51701982228298}, {104.51701982228298, 1068.9536568694461}},
                m.covariance(Estimator.UNBIASED), 1e-13);
    }

    @Test
    void mergeEqualsOnePassAtEverySplit() {
        double[][] rows = TestData.heightWeight();
        Moments single = TestData.moments(rows);
        for (int split = 0; split <= rows.length; split += 7) {
            Moments left = new Moments(2);
            Moments right = new Moments(2);
            for (int i = 0; i < rows.length; i++) {
                (i < split ? left : right).add(rows[i]);
            }
            left.merge(right);
            assertEquals(single.count(), left.count());
            assertClose(single.mean(), left.mean(), 1e-13);
            assertClose(single.comoment(), left.comoment(), 1e-12);
        }
    }

    /**
     * Rows far from the origin (1e9 plus a spread of about 1, so each value carries an error of 1e-7 of the spread) in
     * many blocks and a partial one: the mean and the co-moment equal the exact ones, computed with BigDecimal from the
     * same doubles, to 5e-9 of sqrt(c_ii c_jj). Blocks are off by 1.2e-11 to 2.6e-9 here; Welford's row-by-row update,
     * which Moments used before, by 1.0e-9 to 1.75e-8 (it would fail four of the six entries).
     */
    @Test
    void blocksOfRowsFarFromZeroGiveTheExactMoments() {
        java.util.Random random = new java.util.Random(11);
        int n = 10_007;
        double[][] rows = new double[n][3];
        Moments moments = new Moments(3);
        for (double[] row : rows) {
            for (int i = 0; i < 3; i++) {
                row[i] = 1e9 + (i + 1) * random.nextGaussian() + (i == 2 ? row[0] - 1e9 : 0);
            }
            moments.add(row);
        }
        java.math.BigDecimal[] mean = new java.math.BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            mean[i] = exactMean(rows, i);
            assertEquals(mean[i].doubleValue(), moments.mean()[i], 1e-12 * 1e9);
        }
        double[][] exact = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (double[] row : rows) {
                    sum = sum.add(new java.math.BigDecimal(row[i]).subtract(mean[i])
                            .multiply(new java.math.BigDecimal(row[j]).subtract(mean[j])));
                }
                exact[i][j] = sum.doubleValue();
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(exact[i][j], moments.comoment()[i][j], 5e-9 * Math.sqrt(exact[i][i] * exact[j][j]),
                        "comoment " + i + "," + j);
            }
        }
    }

    /**
     * The mean of a long stream, added row by row and merged from chunks as a streamed file is: within one unit in the
     * last place of the exact mean (BigDecimal) of the same doubles. The running mean, updated block by block, is off
     * by 7 units in the first variable's one pass here.
     */
    @Test
    void theMeanOfALongStreamIsRoundedAboutOnce() {
        java.util.Random random = new java.util.Random(5);
        int n = 300_007;
        double[][] rows = new double[n][2];
        Moments single = new Moments(2);
        Moments merged = new Moments(2);
        Moments chunk = new Moments(2);
        for (int r = 0; r < n; r++) {
            rows[r][0] = -3.25 + 1.5 * random.nextGaussian();
            rows[r][1] = 2.35 + 2.1 * random.nextGaussian();
            single.add(rows[r]);
            chunk.add(rows[r]);
            if (r % 15_000 == 14_999) {
                merged.merge(chunk);
                chunk = new Moments(2);
            }
        }
        merged.merge(chunk);
        for (int i = 0; i < 2; i++) {
            double exact = exactMean(rows, i).doubleValue();
            assertEquals(exact, single.mean()[i], Math.ulp(exact), "one pass, variable " + i);
            assertEquals(exact, merged.mean()[i], Math.ulp(exact), "merged chunks, variable " + i);
        }
    }

    /** The mean of column i of the rows, computed exactly and rounded to 60 digits. */
    private static java.math.BigDecimal exactMean(double[][] rows, int i) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double[] row : rows) {
            sum = sum.add(new java.math.BigDecimal(row[i]));
        }
        return sum.divide(java.math.BigDecimal.valueOf(rows.length), new java.math.MathContext(60));
    }

    @Test
    void mergeOfManyChunksEqualsOnePass() {
        double[][] rows = TestData.heightWeight();
        Moments merged = new Moments(2);
        for (int start = 0; start < rows.length; start += 13) {
            Moments chunk = new Moments(2);
            for (int i = start; i < Math.min(rows.length, start + 13); i++) {
                chunk.add(rows[i]);
            }
            merged.merge(chunk);
        }
        Moments single = TestData.moments(rows);
        assertClose(single.mean(), merged.mean(), 1e-13);
        assertClose(single.comoment(), merged.comoment(), 1e-12);
    }

    @Test
    void accessorsReturnCopies() {
        Moments m = TestData.moments(FIRST_TEN);
        m.mean()[0] = 1e9;
        m.comoment()[0][0] = 1e9;
        assertArrayEquals(new double[] {66.4, 133.5}, m.mean(), 1e-12);
        assertEquals(288.4, m.comoment()[0][0], 1e-10);
    }

    @Test
    void tooFewRowsIsAnError() {
        Moments empty = new Moments(2);
        GaussianException noRows = assertThrows(GaussianException.class, () -> empty.covariance(Estimator.MLE));
        assertEquals("the MLE covariance needs at least 1 row, got 0", noRows.getMessage());
        Moments one = new Moments(2);
        one.add(new double[] {1, 2});
        GaussianException oneRow = assertThrows(GaussianException.class, () -> one.covariance(Estimator.UNBIASED));
        assertEquals("the unbiased covariance needs at least 2 rows, got 1", oneRow.getMessage());
        assertTrue(oneRow.hint().contains("MLE"));
    }

    @Test
    void rejectsNonFiniteAndMisshapenRows() {
        Moments m = new Moments(2);
        GaussianException nan = assertThrows(GaussianException.class, () -> m.add(new double[] {1, Double.NaN}));
        assertEquals("row has the non-finite value NaN at position 2", nan.getMessage());
        assertThrows(GaussianException.class, () -> m.add(new double[] {1, 2, 3}));
        assertThrows(GaussianException.class, () -> m.merge(new Moments(3)));
        assertEquals(0, m.count());
    }
}
