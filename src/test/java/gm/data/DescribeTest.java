package gm.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeTest {
    private static final Path RAW = Path.of("examples", "data", "heightWeightDataRaw.txt");

    private static void close(double expected, double actual, double relTol, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relTol, what);
    }

    private static NumericSummary rawSummary(String column) {
        Dataset d = DelimitedFileReader.read(RAW, LoadOptions.defaults().withMissingMarkers(List.of("*")))
                .dataset();
        return Describe.numeric(assertInstanceOf(NumericColumn.class, d.column(column).orElseThrow()));
    }

    @Test
    void rawHeight() {
        // python: rows = csv.reader(open(f, newline=''), delimiter='\t'); x = numpy.array of the floats in the
        // column without '*'; x.mean(), x.std(ddof=1), x.min(), numpy.quantile(x, [.25, .5, .75]), x.max()
        NumericSummary s = rawSummary("Height");
        assertEquals("Height", s.name());
        assertEquals(213, s.n());
        assertEquals(0, s.missing());
        close(67.3075117370892, s.mean(), 1e-14, "mean");
        close(4.431399530420457, s.sd(), 1e-13, "sd");
        // scipy.stats.skew(x), scipy.stats.kurtosis(x) (moment estimators g1, g2)
        close(0.21486331369428896, s.skewness(), 1e-12, "skewness");
        close(-0.23442329668664375, s.excessKurtosis(), 1e-12, "excess kurtosis");
        assertEquals(55.0, s.min());
        assertEquals(64.0, s.q1());
        assertEquals(67.0, s.median());
        assertEquals(70.5, s.q3());
        assertEquals(79.0, s.max());
    }

    @Test
    void rawWeight() {
        // same numpy commands as rawHeight
        NumericSummary s = rawSummary("Weight");
        assertEquals(210, s.n());
        assertEquals(3, s.missing());
        close(145.65714285714284, s.mean(), 1e-14, "mean");
        close(32.69485673419363, s.sd(), 1e-13, "sd");
        // scipy.stats.skew(x), scipy.stats.kurtosis(x)
        close(1.4532937200906881, s.skewness(), 1e-12, "skewness");
        close(2.8177260047409414, s.excessKurtosis(), 1e-12, "excess kurtosis");
        assertEquals(95.0, s.min());
        assertEquals(125.0, s.q1());
        assertEquals(140.0, s.median());
        assertEquals(161.5, s.q3());
        assertEquals(280.0, s.max());
    }

    @Test
    void rawGpa() {
        // same numpy commands as rawHeight
        NumericSummary s = rawSummary("GPA");
        assertEquals(207, s.n());
        assertEquals(6, s.missing());
        close(3.0069565217391307, s.mean(), 1e-14, "mean");
        close(0.5194712706330213, s.sd(), 1e-13, "sd");
        assertEquals(1.24, s.min());
        close(2.66, s.q1(), 1e-15, "q1");
        assertEquals(3.0, s.median());
        close(3.4, s.q3(), 1e-15, "q3");
        assertEquals(3.91, s.max());
    }

    @Test
    void numAcc4LikeDataKeepsFullPrecision() {
        // NIST StRD NumAcc4: 10000000.2, then 500 pairs 10000000.1, 10000000.3 (1001 values).
        // Certified mean 10000000.2, sd 0.1; python statistics.stdev over decimal.Decimal values gives 0.1 too.
        String[] texts = new String[1001];
        texts[0] = "10000000.2";
        for (int i = 1; i < 1001; i += 2) {
            texts[i] = "10000000.1";
            texts[i + 1] = "10000000.3";
        }
        NumericColumn c = NumericColumn.ofText("y", texts);
        NumericSummary s = Describe.numeric(c);
        assertEquals(1001, s.n());
        close(10000000.2, s.mean(), 1e-15, "mean");
        close(0.1, s.sd(), 1e-13, "sd");
        assertEquals(10000000.1, s.min());
        assertEquals(10000000.2, s.median());
        assertEquals(10000000.3, s.max());

        // The same two-pass computation on the rounded values, without the shift, is off in the 9th digit:
        // numpy.std(x, ddof=1) gives 0.10000000055879354 for these values. So the test above checks the shift.
        double[] v = c.values();
        double mean = Arrays.stream(v).sum() / v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double naiveSd = Math.sqrt(ss / (v.length - 1));
        double naiveError = Math.abs(naiveSd - 0.1) / 0.1;
        assertTrue(naiveError > 1e-9, "naive relative error " + naiveError);
        assertTrue(Math.abs(s.sd() - 0.1) / 0.1 < naiveError * 1e-4);
    }

    /**
     * Large values that cancel: the mean of 1e16, −1e16 and 1 is 1/3 (Python's statistics.fmean, an exact sum, gives
     * 0.3333333333333333; R's mean gives 0.33355034722222221, its correcting second pass in long double spoils it).
     * Read from text, the differences from the origin 1e16 are as large as the values and were rounded, so the
     * values give the mean; computed columns (deltas equal to the values) take the same compensated sum.
     */
    @Test
    void largeValuesThatCancel() {
        NumericSummary fromText = Describe.numeric(NumericColumn.ofText("a", new String[] {"1e16", "-1e16", "1"}));
        assertEquals(1.0 / 3, fromText.mean(), 1e-16);
        NumericSummary computed = Describe.numeric(NumericColumn.of("a", new double[] {1e16, -1e16, 1}));
        assertEquals(1.0 / 3, computed.mean(), 1e-16);
        assertEquals(1e16, fromText.sd(), 1);
    }

    @Test
    void smallSamples() {
        // numpy.quantile([1,2,3,4], [.25,.5,.75]) = [1.75, 2.5, 3.25];
        // numpy.std([1,2,3,4], ddof=1) = 1.2909944487358056
        NumericSummary a = Describe.numeric(NumericColumn.of("a", new double[] {4, Double.NaN, 1, 3, 2}));
        assertEquals(4, a.n());
        assertEquals(1, a.missing());
        assertEquals(2.5, a.mean());
        close(1.2909944487358056, a.sd(), 1e-15, "sd");
        assertArrayEquals(new double[] {1, 1.75, 2.5, 3.25, 4},
                new double[] {a.min(), a.q1(), a.median(), a.q3(), a.max()});
        // x = [2.5, -1, 7, 0.5, 3, 10, 4]: numpy.quantile -> [1.5, 3, 5.5], mean 3.7142857142857144,
        // std(ddof=1) 3.762281476014508
        NumericSummary b = Describe.numeric(NumericColumn.of("b", new double[] {2.5, -1, 7, 0.5, 3, 10, 4}));
        close(3.7142857142857144, b.mean(), 1e-15, "mean");
        close(3.762281476014508, b.sd(), 1e-15, "sd");
        assertArrayEquals(new double[] {-1, 1.5, 3, 5.5, 10},
                new double[] {b.min(), b.q1(), b.median(), b.q3(), b.max()});
    }

    @Test
    void singleValueAndAllMissing() {
        NumericSummary one = Describe.numeric(NumericColumn.of("x", new double[] {5}));
        assertEquals(1, one.n());
        assertEquals(5.0, one.mean());
        assertTrue(Double.isNaN(one.sd()));
        assertEquals(5.0, one.q1());
        assertEquals(5.0, one.max());

        NumericSummary none = Describe.numeric(NumericColumn.of("x", new double[] {Double.NaN, Double.NaN}));
        assertEquals(0, none.n());
        assertEquals(2, none.missing());
        for (double v : new double[] {none.mean(), none.sd(), none.min(), none.q1(), none.median(), none.q3(),
            none.max()}) {
            assertTrue(Double.isNaN(v));
        }
    }

    @Test
    void infinitiesFollowR() {
        double inf = Double.POSITIVE_INFINITY;
        // R: mean(c(1, Inf)) = Inf, sd = NaN, median = Inf (type 7: 0.5*1 + 0.5*Inf)
        NumericSummary a = Describe.numeric(NumericColumn.ofText("x", new String[] {"1", "inf"}));
        assertEquals(inf, a.mean());
        assertTrue(Double.isNaN(a.sd()));
        assertEquals(inf, a.median());
        // R: median(c(-Inf, 1)) = -Inf; mean(c(-Inf, Inf)) = NaN
        assertEquals(-inf, Describe.numeric(NumericColumn.ofText("x", new String[] {"-inf", "1"})).median());
        NumericSummary c = Describe.numeric(NumericColumn.ofText("x", new String[] {"-inf", "Infinity"}));
        assertTrue(Double.isNaN(c.mean()));
        assertEquals(-inf, c.min());
        assertEquals(inf, c.max());
    }

    @Test
    void categorical() {
        CategoricalSummary s = Describe.categorical(
                CategoricalColumn.of("g", new String[] {"b", "a", null, "B", "a"}));
        assertEquals(4, s.n());
        assertEquals(1, s.missing());
        assertEquals(List.of("B", "a", "b"), s.levels()); // String.compareTo: upper case first
        assertArrayEquals(new int[] {1, 2, 1}, s.counts());
        // numeric-looking levels sort numerically
        CategoricalSummary t = Describe.categorical(
                CategoricalColumn.of("k", new String[] {"10", "9", "2", "9", "1e1"}));
        assertEquals(List.of("2", "9", "10", "1e1"), t.levels());
        assertArrayEquals(new int[] {1, 2, 1, 1}, t.counts());
        // counts are copies
        t.counts()[0] = 99;
        assertEquals(1, t.counts()[0]);
    }
}
