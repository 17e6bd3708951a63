package gm.runtime;

import java.util.List;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianInferenceTest {
    private static final Gaussian THREE_D = Gaussian.of(new double[] {1, 2, 3},
            new double[][] {{4, 1, .5}, {1, 3, .8}, {.5, .8, 2}}, List.of("a", "b", "c"));

    @Test
    void conditionOnTwoInGivenOrder() {
        Gaussian b = THREE_D.condition(new int[] {2, 0}, new double[] {2.5, 0});
        // numpy: μ_r + S_ro inv(S_oo) (x_o - μ_o), S_rr - S_ro inv(S_oo) S_or with o = [2, 0], r = [1]
        assertEquals(List.of("b"), b.names());
        assertClose(1.6193548387096774, b.mean()[0], 1e-14);
        assertClose(2.514838709677419, b.cov()[0][0], 1e-14);
        assertEquals(CovarianceStructure.FULL, b.structure());
        assertEquals(0, b.n());
    }

    @Test
    void conditionOnOne() {
        Gaussian ac = THREE_D.condition(new int[] {1}, new double[] {-1});
        // by hand: μ_a = 1 + (1/3)(-3) = 0, μ_c = 3 + (.8/3)(-3) = 2.2; numpy for the covariance
        assertEquals(List.of("a", "c"), ac.names());
        assertClose(new double[] {0, 2.2}, ac.mean(), 1e-14);
        assertClose(new double[][] {{3.6666666666666665, 0.23333333333333334}, {0.23333333333333334, 1.7866666666666666}},
                ac.cov(), 1e-14);
    }

    @Test
    void conditionalIsJointOverMarginal() {
        double[] x = {0.3, -1, 2.7};
        double joint = THREE_D.logpdf(x);
        double marginal = THREE_D.marginal(new int[] {1}).logpdf(new double[] {-1});
        double conditional = THREE_D.condition(new int[] {1}, new double[] {-1}).logpdf(new double[] {0.3, 2.7});
        assertClose(joint, marginal + conditional, 1e-14);
    }

    @Test
    void conditionTenDimensional() {
        double[] mean = new double[10];
        for (int i = 0; i < 10; i++) {
            mean[i] = 0.5 * i;
        }
        Gaussian g = Gaussian.of(mean, TestData.cov10());
        double[] observed = new double[5];
        for (int i = 0; i < 5; i++) {
            observed[i] = Math.cos(i);
        }
        Gaussian rest = g.condition(new int[] {0, 1, 2, 3, 4}, observed);
        // numpy with explicit inv(S_oo), o = 0..4, x_o = cos(0..4), on A@A.T+I and μ = 0.5·arange(10)
        assertClose(new double[] {2.2628668756021697, 3.417286186928635, 3.5484350463332657, 4.951729360898941,
            5.4166854839774325}, rest.mean(), 1e-12);
        double[][] cov = rest.cov();
        assertClose(new double[] {1.9025850804886142, 3.7374520902619306, 3.607716962785517, 3.414125533618849,
            3.733013567619853}, new double[] {cov[0][0], cov[1][1], cov[2][2], cov[3][3], cov[4][4]}, 1e-12);
        assertClose(-0.5154650125366305, cov[0][4], 1e-12);
        assertEquals(List.of("x6", "x7", "x8", "x9", "x10"), rest.names());
        // scipy.stats.multivariate_normal(0.5*arange(10), A@A.T+I).entropy() = 20.41715773049164
        assertClose(20.41715773049164, g.entropy(), 1e-13);
    }

    @Test
    void conditionErrors() {
        GaussianException all = assertThrows(GaussianException.class,
                () -> THREE_D.condition(new int[] {0, 1, 2}, new double[] {0, 0, 0}));
        assertEquals("cannot condition on every variable of (a, b, c): nothing is left to describe", all.getMessage());
        GaussianException twice = assertThrows(GaussianException.class,
                () -> THREE_D.condition(new int[] {0, 0}, new double[] {0, 0}));
        assertEquals("condition: 'a' is listed twice", twice.getMessage());
        GaussianException outside = assertThrows(GaussianException.class,
                () -> THREE_D.marginal(new int[] {3}));
        assertEquals("marginal: variable index 3 is outside (a, b, c) (0..2)", outside.getMessage());
        assertThrows(GaussianException.class, () -> THREE_D.condition(new int[] {0}, new double[] {0, 1}));
        assertThrows(GaussianException.class, () -> THREE_D.condition(new int[] {0}, new double[] {Double.NaN}));
    }

    @Test
    void marginalKeepsOrderAndMetadata() {
        Gaussian ca = THREE_D.withMetadata(CovarianceStructure.FULL, 40, Estimator.UNBIASED).marginal(new int[] {2, 0});
        assertEquals(List.of("c", "a"), ca.names());
        assertClose(new double[] {3, 1}, ca.mean(), 0);
        assertClose(new double[][] {{2, .5}, {.5, 4}}, ca.cov(), 0);
        assertEquals(40, ca.n());
    }

    @Test
    void entropy() {
        // scipy.stats.multivariate_normal([1,2,3], S).entropy() = 5.741766356373753
        assertClose(5.741766356373753, THREE_D.entropy(), 1e-14);
        // 1-d by hand: ½ log(2πe·4)
        assertClose(0.5 * Math.log(2 * Math.PI * Math.E * 4), Gaussian.of(new double[] {0}, new double[][] {{4}}).entropy(),
                1e-15);
    }

    @Test
    void klDivergence() {
        Gaussian other = Gaussian.of(new double[] {0, 1, -1}, new double[][] {{2, .3, 0}, {.3, 1, .2}, {0, .2, 3}});
        // numpy: ½(tr(inv(S1) S0) + (μ1-μ0)ᵀ inv(S1) (μ1-μ0) - 3 + log(det S1 / det S0)) = 3.7463637414831563
        assertClose(3.7463637414831563, THREE_D.kl(other), 1e-14);
        assertEquals(0.0, THREE_D.kl(THREE_D), 1e-15);
        // 1-d by hand: log(σ1/σ0) + (σ0² + (μ0-μ1)²)/(2σ1²) - ½ with N(0,1) ‖ N(1,4): log 2 + 2/8 - 1/2
        Gaussian standard = Gaussian.of(new double[] {0}, new double[][] {{1}});
        Gaussian wide = Gaussian.of(new double[] {1}, new double[][] {{4}});
        assertClose(Math.log(2) + 0.25 - 0.5, standard.kl(wide), 1e-15);
        assertThrows(GaussianException.class, () -> standard.kl(THREE_D));
    }

    @Test
    void samplesHaveTheRightMoments() {
        double[][] draws = THREE_D.sample(200_000, new Well19937c(42));
        Moments m = TestData.moments(draws);
        // Monte Carlo: standard errors are about √(Σ_ii/n) ≈ 0.005 for the mean
        assertClose(THREE_D.mean(), m.mean(), 0.03);
        assertClose(THREE_D.cov(), m.covariance(Estimator.UNBIASED), 0.05);
        assertEquals(0, THREE_D.sample(0, new Well19937c(1)).length);
        assertTrue(THREE_D.sample(3, new Well19937c(1))[2].length == 3);
    }

    @Test
    void nearlySingularIsAClearError() {
        double rho = 1 - 1e-12;
        GaussianException e = assertThrows(GaussianException.class, () -> Gaussian.of(new double[] {0, 0},
                new double[][] {{1, rho}, {rho, 1}}, List.of("left", "right")));
        assertEquals("covariance of (left, right) is singular (rank 1 of 2): 'right' is a linear combination of 'left'",
                e.getMessage());
        // 1 - ρ² ≈ 2e-6 is well-conditioned enough to keep
        Gaussian.of(new double[] {0, 0}, new double[][] {{1, 1 - 1e-6}, {1 - 1e-6, 1}});
    }

    @Test
    void nearlyDependentColumnInTenDimensions() {
        int n = 50;
        double[][] rows = new double[n][10];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 9; j++) {
                rows[i][j] = Math.sin(0.7 * i * (j + 1) + j);
            }
            rows[i][9] = rows[i][0] + 2 * rows[i][1] + 1e-8 * Math.cos(i);
        }
        GaussianException e = assertThrows(GaussianException.class, () -> GaussianFit.fit(TestData.moments(rows), null,
                Estimator.MLE, CovarianceStructure.FULL, Checks.defaultNames(10)));
        assertEquals("covariance of (x1, x2, x3, x4, x5, x6, x7, x8, x9, x10) is singular (rank 9 of 10): 'x10' is a"
                + " linear combination of 'x1' and 'x2'", e.getMessage());
        assertEquals("drop 'x10' or use a diagonal or spherical covariance", e.hint());
    }
}
