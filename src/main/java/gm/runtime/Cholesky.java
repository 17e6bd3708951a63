package gm.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lower-triangular factor L of a symmetric positive-definite matrix A = LLᵀ. Factoring diagnoses failure
 * per variable: a zero variance (constant), a variable whose variance is (numerically) fully explained by the
 * earlier ones (linear combination), or an impossible matrix (not positive semi-definite).
 */
final class Cholesky {
    /**
     * A variable whose variance left after regressing on the earlier variables (1 - R²) is below this fraction
     * of its own variance is treated as an exact linear combination: solves through it would lose ~10 digits.
     */
    private static final double MIN_UNEXPLAINED_FRACTION = 1e-10;
    /** Regression coefficients contributing less than this (in standard deviations) are not named. */
    private static final double NEGLIGIBLE_CONTRIBUTION = 1e-6;

    private final double[][] lower;
    /** log|A|, computed once: densities ask for it at every point. */
    private final double logDet;

    /**
     * L's rows up to the diagonal, one after the other (L[i][0..i]), each diagonal entry replaced by its reciprocal:
     * the layout that scoring many points reads (a multiplication is on the path from one step of the substitution to
     * the next where a division would take three to four times as long).
     */
    private final double[] packed;

    private Cholesky(double[][] lower) {
        this.lower = lower;
        int d = lower.length;
        this.packed = new double[d * (d + 1) / 2];
        for (int i = 0, at = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                packed[at++] = lower[i][j];
            }
            packed[at++] = 1 / lower[i][i];
        }
        double sum = 0;
        for (int k = 0; k < lower.length; k++) {
            sum += Math.log(lower[k][k]);
        }
        this.logDet = 2 * sum;
    }

    /**
     * @param matrixName what the matrix is, for messages ("covariance", "prior scale S0")
     * @param fitted     whether the matrix was estimated from data, which changes the advice given
     */
    static Cholesky of(double[][] a, List<String> names, String matrixName, boolean fitted) {
        int d = a.length;
        double[][] lower = new double[d][d];
        List<String> constant = new ArrayList<>();
        List<String> dependent = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            double variance = a[k][k];
            String name = names.get(k);
            if (variance < 0) {
                throw new GaussianException(
                        matrixName + " of " + Wording.tuple(names) + " is not positive definite: the variance of '"
                                + name + "' is negative (" + variance + ")",
                        "variances on the diagonal must be positive");
            }
            for (int j = 0; j < k; j++) {
                double sum = a[k][j];
                for (int i = 0; i < j; i++) {
                    sum -= lower[k][i] * lower[j][i];
                }
                lower[k][j] = lower[j][j] == 0 ? 0 : sum / lower[j][j];
            }
            double residual = variance;
            for (int j = 0; j < k; j++) {
                residual -= lower[k][j] * lower[k][j];
            }
            if (variance == 0) {
                constant.add(name);
                details.add("'" + name + "' is constant (variance 0)");
                clearRow(lower, k);
            } else if (residual < -MIN_UNEXPLAINED_FRACTION * variance) {
                throw new GaussianException(
                        matrixName + " of " + Wording.tuple(names) + " is not positive definite: the covariances of '"
                                + name + "' with the earlier variables are impossible (its variance given them would be "
                                + Wording.number(residual) + ")",
                        "check the entries: every correlation must lie in [-1, 1] and together they must be consistent"
                                + " (all eigenvalues positive)");
            } else if (residual <= MIN_UNEXPLAINED_FRACTION * variance) {
                dependent.add(name);
                details.add("'" + name + "' is a linear combination of " + explainingVariables(lower, a, k, names));
                clearRow(lower, k);
            } else {
                lower[k][k] = Math.sqrt(residual);
            }
        }
        if (!details.isEmpty()) {
            String rank = dependent.isEmpty() ? "" : " (rank " + (d - constant.size() - dependent.size()) + " of " + d + ")";
            throw new GaussianException(
                    matrixName + " of " + Wording.tuple(names) + " is singular" + rank + ": " + String.join("; ", details),
                    fitted ? fittedHint(constant, dependent)
                            : "give a positive-definite matrix: no zero variances and no variable that is an exact"
                                    + " linear combination of the others");
        }
        return new Cholesky(lower);
    }

    private static void clearRow(double[][] lower, int k) {
        Arrays.fill(lower[k], 0);
    }

    /**
     * Names the earlier independent variables that variable k is regressed on. Row k of L (left of the diagonal)
     * is L_II⁻¹ a_Ik over the independent set I, so the coefficients are one back substitution away.
     */
    private static String explainingVariables(double[][] lower, double[][] a, int k, List<String> names) {
        double[] coefficients = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            if (lower[j][j] == 0) {
                continue;
            }
            double sum = lower[k][j];
            for (int i = j + 1; i < k; i++) {
                sum -= lower[i][j] * coefficients[i];
            }
            coefficients[j] = sum / lower[j][j];
        }
        List<String> explaining = new ArrayList<>();
        double scale = Math.sqrt(a[k][k]);
        for (int j = 0; j < k; j++) {
            if (Math.abs(coefficients[j]) * Math.sqrt(a[j][j]) > NEGLIGIBLE_CONTRIBUTION * scale) {
                explaining.add(names.get(j));
            }
        }
        return explaining.isEmpty() ? "the others" : Wording.quotedList(explaining);
    }

    private static String fittedHint(List<String> constant, List<String> dependent) {
        List<String> advice = new ArrayList<>();
        if (!constant.isEmpty()) {
            advice.add("drop " + Wording.quotedList(constant) + " (a constant column carries no information)");
        }
        if (!dependent.isEmpty()) {
            advice.add("drop " + Wording.quotedList(dependent) + " or use a diagonal or spherical covariance");
        }
        return String.join("; ", advice);
    }

    int dim() {
        return lower.length;
    }

    /** log|A| = 2 Σ log L_kk. */
    double logDet() {
        return logDet;
    }

    /** z with Lz = b. */
    double[] solveLower(double[] b) {
        int d = lower.length;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = b[i];
            for (int j = 0; j < i; j++) {
                sum -= lower[i][j] * z[j];
            }
            z[i] = sum / lower[i][i];
        }
        return z;
    }

    /** x with Lᵀx = y. */
    double[] solveUpper(double[] y) {
        int d = lower.length;
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = y[i];
            for (int j = i + 1; j < d; j++) {
                sum -= lower[j][i] * x[j];
            }
            x[i] = sum / lower[i][i];
        }
        return x;
    }

    /** x with Ax = b. */
    double[] solve(double[] b) {
        return solveUpper(solveLower(b));
    }

    /** A⁻¹B, column by column. */
    double[][] solve(double[][] b) {
        int rows = b.length;
        int columns = b[0].length;
        double[][] result = new double[rows][columns];
        double[] column = new double[rows];
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                column[r] = b[r][c];
            }
            double[] solved = solve(column);
            for (int r = 0; r < rows; r++) {
                result[r][c] = solved[r];
            }
        }
        return result;
    }

    /**
     * (x - c)ᵀA⁻¹(x - c) = |L⁻¹(x - c)|², with {@code scratch} (length d) holding L⁻¹(x - c): nothing is allocated.
     * Forward substitution as in {@link #solveLower}, multiplying by each diagonal entry's reciprocal (one more
     * rounding per entry than dividing).
     */
    double quadraticFormAbout(double[] x, double[] c, double[] scratch) {
        double[] l = packed;
        int d = scratch.length;
        double sum = 0;
        int i = 0;
        int row = 0; // where row i of L starts
        // two rows at a time: their sums share the loads of the earlier entries and run side by side
        for (; i + 1 < d; i += 2) {
            int next = row + i + 1;
            double z = x[i] - c[i];
            double zNext = x[i + 1] - c[i + 1];
            for (int j = 0; j < i; j++) {
                double earlier = scratch[j];
                z -= l[row + j] * earlier;
                zNext -= l[next + j] * earlier;
            }
            z *= l[row + i];
            scratch[i] = z;
            sum += z * z;
            zNext -= l[next + i] * z;
            zNext *= l[next + i + 1];
            scratch[i + 1] = zNext;
            sum += zNext * zNext;
            row = next + i + 2;
        }
        if (i < d) {
            double z = x[i] - c[i];
            for (int j = 0; j < i; j++) {
                z -= l[row + j] * scratch[j];
            }
            z *= l[row + i];
            scratch[i] = z;
            sum += z * z;
        }
        return sum;
    }

    /** bᵀA⁻¹b = |L⁻¹b|². */
    double quadraticForm(double[] b) {
        double[] z = solveLower(b);
        double sum = 0;
        for (double v : z) {
            sum += v * v;
        }
        return sum;
    }

    /** Lz: maps standard normal draws to draws with covariance A. */
    double[] multiplyLower(double[] z) {
        int d = lower.length;
        double[] result = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = 0;
            for (int j = 0; j <= i; j++) {
                sum += lower[i][j] * z[j];
            }
            result[i] = sum;
        }
        return result;
    }

    double[][] lower() {
        return Checks.copy(lower);
    }
}
