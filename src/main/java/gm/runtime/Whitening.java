package gm.runtime;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Standardising and whitening of data. Both use the unbiased sample mean and covariance (divisor n - 1), so the
 * sample covariance of the result as computed by R's {@code cov} or {@code numpy.cov} is the correlation matrix
 * (standardize) or the identity (whiten).
 */
public final class Whitening {
    private Whitening() {
    }

    /** (x - x̄)/s per column, s the unbiased standard deviation. Variables are named x1..xd in messages. */
    public static double[][] standardize(double[][] rows) {
        return standardize(rows, Checks.defaultNames(columnCount(rows)));
    }

    public static double[][] standardize(double[][] rows, List<String> names) {
        Moments moments = moments(rows, names);
        double[][] cov = moments.covariance(Estimator.UNBIASED);
        List<String> constant = IntStream.range(0, names.size()).filter(j -> cov[j][j] == 0).mapToObj(names::get)
                .toList();
        if (!constant.isEmpty()) {
            throw new GaussianException("cannot standardize " + Wording.tuple(names) + ": " + Wording.quotedList(constant)
                    + (constant.size() == 1 ? " is" : " are") + " constant (variance 0)",
                    "drop " + Wording.quotedList(constant));
        }
        double[] mean = moments.mean();
        double[][] result = new double[rows.length][names.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < names.size(); j++) {
                result[i][j] = (rows[i][j] - mean[j]) / Math.sqrt(cov[j][j]);
            }
        }
        return result;
    }

    /** Variables are named x1..xd in messages. */
    public static double[][] whiten(double[][] rows, WhiteningMethod method) {
        return whiten(rows, method, Checks.defaultNames(columnCount(rows)));
    }

    /**
     * Rows whose unbiased sample covariance is the identity. The covariance must be positive definite (more rows
     * than variables, no constant or linearly dependent column); PCA eigenvectors are signed so that their
     * largest-magnitude entry is positive, which makes the result deterministic.
     */
    public static double[][] whiten(double[][] rows, WhiteningMethod method, List<String> names) {
        Gaussian fitted = GaussianFit.fit(moments(rows, names), null, Estimator.UNBIASED, CovarianceStructure.FULL,
                names);
        double[] mean = fitted.mean();
        int d = names.size();
        double[][] centred = new double[rows.length][d];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                centred[i][j] = rows[i][j] - mean[j];
            }
        }
        if (method == WhiteningMethod.CHOLESKY) {
            Cholesky factor = fitted.cholesky();
            return Arrays.stream(centred).map(factor::solveLower).toArray(double[][]::new);
        }
        double[][] transform = method == WhiteningMethod.PCA ? pcaTransform(fitted.cov()) : zcaTransform(fitted.cov());
        return Arrays.stream(centred).map(x -> multiply(transform, x)).toArray(double[][]::new);
    }

    /** Rows of Λ^{-1/2}Uᵀ: unit eigenvectors scaled by 1/√λ, largest eigenvalue first. */
    private static double[][] pcaTransform(double[][] cov) {
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(cov));
        double[] eigenvalues = eigen.getRealEigenvalues();
        int d = cov.length;
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> eigenvalues[k]).reversed());
        double[][] transform = new double[d][];
        for (int row = 0; row < d; row++) {
            int k = order[row];
            double[] vector = eigen.getEigenvector(k).toArray();
            int largest = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(vector[j]) > Math.abs(vector[largest])) {
                    largest = j;
                }
            }
            double scale = Math.signum(vector[largest]) / Math.sqrt(eigenvalues[k]);
            for (int j = 0; j < d; j++) {
                vector[j] *= scale;
            }
            transform[row] = vector;
        }
        return transform;
    }

    /** U Λ^{-1/2} Uᵀ. */
    private static double[][] zcaTransform(double[][] cov) {
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(cov));
        RealMatrix vectors = eigen.getV();
        double[] eigenvalues = eigen.getRealEigenvalues();
        int d = cov.length;
        double[][] transform = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += vectors.getEntry(i, k) * vectors.getEntry(j, k) / Math.sqrt(eigenvalues[k]);
                }
                transform[i][j] = sum;
            }
        }
        return transform;
    }

    private static double[] multiply(double[][] matrix, double[] x) {
        double[] result = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            result[i] = Gaussian.dot(matrix[i], x);
        }
        return result;
    }

    private static int columnCount(double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new GaussianException("no rows to transform", "give at least two rows");
        }
        return rows[0].length;
    }

    private static Moments moments(double[][] rows, List<String> names) {
        columnCount(rows);
        Moments moments = new Moments(names.size());
        for (double[] row : rows) {
            Checks.requireVector(row, names, "row");
            moments.add(row);
        }
        return moments;
    }
}
