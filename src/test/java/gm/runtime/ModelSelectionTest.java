package gm.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelSelectionTest {
    private static final double[][] FIRST_TEN = TestData.firstRows(TestData.heightWeight(), 10);

    @Test
    void bicAndAicOfFullFit() {
        Gaussian g = GaussianFit.fit(TestData.moments(FIRST_TEN), null, Estimator.MLE, CovarianceStructure.FULL,
                List.of("height", "weight"));
        double loglik = GaussianFit.logLikelihood(g, FIRST_TEN);
        // by hand: loglik = -69.16254941199219 (scipy), k = 5: 2·69.16254941199219 + 5·ln 10, + 2·5
        assertClose(149.8380242889546, ModelSelection.bic(g, loglik, 10), 1e-13);
        assertClose(148.32509882398438, ModelSelection.aic(g, loglik), 1e-13);
    }

    @Test
    void penaltyFollowsStructure() {
        Gaussian spherical = GaussianFit.fit(TestData.moments(FIRST_TEN), null, Estimator.MLE,
                CovarianceStructure.SPHERICAL, List.of("height", "weight"));
        // k = d + 1 = 3
        assertClose(-2 * -90.0 + 3 * Math.log(10), ModelSelection.bic(spherical, -90.0, 10), 1e-15);
        assertClose(-2 * -90.0 + 6, ModelSelection.aic(spherical, -90.0), 1e-15);
    }

    @Test
    void rejectsBadInputs() {
        Gaussian g = Gaussian.of(new double[] {0}, new double[][] {{1}});
        assertThrows(GaussianException.class, () -> ModelSelection.bic(g, Double.NEGATIVE_INFINITY, 10));
        assertThrows(GaussianException.class, () -> ModelSelection.bic(g, -1, 0));
    }
}
