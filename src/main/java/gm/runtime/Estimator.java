package gm.runtime;

/** How a covariance is normalised: by n (maximum likelihood) or by n - 1 (unbiased, as R's {@code cov}). */
public enum Estimator {
    MLE,
    UNBIASED
}
