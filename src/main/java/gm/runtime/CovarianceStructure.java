package gm.runtime;

/** The shape a fitted covariance is constrained to. */
public enum CovarianceStructure {
    /** Any symmetric positive-definite matrix. */
    FULL,
    /** Independent variables, one variance each. */
    DIAGONAL,
    /** One variance shared by all variables: σ²·I. */
    SPHERICAL;

    /** Free parameters of a d-dimensional Gaussian with this structure, mean included (used by BIC/AIC). */
    public int parameterCount(int d) {
        return switch (this) {
            case FULL -> d * (d + 3) / 2;
            case DIAGONAL -> 2 * d;
            case SPHERICAL -> d + 1;
        };
    }
}
