package gm.runtime.classify;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.GaussianException;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvaluationTest {
    private static final double[][] ROWS = GaussianClassifierTest.SYNTHETIC;
    private static final int[] LABELS = GaussianClassifierTest.SYNTHETIC_LABELS;

    private static Function<boolean[], Classifier> qda(double[][] rows, int[] labels, List<String> classes,
            List<String> features, ClassPrior prior, boolean linear) {
        return mask -> {
            var moments = ClassifyTestData.perClass(rows, labels, classes.size(), null, mask);
            return linear
                    ? GaussianClassifier.lda(classes, moments, null, features, Estimator.UNBIASED,
                            CovarianceStructure.FULL, prior)
                    : GaussianClassifier.qda(classes, moments, null, features, Estimator.UNBIASED,
                            CovarianceStructure.FULL, prior);
        };
    }

    private static long[][] confusion(long[]... rows) {
        return rows;
    }

    @Test
    void confusionErrorRateAndRecall() {
        Evaluation evaluation = Evaluation.of(List.of("a", "b", "c"), new int[] {0, 0, 0, 1, 1, 2},
                new int[] {0, 1, 0, 1, 1, 0});
        assertArrayEquals(confusion(new long[] {2, 1, 0}, new long[] {0, 2, 0}, new long[] {1, 0, 0}),
                evaluation.confusion());
        assertEquals(6, evaluation.rows());
        assertEquals(2, evaluation.errors());
        assertEquals(2 / 6.0, evaluation.errorRate(), 1e-15);
        assertClose(new double[] {2 / 3.0, 1, 0}, evaluation.recall(), 1e-15);
        // no row of class c: its recall is undefined
        assertEquals(Double.NaN, Evaluation.of(List.of("a", "b", "c"), new int[] {0, 1}, new int[] {0, 1}).recall()[2]);
    }

    @Test
    void kFoldWithRowIInFoldIModK() {
        // numpy/sklearn: for f in range(k): test = arange(18) % k == f; QuadraticDiscriminantAnalysis().fit(X[~test],
        // y[~test]).predict(X[test]); k = 3 gives error 4/18 and confusion [[5,1,0],[1,5,0],[0,2,4]]
        Function<boolean[], Classifier> refit = qda(ROWS, LABELS, GaussianClassifierTest.ABC, GaussianClassifierTest.XY,
                ClassPrior.empirical(), false);
        Evaluation threeFold = Evaluation.crossValidate(ROWS, LABELS, 3, refit);
        assertArrayEquals(confusion(new long[] {5, 1, 0}, new long[] {1, 5, 0}, new long[] {0, 2, 4}),
                threeFold.confusion());
        assertEquals(0.2222222222222222, threeFold.errorRate(), 1e-15);
        // k = 18 (leave-one-out): error 5/18, confusion [[5,0,1],[2,4,0],[1,1,4]]
        Evaluation leaveOneOut = Evaluation.leaveOneOut(ROWS, LABELS, refit);
        assertArrayEquals(confusion(new long[] {5, 0, 1}, new long[] {2, 4, 0}, new long[] {1, 1, 4}),
                leaveOneOut.confusion());
        assertEquals(0.2777777777777778, leaveOneOut.errorRate(), 1e-15);
    }

    @Test
    void leaveOneOutMatchesMass() {
        double[][] rows = ClassifyTestData.heightWeightRows();
        int[] labels = ClassifyTestData.heightWeightLabels();
        List<String> sexes = List.of("male", "female");
        List<String> hw = List.of("height", "weight");
        // R's CV = TRUE keeps the prior of all 210 rows: table(d$V1) = 73, 137
        ClassPrior fullDataPrior = ClassPrior.of(73 / 210.0, 137 / 210.0);
        // R: MASS::qda(factor(V1) ~ V2 + V3, data = d, method = "moment", CV = TRUE): error 0.1285714,
        // table(d$V1, q$class) = [[58, 15], [12, 125]]
        Evaluation qda = Evaluation.leaveOneOut(rows, labels, qda(rows, labels, sexes, hw, fullDataPrior, false));
        assertArrayEquals(confusion(new long[] {58, 15}, new long[] {12, 125}), qda.confusion());
        // R: MASS::lda(..., method = "moment", CV = TRUE): error 0.1190476, [[59, 14], [11, 126]]
        Evaluation lda = Evaluation.leaveOneOut(rows, labels, qda(rows, labels, sexes, hw, fullDataPrior, true));
        assertArrayEquals(confusion(new long[] {59, 14}, new long[] {11, 126}), lda.confusion());
        // refitting the prior in each fold too (hand numpy loop with np.bincount(y_train) / 209): [[58, 15], [11, 126]]
        Evaluation refitPrior = Evaluation.leaveOneOut(rows, labels,
                qda(rows, labels, sexes, hw, ClassPrior.empirical(), true));
        assertArrayEquals(confusion(new long[] {58, 15}, new long[] {11, 126}), refitPrior.confusion());
        assertEquals(0.12380952380952381, refitPrior.errorRate(), 1e-15);
    }

    @Test
    void errorsNameTheFold() {
        // rows 0 and 3 are held out in fold 1, rows 1 and 4 in fold 2: class b (rows 1 and 2) keeps one row in fold 2
        double[][] rows = {{0}, {5}, {6}, {1}, {2}, {3}};
        int[] labels = {0, 1, 1, 0, 0, 0};
        Function<boolean[], Classifier> refit = qda(rows, labels, List.of("a", "b"), List.of("x"), ClassPrior.uniform(),
                false);
        GaussianException e = assertThrows(GaussianException.class, () -> Evaluation.crossValidate(rows, labels, 3, refit));
        assertEquals("cross-validation fold 2 of 3: class 'b' has 1 row; a full covariance of (x) needs at least 2",
                e.getMessage());
        e = assertThrows(GaussianException.class, () -> Evaluation.crossValidate(rows, labels, 7, refit));
        assertEquals("cross-validation needs between 2 and 6 folds (the number of rows), got 7", e.getMessage());
    }
}
