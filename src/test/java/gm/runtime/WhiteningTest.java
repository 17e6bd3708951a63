package gm.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WhiteningTest {
    private static final double[][] ROWS = TestData.heightWeight();
    private static final double[][] IDENTITY = {{1, 0}, {0, 1}};

    private static double[][] unbiasedCov(double[][] rows) {
        return TestData.moments(rows).covariance(Estimator.UNBIASED);
    }

    @Test
    void standardizedCovarianceIsTheCorrelation() {
        double[][] z = Whitening.standardize(ROWS);
        // numpy: (X - X.mean(0)) / sqrt(diag(numpy.cov(X.T))), row 0; numpy.corrcoef(X.T)[0,1] = 0.717004018118224
        assertClose(new double[] {-0.08117238524067238, -0.6318162830650595}, z[0], 1e-13);
        assertClose(new double[][] {{1, 0.717004018118224}, {0.717004018118224, 1}}, unbiasedCov(z), 1e-13);
        assertClose(new double[] {0, 0}, TestData.moments(z).mean(), 1e-13);
    }

    @Test
    void zca() {
        double[][] y = Whitening.whiten(ROWS, WhiteningMethod.ZCA);
        // numpy: inv(scipy.linalg.sqrtm(numpy.cov(X.T))) @ (X[0] - X.mean(0))
        assertClose(new double[] {0.47513341539862736, -0.676753358189693}, y[0], 1e-12);
        assertClose(IDENTITY, unbiasedCov(y), 1e-12);
    }

    @Test
    void cholesky() {
        double[][] y = Whitening.whiten(ROWS, WhiteningMethod.CHOLESKY);
        // numpy: solve(cholesky(numpy.cov(X.T)), X[0] - X.mean(0)); the first coordinate is the standardized height
        assertClose(new double[] {-0.08117238524067233, -0.8228960530490682}, y[0], 1e-12);
        assertClose(IDENTITY, unbiasedCov(y), 1e-12);
    }

    @Test
    void pca() {
        double[][] y = Whitening.whiten(ROWS, WhiteningMethod.PCA);
        // numpy.linalg.eigh(numpy.cov(X.T)), descending, each eigenvector's largest |entry| made positive:
        // (Uᵀ(X[0] - X.mean(0))) / sqrt(λ)
        assertClose(new double[] {-0.6268344154346334, 0.5392823804614022}, y[0], 1e-12);
        assertClose(IDENTITY, unbiasedCov(y), 1e-12);
    }

    @Test
    void tenDimensionalWhiteningGivesIdentity() {
        double[][] rows = new double[50][10];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 10; j++) {
                rows[i][j] = Math.sin(0.7 * i * (j + 1) + j);
            }
        }
        double[][] identity = new double[10][10];
        for (int i = 0; i < 10; i++) {
            identity[i][i] = 1;
        }
        for (WhiteningMethod method : WhiteningMethod.values()) {
            assertClose(identity, unbiasedCov(Whitening.whiten(rows, method)), 1e-9);
        }
    }

    @Test
    void errorsNameTheColumn() {
        double[][] constant = {{1, 5}, {2, 5}, {3, 5}};
        GaussianException standardize = assertThrows(GaussianException.class,
                () -> Whitening.standardize(constant, List.of("h", "w")));
        assertEquals("cannot standardize (h, w): 'w' is constant (variance 0)", standardize.getMessage());
        GaussianException whiten = assertThrows(GaussianException.class,
                () -> Whitening.whiten(constant, WhiteningMethod.PCA, List.of("h", "w")));
        assertEquals("covariance of (h, w) is singular: 'w' is constant (variance 0)", whiten.getMessage());
        assertThrows(GaussianException.class, () -> Whitening.whiten(new double[][] {{1, 2}, {3, 5}}, WhiteningMethod.ZCA));
        assertThrows(GaussianException.class, () -> Whitening.standardize(new double[][] {{1, 2}}));
    }
}
