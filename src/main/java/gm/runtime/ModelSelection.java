package gm.runtime;

/**
 * Information criteria in the convention of R's {@code AIC}/{@code BIC} and Murphy's "BIC cost" (§5.3.2.4):
 * −2·loglik + penalty, so smaller is better (Murphy's "BIC score" is −½ of this). The parameter count k comes from the model's covariance structure
 * ({@link CovarianceStructure#parameterCount}), mean included.
 */
public final class ModelSelection {
    private ModelSelection() {
    }

    /** −2·loglik + k·ln n. */
    public static double bic(Gaussian g, double loglik, long n) {
        requireFinite(loglik);
        if (n < 1) {
            throw new GaussianException("BIC needs the number of rows the likelihood was computed on, got " + n,
                    "give n ≥ 1");
        }
        return -2 * loglik + g.structure().parameterCount(g.dim()) * Math.log(n);
    }

    /** −2·loglik + 2k. */
    public static double aic(Gaussian g, double loglik) {
        requireFinite(loglik);
        return -2 * loglik + 2 * g.structure().parameterCount(g.dim());
    }

    private static void requireFinite(double loglik) {
        if (!Double.isFinite(loglik)) {
            throw new GaussianException("the log-likelihood is " + loglik,
                    "a point has zero density under the model; check the data or the model");
        }
    }
}
