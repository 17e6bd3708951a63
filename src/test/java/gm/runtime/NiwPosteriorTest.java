package gm.runtime;

import java.util.List;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected values come from a numpy implementation of Murphy eqs. 4.209–4.214 on the raw rows; the evidence from the
 * chain rule Σ_i log p(x_i | x_1..x_{i−1}) with scipy.stats.multivariate_t as the one-row predictive, which is
 * independent of eq. 4.215 (the closed form agreed with it to 5e-14).
 */
class NiwPosteriorTest {
    private static final double[][] FIRST_TEN = TestData.firstRows(TestData.heightWeight(), 10);
    private static final List<String> HW = List.of("height", "weight");
    private static final NiwPrior PRIOR = new NiwPrior(new double[] {65, 130}, 0.5, 4,
            new double[][] {{30, 100}, {100, 900}}, HW);
    private static final NiwPosterior POSTERIOR = PRIOR.posterior(TestData.moments(FIRST_TEN));

    @Test
    void posteriorParameters() {
        assertEquals(10, POSTERIOR.n());
        assertClose(new double[] {66.33333333333333, 133.33333333333334}, POSTERIOR.mN(), 1e-14);
        assertEquals(10.5, POSTERIOR.kappaN());
        assertEquals(14.0, POSTERIOR.nuN());
        assertClose(new double[][] {{319.33333333333337, 1661.333333333333}, {1661.333333333333, 10542.333333333334}},
                POSTERIOR.SN(), 1e-14);
        assertClose(POSTERIOR.mN(), POSTERIOR.posteriorMeanMu(), 0);
        assertClose(POSTERIOR.mN(), POSTERIOR.posteriorModeMu(), 0);
    }

    @Test
    void covarianceMeanAndMode() {
        // S_N/(ν_N − d − 1) and S_N/(ν_N + d + 2)
        assertClose(new double[][] {{29.030303030303035, 151.030303030303}, {151.030303030303, 958.3939393939395}},
                POSTERIOR.posteriorMeanSigma(), 1e-14);
        assertClose(new double[][] {{17.740740740740744, 92.29629629629628}, {92.29629629629628, 585.6851851851852}},
                POSTERIOR.posteriorModeSigma(), 1e-14);
    }

    @Test
    void credibleIntervals() {
        // m_N[j] ± scipy.stats.t.ppf(0.975, 13)·sqrt(S_N[j][j]/(κ_N·13))
        double[][] intervals = POSTERIOR.credibleIntervals(0.95);
        assertClose(new double[] {63.02900138657258, 69.63766528009408}, intervals[0], 1e-12);
        assertClose(new double[] {114.34748907706465, 152.31917758960205}, intervals[1], 1e-12);
        GaussianException level = assertThrows(GaussianException.class, () -> POSTERIOR.credibleIntervals(95));
        assertEquals("a credible level must lie strictly between 0 and 1, got 95", level.getMessage());
    }

    @Test
    void marginalOfMu() {
        // scipy.stats.multivariate_t(mN, SN/(κ_N·13), df=13).logpdf([66,130]) = -3.711538957777992
        assertClose(-3.711538957777992, POSTERIOR.posteriorMu().logpdf(new double[] {66, 130}), 1e-13);
    }

    @Test
    void predictive() {
        MultivariateStudentT predictive = POSTERIOR.predictive();
        assertEquals(13.0, predictive.dof());
        assertEquals(HW, predictive.names());
        // scipy.stats.multivariate_t(mN, SN·(κ_N+1)/(κ_N·13), df=13).logpdf([70,160]) = -6.5019643270006835
        assertClose(-6.5019643270006835, predictive.logpdf(new double[] {70, 160}), 1e-13);
        // ... .logpdf([70+1e4, 160]) = -113.10146994025187: polynomial tails, finite
        assertClose(-113.10146994025187, predictive.logpdf(new double[] {70 + 1e4, 160}), 1e-13);
    }

    @Test
    void logEvidence() {
        // chain rule with scipy.stats.multivariate_t predictives: -75.85539317492724
        assertClose(-75.85539317492724, POSTERIOR.logEvidence(), 1e-13);
        assertEquals(0.0, PRIOR.posterior(new Moments(2)).logEvidence(), 1e-13);
    }

    @Test
    void streamingUpdateEqualsBatch() {
        Moments first = TestData.moments(TestData.firstRows(FIRST_TEN, 4));
        Moments rest = new Moments(2);
        for (int i = 4; i < 10; i++) {
            rest.add(FIRST_TEN[i]);
        }
        NiwPosterior streamed = PRIOR.posterior(first).update(rest);
        assertClose(POSTERIOR.mN(), streamed.mN(), 1e-14);
        assertClose(POSTERIOR.SN(), streamed.SN(), 1e-14);
        assertEquals(10, streamed.n());
        assertClose(POSTERIOR.logEvidence(), streamed.logEvidence(), 1e-13);
        assertSame(streamed, streamed.update(new Moments(2)));
    }

    @Test
    void originShiftedMoments() {
        double[] origin = {60, 100};
        Moments deltas = new Moments(2);
        for (double[] row : FIRST_TEN) {
            deltas.add(new double[] {row[0] - origin[0], row[1] - origin[1]});
        }
        NiwPosterior shifted = PRIOR.posterior(deltas, origin);
        assertClose(POSTERIOR.mN(), shifted.mN(), 1e-14);
        assertClose(POSTERIOR.SN(), shifted.SN(), 1e-14);
    }

    @Test
    void oneDimensional() {
        Moments heights = new Moments(1);
        for (double[] row : FIRST_TEN) {
            heights.add(new double[] {row[0]});
        }
        NiwPosterior p = new NiwPrior(new double[] {60}, 1, 3, new double[][] {{20}}).posterior(heights);
        // numpy NIW update: m_N = 65.81818181818181, κ_N = 11, ν_N = 13, S_N = 345.63636363636374
        assertClose(65.81818181818181, p.mN()[0], 1e-14);
        assertClose(345.63636363636374, p.SN()[0][0], 1e-14);
        // chain rule with scipy 1-d multivariate_t predictives
        assertClose(-34.640671484447836, p.logEvidence(), 1e-13);
        // m_N ± scipy.stats.t.ppf(0.95, 13)·sqrt(S_N/(11·13))
        assertClose(new double[] {63.06494275437962, 68.571420881984}, p.credibleIntervals(0.9)[0], 1e-12);
    }

    @Test
    void tenDimensional() {
        int d = 10;
        double[][] rows = new double[50][d];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = Math.sin(0.7 * i * (j + 1) + j);
            }
        }
        double[][] s0 = new double[d][d];
        for (int i = 0; i < d; i++) {
            s0[i][i] = 0.5;
        }
        NiwPosterior p = new NiwPrior(new double[d], 0.1, d + 2, s0).posterior(TestData.moments(rows));
        // chain rule with scipy multivariate_t predictives, prior m0 = 0, κ0 = 0.1, ν0 = 12, S0 = 0.5·I
        assertClose(-523.1765364529356, p.logEvidence(), 1e-12);
        double[] x = new double[d];
        java.util.Arrays.fill(x, 0.1);
        // scipy multivariate_t predictive after all 50 rows, at x = 0.1·1
        assertClose(-12.602453891563474, p.predictive().logpdf(x), 1e-12);
    }

    @Test
    void weakDefault() {
        NiwPrior weak = NiwPrior.weakDefault(TestData.moments(TestData.heightWeight()));
        // numpy: X.mean(0), numpy.var(X, axis=0) on all 210 rows
        assertClose(new double[] {67.36190476190477, 145.65714285714284}, weak.m0(), 1e-14);
        assertEquals(0.01, weak.kappa0());
        assertEquals(4.0, weak.nu0());
        assertClose(new double[][] {{19.783310657596367, 0}, {0, 1063.863401360544}}, weak.S0(), 1e-13);
        assertEquals(List.of("x1", "x2"), weak.names());
    }

    @Test
    void priorValidation() {
        double[][] s0 = {{1, 0}, {0, 1}};
        GaussianException kappa = assertThrows(GaussianException.class,
                () -> new NiwPrior(new double[] {0, 0}, 0, 4, s0));
        assertEquals("prior strength kappa0 must be positive and finite, got 0", kappa.getMessage());
        GaussianException nu = assertThrows(GaussianException.class,
                () -> new NiwPrior(new double[] {0, 0}, 1, 1, s0));
        assertEquals("prior degrees of freedom nu0 must exceed d − 1 = 1 for 2 variables, got 1", nu.getMessage());
        assertEquals("use nu0 = d + 2 = 4 for a weak prior whose covariance has a finite mean", nu.hint());
        GaussianException scale = assertThrows(GaussianException.class,
                () -> new NiwPrior(new double[] {0, 0}, 1, 4, new double[][] {{1, 1}, {1, 1}}, List.of("u", "v")));
        assertEquals("prior scale S0 of (u, v) is singular (rank 1 of 2): 'v' is a linear combination of 'u'",
                scale.getMessage());
    }

    @Test
    void meanOfSigmaNeedsEnoughDegreesOfFreedom() {
        NiwPosterior prior = new NiwPrior(new double[] {0, 0}, 1, 2.5, new double[][] {{1, 0}, {0, 1}})
                .posterior(new Moments(2));
        GaussianException e = assertThrows(GaussianException.class, prior::posteriorMeanSigma);
        assertEquals("the posterior mean of the covariance of (x1, x2) is infinite: it needs nu_N > d + 1 = 3, got"
                + " nu_N = 2.5", e.getMessage());
        assertClose(new double[][] {{1 / 6.5, 0}, {0, 1 / 6.5}}, prior.posteriorModeSigma(), 1e-15);
    }

    @Test
    void predictiveSamplesFollowTheStudentT() {
        MultivariateStudentT predictive = POSTERIOR.predictive();
        Moments m = TestData.moments(predictive.sample(200_000, new Well19937c(7)));
        // Monte Carlo: covariance ν/(ν−2)·scale
        assertClose(predictive.location(), m.mean(), 0.01);
        double[][] expected = predictive.cov();
        double[][] actual = m.covariance(Estimator.UNBIASED);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertTrue(Math.abs(expected[i][j] - actual[i][j]) < 0.03 * expected[i][i], expected[i][j] + " " + actual[i][j]);
            }
        }
    }
}
