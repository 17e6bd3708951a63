package gm.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sums, means and spreads where plain floating point cancels or overflows, against exact decimal arithmetic. */
class StatisticsTest {

    private static double exactMean(double[] x) {
        BigDecimal sum = Arrays.stream(x).mapToObj(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(x.length), MathContext.DECIMAL128).doubleValue();
    }

    @Test
    void largeValuesThatCancelLeaveTheSmallOnes() {
        assertEquals(2, Statistics.sum(new double[] {1, 1e100, 1, -1e100}));
        assertEquals(1.0 / 3, Statistics.mean(new double[] {1e16, -1e16, 1}));
        assertEquals(exactMean(new double[] {1e16, -1e16, 1}), Statistics.mean(new double[] {1e16, -1e16, 1}));
    }

    @Test
    void valuesNearTheLargestDoubleHaveAMeanAndSpread() {
        assertEquals(1e308, Statistics.mean(new double[] {1e308, 1e308}));
        assertEquals(Math.sqrt(2) * 1e308, Statistics.sd(new double[] {1e308, -1e308}), 1e293);
        // The variance of 1e200 and −1e200 is 2e400, beyond the largest double: Inf, not NaN.
        assertEquals(Double.POSITIVE_INFINITY, Statistics.variance(new double[] {1e200, -1e200}));
        assertEquals(Double.POSITIVE_INFINITY, Statistics.sum(new double[] {1e308, 1e308}));
    }

    @Test
    void meansOfRandomMixedMagnitudesAreCorrectlyRounded() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] x = new double[1 + random.nextInt(50)];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
            }
            double exact = exactMean(x);
            assertEquals(exact, Statistics.mean(x), 2 * Math.ulp(exact), Arrays.toString(x));
        }
    }
}
