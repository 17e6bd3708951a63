package gm.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NormalMeanPosteriorTest {
    private static final Gaussian PRIOR = Gaussian.of(new double[] {0, 1}, new double[][] {{4, 1}, {1, 2}},
            List.of("a", "b"));
    private static final double[][] KNOWN = {{1, .3}, {.3, .5}};

    @Test
    void oneDimensional() {
        NormalMeanPosterior p = NormalMeanPosterior.of(0, 4, 1, 10, 1.2);
        // Murphy 4.6.1 by hand: τ_N² = 1/(1/4 + 10) = 0.0975609756097561, μ_N = τ_N²·(10·1.2) = 1.1707317073170733
        assertClose(1.1707317073170733, p.mean()[0], 1e-15);
        assertClose(1.1707317073170733, p.map()[0], 1e-15);
        assertClose(0.0975609756097561, p.cov()[0][0], 1e-15);
        // μ_N ± scipy.stats.norm.ppf(0.975)·τ_N
        assertClose(new double[] {0.5585418100534694, 1.7829216045806773}, p.credibleIntervals(0.95)[0], 1e-14);
        // predictive variance τ_N² + σ²
        assertClose(1.0975609756097562, p.predictive().cov()[0][0], 1e-15);
    }

    @Test
    void multivariate() {
        NormalMeanPosterior p = NormalMeanPosterior.of(PRIOR, KNOWN, 7, new double[] {.8, 1.5});
        // numpy, Murphy 4.173–4.174 with explicit inverses: V_N = inv(inv(V0) + 7 inv(Σ)), m_N = V_N(inv(Σ)·7x̄ + inv(V0)m0)
        assertClose(new double[] {0.7712752920672095, 1.481713460962392}, p.mean(), 1e-14);
        assertClose(new double[][] {{0.13790474115628656, 0.04114811688134854}, {0.04114811688134854, 0.0689523705781433}},
                p.cov(), 1e-14);
        // m_N[j] ± scipy.stats.norm.ppf(0.95)·sqrt(V_N[j][j])
        double[][] intervals = p.credibleIntervals(0.9);
        assertClose(new double[] {0.1604502191337931, 1.3821003650006258}, intervals[0], 1e-14);
        assertClose(new double[] {1.049794909772406, 1.9136320121523782}, intervals[1], 1e-14);
        // scipy.stats.multivariate_normal(m_N, V_N + Σ).logpdf([1,1]) = -1.868836153038732
        assertClose(-1.868836153038732, p.predictive().logpdf(new double[] {1, 1}), 1e-14);
    }

    @Test
    void fromMomentsMatchesSummary() {
        Moments data = new Moments(2);
        data.add(new double[] {.5, 1});
        data.add(new double[] {1.1, 2});
        NormalMeanPosterior fromMoments = NormalMeanPosterior.of(PRIOR, KNOWN, data, null);
        NormalMeanPosterior fromSummary = NormalMeanPosterior.of(PRIOR, KNOWN, 2, new double[] {.8, 1.5});
        assertClose(fromSummary.mean(), fromMoments.mean(), 1e-15);
        assertClose(fromSummary.cov(), fromMoments.cov(), 1e-15);
        assertClose(PRIOR.mean(), NormalMeanPosterior.of(PRIOR, KNOWN, new Moments(2), null).mean(), 0);
    }

    @Test
    void manyRowsKeepPrecision() {
        NormalMeanPosterior p = NormalMeanPosterior.of(PRIOR, KNOWN, 1_000_000_000_000L, new double[] {.8, 1.5});
        // numpy 1e12·inv(inv(V0) + 1e12·inv(Σ)), ≈ Σ
        assertClose(new double[][] {{0.9999999999997488, 0.29999999999991294}, {0.29999999999991294, 0.4999999999998744}},
                scaledBy(p.cov(), 1e12), 1e-14);
    }

    private static double[][] scaledBy(double[][] m, double factor) {
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return m;
    }

    @Test
    void errors() {
        assertThrows(GaussianException.class, () -> NormalMeanPosterior.of(0, 0, 1, 10, 1.2));
        assertThrows(GaussianException.class, () -> NormalMeanPosterior.of(0, 4, -1, 10, 1.2));
        assertThrows(GaussianException.class, () -> NormalMeanPosterior.of(PRIOR, KNOWN, 3, new double[] {1}));
        assertThrows(GaussianException.class, () -> NormalMeanPosterior.of(0, 4, 1, 10, 1.2).credibleIntervals(1));
    }
}
