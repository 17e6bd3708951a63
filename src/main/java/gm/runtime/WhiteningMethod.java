package gm.runtime;

/** How {@link Whitening#whiten} rotates the centred data once its covariance is the identity. */
public enum WhiteningMethod {
    /** y = Λ^{-1/2} Uᵀ (x - x̄): coordinates along the principal axes, largest variance first. */
    PCA,
    /** y = U Λ^{-1/2} Uᵀ (x - x̄) = Σ^{-1/2} (x - x̄): the whitened data closest to the original (Mahalanobis/ZCA). */
    ZCA,
    /** y = L⁻¹ (x - x̄) with Σ = LLᵀ: each variable decorrelated from the earlier ones, in column order. */
    CHOLESKY
}
