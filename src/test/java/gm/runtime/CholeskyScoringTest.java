package gm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free squared distance used to score many points, (x - c)ᵀA⁻¹(x - c), against the plain forward
 * substitution |L⁻¹(x - c)|² (which divides where the fast one multiplies by reciprocals): equal to 1e-13 relative,
 * in every dimension from 1 to 9 (odd and even, as the fast one takes two rows at a time).
 */
class CholeskyScoringTest {

    @Test
    void squaredDistanceEqualsTheForwardSubstitution() {
        Random random = new Random(5);
        for (int d = 1; d <= 9; d++) {
            double[][] a = randomSpd(random, d);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                names.add("x" + i);
            }
            Cholesky cholesky = Cholesky.of(a, names, "covariance", false);
            for (int trial = 0; trial < 50; trial++) {
                double[] x = new double[d];
                double[] c = new double[d];
                double[] deviation = new double[d];
                for (int i = 0; i < d; i++) {
                    x[i] = random.nextGaussian() * 3;
                    c[i] = random.nextGaussian();
                    deviation[i] = x[i] - c[i];
                }
                double expected = cholesky.quadraticForm(deviation);
                double fast = cholesky.quadraticFormAbout(x, c, new double[d]);
                assertEquals(expected, fast, 1e-13 * expected, "d = " + d);
            }
        }
    }

    /** BBᵀ + I for a random B: symmetric positive definite, moderately conditioned. */
    private static double[][] randomSpd(Random random, int d) {
        double[][] b = new double[d][d];
        for (double[] row : b) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = i == j ? 1 : 0;
                for (int k = 0; k < d; k++) {
                    sum += b[i][k] * b[j][k];
                }
                a[i][j] = sum;
            }
        }
        return a;
    }
}
