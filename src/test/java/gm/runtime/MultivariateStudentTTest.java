package gm.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultivariateStudentTTest {
    private static final MultivariateStudentT T = MultivariateStudentT.of(new double[] {1, 2},
            new double[][] {{2, .5}, {.5, 1}}, 3.5, List.of("a", "b"));

    @Test
    void logpdfMatchesScipy() {
        // scipy.stats.multivariate_t([1,2], [[2,.5],[.5,1]], df=3.5).logpdf([0,0]) = -4.213570103506022
        assertClose(-4.213570103506022, T.logpdf(new double[] {0, 0}), 1e-14);
        assertClose(Math.exp(-4.213570103506022), T.pdf(new double[] {0, 0}), 1e-14);
        // ... .logpdf([1e6, 0]) = -73.11895144903198
        assertClose(-73.11895144903198, T.logpdf(new double[] {1e6, 0}), 1e-13);
    }

    @Test
    void oneDimensional() {
        MultivariateStudentT t = MultivariateStudentT.of(new double[] {1}, new double[][] {{3}}, 2.5, List.of("x"));
        // scipy.stats.t(df=2.5, loc=1, scale=sqrt(3)).logpdf(4) = -2.9457461184319778
        assertClose(-2.9457461184319778, t.logpdf(new double[] {4}), 1e-14);
        assertClose(new double[][] {{3 * 2.5 / 0.5}}, t.cov(), 1e-15);
    }

    @Test
    void momentsExistOnlyForEnoughDegreesOfFreedom() {
        MultivariateStudentT cauchy = MultivariateStudentT.of(new double[] {0}, new double[][] {{1}}, 1, List.of("x"));
        assertEquals("a Student t with 1.0 degrees of freedom has no mean",
                assertThrows(GaussianException.class, cauchy::mean).getMessage());
        assertThrows(GaussianException.class, cauchy::cov);
        assertThrows(GaussianException.class,
                () -> MultivariateStudentT.of(new double[] {0}, new double[][] {{1}}, 0, List.of("x")));
        GaussianException scale = assertThrows(GaussianException.class, () -> MultivariateStudentT.of(
                new double[] {0, 0}, new double[][] {{1, 0}, {0, 0}}, 3, List.of("a", "b")));
        assertEquals("scale of (a, b) is singular: 'b' is constant (variance 0)", scale.getMessage());
    }
}
