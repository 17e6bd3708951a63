package gm.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parameters near the ends of the double range give correct answers, not overflowed ones. */
class ExtremeMagnitudesTest {

    @Test
    void aVarianceNearTheLargestDoubleIsAcceptedAsItIs() {
        Gaussian g = Gaussian.of(new double[] {1e308}, new double[][] {{1e308}}, List.of("x"));
        assertArrayEquals(new double[][] {{1e308}}, g.cov());
        // log N(μ | μ, σ²) = −½ log(2π σ²)
        assertEquals(-0.5 * (Math.log(2 * Math.PI) + Math.log(1e308)), g.logpdf(new double[] {1e308}), 1e-12);
    }

    @Test
    void largeSymmetricCovariancesKeepTheirEntries() {
        double[][] cov = {{1.5e308, 1e308}, {1e308, 1.5e308}};
        assertArrayEquals(cov, Gaussian.of(new double[] {0, 0}, cov, List.of("a", "b")).cov());
    }

    @Test
    void hugeEqualValuesHaveTheirMeanAndNoSpread() {
        Moments moments = new Moments(1);
        for (int i = 0; i < 100; i++) {
            moments.add(new double[] {1.5e308});
        }
        assertArrayEquals(new double[] {1.5e308}, moments.mean());
        assertEquals(0.0, moments.comoment()[0][0]);
    }

    @Test
    void momentsThatOverflowAreRefusedNotReturnedAsNaN() {
        Moments moments = new Moments(1);
        moments.add(new double[] {1e308});
        moments.add(new double[] {-1e308});
        GaussianException spread = assertThrows(GaussianException.class, moments::comoment);
        assertEquals("the values are too spread out to compute their covariance in double precision (the squared"
                + " differences overflow)", spread.getMessage());
        Moments far = new Moments(1);
        far.add(new double[] {-1e200});
        Moments near = new Moments(1);
        near.add(new double[] {1e200});
        assertThrows(GaussianException.class, () -> near.merge(far));
    }

    @Test
    void shapeStatisticsThatOverflowAreRefused() {
        GaussianException spread = assertThrows(GaussianException.class,
                () -> Normality.jarqueBera(new double[] {1e80, -1e80, 0, 1}));
        assertEquals("the Jarque–Bera test cannot be computed in double precision: the values are too spread out"
                + " (their fourth powers overflow)", spread.getMessage());
    }
}
