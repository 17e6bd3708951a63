package gm.runtime.classify;

import java.util.List;

import org.junit.jupiter.api.Test;

import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.Gaussian;
import gm.runtime.GaussianException;
import gm.runtime.Moments;

import static gm.runtime.TestData.assertClose;
import static gm.runtime.classify.ClassifyTestData.perClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GaussianClassifierTest {
    private static final List<String> SEXES = List.of("male", "female");
    private static final List<String> HW = List.of("height", "weight");
    private static final double[][] HW_ROWS = ClassifyTestData.heightWeightRows();
    private static final int[] HW_LABELS = ClassifyTestData.heightWeightLabels();
    /** Points where R's posteriors are checked. */
    private static final double[][] HW_POINTS = {{72, 180}, {60, 100}, {66, 150}, {100, 50}};

    /**
     * 18 rows of three classes, six each, drawn by numpy: rng = numpy.random.default_rng(4); per class
     * rng.multivariate_normal(m, S, 6) with (m, S) = ([0,0], [[1,.5],[.5,1]]), ([2,1], [[.5,0],[0,2]]),
     * ([-1,2], [[1,-.3],[-.3,.6]]), rounded to 2 decimals.
     */
    static final double[][] SYNTHETIC = {{0.65, 0.48}, {-1.77, -1.11}, {1.42, 1.42}, {0.47, 0.61}, {1.27, 1.51},
            {-0.99, 0.58}, {2.36, 1.45}, {3.59, -1.11}, {2.78, -1.71}, {1.38, 0.53}, {1.52, 0.07}, {1.92, 1.54},
            {-2.98, 1.68}, {-1.28, 1.48}, {-2.4, 1.16}, {-0.61, 1.95}, {0.72, 1.82}, {-0.85, 2.68}};
    static final int[] SYNTHETIC_LABELS = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2};
    static final List<String> ABC = List.of("a", "b", "c");
    static final List<String> XY = List.of("x", "y");
    private static final double[][] SYNTHETIC_POINTS = {{0.5, 0.5}, {1.0, 2.0}, {-2.0, 1.0}};

    private static GaussianClassifier heightWeight(boolean linear, Estimator estimator, double[] origin) {
        List<Moments> moments = perClass(HW_ROWS, HW_LABELS, 2, origin, null);
        return linear
                ? GaussianClassifier.lda(SEXES, moments, origin, HW, estimator, CovarianceStructure.FULL, ClassPrior.empirical())
                : GaussianClassifier.qda(SEXES, moments, origin, HW, estimator, CovarianceStructure.FULL, ClassPrior.empirical());
    }

    private static void assertMalePosteriors(double[] expected, GaussianClassifier classifier, double tolerance) {
        for (int i = 0; i < HW_POINTS.length; i++) {
            assertClose(expected[i], classifier.predict(HW_POINTS[i]).posterior()[0], tolerance);
        }
    }

    @Test
    void heightWeightQdaMatchesMass() {
        // R: d <- read.csv("examples/data/heightWeightData.txt", header = FALSE); q <- MASS::qda(factor(V1) ~ V2 + V3,
        // data = d, method = "mle"); predict(q, data.frame(V2 = c(72, 60, 66, 100), V3 = c(180, 100, 150, 50)))$posterior[, 1]
        assertMalePosteriors(new double[] {0.9498428397075426854, 0.0011918440687042943, 0.1002829687594724434, 1},
                heightWeight(false, Estimator.MLE, null), 1e-12);
        // the same with method = "moment" (per-class divisor n_c - 1); sklearn QuadraticDiscriminantAnalysis().fit(X, y)
        // .predict_proba gives the same first column (0.9480794390583703, 0.0012917540020886992, 0.101337257689412, 1.0)
        GaussianClassifier unbiased = heightWeight(false, Estimator.UNBIASED, null);
        assertMalePosteriors(new double[] {0.9480794390583703324, 0.0012917540020887049, 0.1013372576894121663, 1},
                unbiased, 1e-12);
        // R: predict(q, ...)$posterior[4, 2] = 5.0500706877770969e-17: the tail class keeps its relative accuracy
        assertClose(5.0500706877770969e-17 / 1e-17, unbiased.predict(HW_POINTS[3]).posterior()[1] / 1e-17, 1e-9);
        // R: mean(predict(q, d)$class != factor(d$V1)) = 0.11904761904761904 (25 of 210) for both methods;
        // table(d$V1, predict(q, d)$class) = [[58, 15], [10, 127]]
        Evaluation training = Evaluation.onRows(unbiased, HW_ROWS, HW_LABELS);
        assertEquals(25, training.errors());
        assertClose(0.11904761904761904, training.errorRate(), 1e-15);
        assertEquals(List.of(List.of(58L, 15L), List.of(10L, 127L)),
                java.util.Arrays.stream(training.confusion()).map(r -> List.of(r[0], r[1])).toList());
        assertEquals(25, Evaluation.onRows(heightWeight(false, Estimator.MLE, null), HW_ROWS, HW_LABELS).errors());
    }

    @Test
    void heightWeightLdaMatchesMass() {
        // R: MASS::lda(factor(V1) ~ V2 + V3, data = d, method = "mle") posteriors of class 1 at HW_POINTS; a hand numpy
        // LDA with pooled within-class scatter / n gives 0.9227182379190042, 0.0006867172435466602, ... and
        // sklearn LinearDiscriminantAnalysis(solver='lsqr') 0.9227182379190142, ...: "mle" is our MLE
        GaussianClassifier mle = heightWeight(true, Estimator.MLE, null);
        assertMalePosteriors(new double[] {0.92271823791900409173, 0.00068671724354666655, 0.12871534437041393106,
                0.99994285367069024595}, mle, 1e-12);
        // method = "moment": pooled within-class scatter / (n - C), our UNBIASED
        GaussianClassifier unbiased = heightWeight(true, Estimator.UNBIASED, null);
        assertMalePosteriors(new double[] {0.92057992947260081085, 0.00073160680911045842, 0.13009174229278042123,
                0.99993690441928961832}, unbiased, 1e-12);
        // numpy: sum over classes of (X_c - mean_c)ᵀ(X_c - mean_c) / n; the total covariance numpy.cov(X.T, bias=True)
        // would be [[19.78, 104.02], [104.02, 1063.86]] instead
        double[][] pooled = mle.classConditionals().get(1).cov();
        assertClose(new double[] {9.950992519795632, 35.44512691587984}, pooled[0], 1e-12);
        assertClose(new double[] {35.44512691587984, 585.6018302931612}, pooled[1], 1e-12);
        // R: table(d$V1, predict(l, d)$class) = [[59, 14], [11, 126]], error 25/210
        Evaluation training = Evaluation.onRows(unbiased, HW_ROWS, HW_LABELS);
        assertEquals(59, training.confusion()[0][0]);
        assertEquals(11, training.confusion()[1][0]);
        assertClose(0.11904761904761904, training.errorRate(), 1e-15);
        // numpy: X[y == c].mean(0)
        assertClose(new double[] {71.65753424657534, 175.6164383561644}, mle.classConditionals().get(0).mean(), 1e-13);
        // R: table(d$V1) = 73, 137
        assertClose(new double[] {Math.log(73 / 210.0), Math.log(137 / 210.0)}, mle.logPriors(), 1e-15);
    }

    @Test
    void originDoesNotChangeTheFit() {
        double[] origin = HW_ROWS[0];
        // the same R posteriors as above, from moments of the rows minus the first row
        assertMalePosteriors(new double[] {0.9480794390583703324, 0.0012917540020887049, 0.1013372576894121663, 1},
                heightWeight(false, Estimator.UNBIASED, origin), 1e-12);
        assertMalePosteriors(new double[] {0.92271823791900409173, 0.00068671724354666655, 0.12871534437041393106,
                0.99994285367069024595}, heightWeight(true, Estimator.MLE, origin), 1e-12);
    }

    private static GaussianClassifier synthetic(String method, Estimator estimator, CovarianceStructure structure,
            ClassPrior prior) {
        List<Moments> moments = perClass(SYNTHETIC, SYNTHETIC_LABELS, 3);
        return switch (method) {
            case "qda" -> GaussianClassifier.qda(ABC, moments, null, XY, estimator, structure, prior);
            case "lda" -> GaussianClassifier.lda(ABC, moments, null, XY, estimator, structure, prior);
            default -> GaussianClassifier.rda(ABC, moments, null, XY, estimator, structure, prior, 0.5);
        };
    }

    private static void assertPosteriors(double[][] expected, GaussianClassifier classifier, double tolerance) {
        for (int i = 0; i < SYNTHETIC_POINTS.length; i++) {
            assertClose(expected[i], classifier.predict(SYNTHETIC_POINTS[i]).posterior(), tolerance);
        }
    }

    @Test
    void syntheticQdaMatchesSklearn() {
        // sklearn QuadraticDiscriminantAnalysis().fit(SYNTHETIC, SYNTHETIC_LABELS).predict_proba(SYNTHETIC_POINTS)
        assertPosteriors(new double[][] {{0.9563439294858425, 0.042114741796114415, 0.0015413287180432486},
                {0.23312577908700022, 0.3385714542440726, 0.4283027666689271},
                {0.0001947008584072338, 7.75320901383838e-08, 0.9998052216095027}},
                synthetic("qda", Estimator.UNBIASED, CovarianceStructure.FULL, ClassPrior.empirical()), 1e-12);
    }

    @Test
    void diagonalQdaIsGaussianNaiveBayes() {
        // sklearn GaussianNB(var_smoothing=0).fit(SYNTHETIC, SYNTHETIC_LABELS).predict_proba(SYNTHETIC_POINTS)
        assertPosteriors(new double[][] {{0.9169369242967892, 0.06951360491686451, 0.01354947078634623},
                {0.346921487096182, 0.14667308795944609, 0.5064054249443718},
                {0.3129090644738658, 2.799212445266538e-07, 0.6870906556048898}},
                synthetic("qda", Estimator.MLE, CovarianceStructure.DIAGONAL, ClassPrior.empirical()), 1e-12);
    }

    @Test
    void sphericalLdaAndRdaMatchNumpy() {
        // numpy: S = Σ_c (X_c - m_c)ᵀ(X_c - m_c); covariance trace(S / 18)/2 · I shared by all classes, uniform prior,
        // posteriors from scipy.stats.multivariate_normal.logpdf normalised with numpy.logaddexp
        assertPosteriors(new double[][] {{0.7709429341482728, 0.15536328603729183, 0.07369377981443588},
                {0.6276998596622257, 0.18343696843479698, 0.18886317190297705},
                {0.13079655138862648, 9.893034920302601e-05, 0.8691045182621703}},
                synthetic("lda", Estimator.MLE, CovarianceStructure.SPHERICAL, ClassPrior.uniform()), 1e-12);
        // the same with S / (18 - 3)
        assertPosteriors(new double[][] {{0.7119687583355477, 0.1873841020122424, 0.10064713965220976},
                {0.5792734851397555, 0.20780819855008006, 0.21291831631016445},
                {0.17097959684277075, 0.0004284386700934133, 0.828591964487136}},
                synthetic("lda", Estimator.UNBIASED, CovarianceStructure.SPHERICAL, ClassPrior.uniform()), 1e-12);
        // numpy: 0.5 · (X_c - m_c)ᵀ(X_c - m_c) / n_c + 0.5 · S / 18, empirical prior
        GaussianClassifier rda = synthetic("rda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.empirical());
        assertClose(new double[] {1.251661574074074, 0.5397300925925926}, rda.classConditionals().get(0).cov()[0], 1e-13);
        assertPosteriors(new double[][] {{0.8484434105310814, 0.12945464978273039, 0.02210193968618806},
                {0.5164500373923923, 0.1981681779236991, 0.28538178468390885},
                {0.050235964921153, 3.986218408535745e-05, 0.9497241728947619}}, rda, 1e-12);
        // numpy: 0.5 · (X_c - m_c)ᵀ(X_c - m_c) / (n_c - 1) + 0.5 · S / (18 - 3)
        assertPosteriors(new double[][] {{0.7992474926983337, 0.16223441535465957, 0.038518091947006755},
                {0.4872869490749436, 0.21330719776318513, 0.29940585316187135},
                {0.07892887751963092, 0.00020017381801499504, 0.9208709486623542}},
                synthetic("rda", Estimator.UNBIASED, CovarianceStructure.FULL, ClassPrior.empirical()), 1e-12);
    }

    @Test
    void rdaEndpointsAreQdaAndLda() {
        List<Moments> moments = perClass(SYNTHETIC, SYNTHETIC_LABELS, 3);
        for (double[] point : SYNTHETIC_POINTS) {
            assertEquals(synthetic("qda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform()).predict(point),
                    GaussianClassifier.rda(ABC, moments, null, XY, Estimator.MLE, CovarianceStructure.FULL,
                            ClassPrior.uniform(), 1).predict(point));
            assertEquals(synthetic("lda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform()).predict(point),
                    GaussianClassifier.rda(ABC, moments, null, XY, Estimator.MLE, CovarianceStructure.FULL,
                            ClassPrior.uniform(), 0).predict(point));
        }
    }

    @Test
    void partialPredictionMarginalisesExactly() {
        GaussianClassifier qda = synthetic("qda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform());
        // scipy.stats.norm(m_c[1], sqrt(S_c[1,1])).logpdf(1.5) per class with MLE S_c = (X_c - m_c)ᵀ(X_c - m_c) / 6,
        // uniform prior, normalised
        Prediction partial = qda.predictPartial(new int[] {1}, new double[] {1.5});
        assertClose(new double[] {0.2314821527565367, 0.15311383542097914, 0.6154040118224842}, partial.posterior(), 1e-12);
        assertEquals("c", partial.predictedClass());
        // nothing observed: the posterior is the prior
        assertClose(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, qda.predictPartial(new int[0], new double[0]).posterior(),
                1e-15);
        // everything observed, in another order: the full prediction
        assertClose(qda.predict(new double[] {0.5, 1.5}).posterior(),
                qda.predictPartial(new int[] {1, 0}, new double[] {1.5, 0.5}).posterior(), 1e-13);
    }

    @Test
    void farInTheTailsPosteriorsStayNormalised() {
        GaussianClassifier qda = synthetic("qda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform());
        // 1000 standard deviations of x in class a from its mean: m_a[0] + 1000 · sqrt(S_a[0,0]) = 1169.3591885120866;
        // scipy log joint probabilities (-2229303.0062146205, -1791483.9869538585, -573185.5372570956)
        Prediction far = qda.predict(new double[] {1169.3591885120866, 0});
        double[] logPosterior = far.logPosterior();
        assertClose(-2229303.0062146205 + 573185.5372570956, logPosterior[0], 1e-12);
        assertClose(-1791483.9869538585 + 573185.5372570956, logPosterior[1], 1e-12);
        assertEquals(0, logPosterior[2], 1e-9);
        assertEquals(List.of(0.0, 0.0, 1.0), java.util.Arrays.stream(far.posterior()).boxed().toList());
        assertEquals("c", far.predictedClass());
        for (double x : new double[] {-1e8, 1e8}) {
            double[] posterior = qda.predict(new double[] {x, -x}).posterior();
            double sum = 0;
            for (double p : posterior) {
                assertEquals(false, Double.isNaN(p));
                sum += p;
            }
            assertEquals(1, sum, 1e-15);
        }
    }

    @Test
    void llrDecomposesIntoQuadraticLinearConstantAndLogDeterminant() {
        List<Moments> moments = perClass(SYNTHETIC, SYNTHETIC_LABELS, 3);
        GaussianClassifier ab = GaussianClassifier.qda(List.of("a", "b"), moments.subList(0, 2), null, XY, Estimator.MLE,
                CovarianceStructure.FULL, ClassPrior.empirical());
        LogLikelihoodRatio llr = ab.llr(new double[] {0.5, 0.5});
        // numpy with P = inv(S): mvn(m1,S1).logpdf(x) - mvn(m2,S2).logpdf(x); -½xᵀ(P1 - P2)x; xᵀ(P1 m1 - P2 m2);
        // -½(m1ᵀP1m1 - m2ᵀP2m2); -½(slogdet(S1) - slogdet(S2)), with MLE S_c of classes a and b
        assertClose(3.657220483638033, llr.total(), 1e-13);
        assertEquals(List.of("quadratic", "linear", "constant", "log-determinant"), llr.termNames());
        assertClose(new double[] {0.5172492724914514, -3.637492584665583, 6.3272476155659, 0.45021618024626214},
                llr.terms(), 1e-12);
        assertEquals(0, llr.priorLogOdds(), 0);
        assertEquals("a", llr.numeratorClass());
        // a shared covariance has no quadratic or log-determinant term
        GaussianClassifier shared = GaussianClassifier.lda(List.of("a", "b"), moments.subList(0, 2), null, XY,
                Estimator.MLE, CovarianceStructure.FULL, ClassPrior.empirical());
        LogLikelihoodRatio linear = shared.llr(new double[] {0.5, 0.5});
        assertEquals(0, linear.term("quadratic"), 1e-15);
        assertEquals(0, linear.term("log-determinant"), 0);
        assertClose(linear.total(), linear.term("linear") + linear.term("constant"), 1e-13);
        GaussianException e = assertThrows(GaussianException.class,
                () -> synthetic("qda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform()).llr(new double[2]));
        assertEquals("llr needs a two-class model, but this one has 3 classes (a, b, c)", e.getMessage());
    }

    @Test
    void precisionTimesSolvesWithTheCholeskyFactor() {
        // by hand: [[2, .5], [.5, 1]]⁻¹ = [[1, -.5], [-.5, 2]] / 1.75, times (1, 2) = (0, 3.5) / 1.75 = (0, 2)
        Gaussian g = Gaussian.of(new double[] {0, 0}, new double[][] {{2, .5}, {.5, 1}});
        assertClose(new double[] {0, 2}, g.precisionTimes(new double[] {1, 2}), 1e-15);
    }

    @Test
    void murphyThreeClassExercise() {
        // Murphy, MLaPP ex. 4.x: means (0,0), (1,1), (-1,1); covariances 0.7·I, [[.8,.2],[.2,.8]] twice; uniform prior
        GaussianClassifier classifier = GaussianClassifier.fromParameters(List.of("1", "2", "3"), XY,
                new double[][] {{0, 0}, {1, 1}, {-1, 1}},
                new double[][][] {{{.7, 0}, {0, .7}}, {{.8, .2}, {.2, .8}}, {{.8, .2}, {.2, .8}}}, ClassPrior.uniform());
        // scipy.stats.multivariate_normal pdfs normalised: (0.46195474401757375, 0.1447026559052966, 0.3933426000771297)
        Prediction left = classifier.predict(new double[] {-0.5, 0.5});
        assertEquals("1", left.predictedClass());
        assertClose(new double[] {0.46195474401757375, 0.1447026559052966, 0.3933426000771297}, left.posterior(), 1e-13);
        // (0.455396704591909, 0.45808265735141096, 0.08652063805668003): class 2 wins narrowly
        Prediction right = classifier.predict(new double[] {0.5, 0.5});
        assertEquals("2", right.predictedClass());
        assertClose(new double[] {0.455396704591909, 0.45808265735141096, 0.08652063805668003}, right.posterior(), 1e-13);
    }

    @Test
    void scalarHeights() {
        // males 67, 79, 71 and females 68, 67, 60; MLE: means 72.333, 65, variances 74.667/3 = 24.889 and 38/3;
        // by hand p(m | 72) = 1/(1 + exp(-(log N(72 | 72.33, 24.89) - log N(72 | 65, 12.67)))) = 1/(1 + e^-1.5942);
        // scipy.stats.norm gives 0.8312138511866822
        double[][] heights = {{67}, {79}, {71}, {68}, {67}, {60}};
        GaussianClassifier classifier = GaussianClassifier.qda(List.of("m", "f"),
                perClass(heights, new int[] {0, 0, 0, 1, 1, 1}, 2), null, List.of("height"), Estimator.MLE,
                CovarianceStructure.FULL, ClassPrior.empirical());
        assertClose(0.8312138511866822, classifier.predict(new double[] {72}).posterior()[0], 1e-14);
        assertClose(74.66666666666667 / 3, classifier.classConditionals().get(0).cov()[0][0], 1e-14);
        Gaussian female = classifier.classConditionals().get(1);
        assertEquals(3, female.n());
        assertEquals(CovarianceStructure.FULL, female.structure());
    }

    private static GaussianException fitError(String method, double[][] rows, int[] labels, CovarianceStructure structure) {
        return assertThrows(GaussianException.class, () -> {
            List<Moments> moments = perClass(rows, labels, 2);
            List<String> ab = List.of("a", "b");
            switch (method) {
                case "qda" -> GaussianClassifier.qda(ab, moments, null, XY, Estimator.MLE, structure, ClassPrior.uniform());
                case "lda" -> GaussianClassifier.lda(ab, moments, null, XY, Estimator.MLE, structure, ClassPrior.uniform());
                default -> GaussianClassifier.rda(ab, moments, null, XY, Estimator.MLE, structure, ClassPrior.uniform(), .5);
            }
        });
    }

    @Test
    void tooFewRowsNameTheClass() {
        double[][] rows = {{0, 0}, {1, 2}, {2, 1}, {5, 5}};
        int[] labels = {0, 0, 0, 1};
        GaussianException e = fitError("qda", rows, labels, CovarianceStructure.FULL);
        assertEquals("class 'b' has 1 row; a full covariance of (x, y) needs at least 3", e.getMessage());
        assertEquals("add rows to class 'b', use covariance diagonal or spherical (2 rows per class), or share one"
                + " covariance across classes with lda or rda", e.hint());
        e = fitError("qda", rows, labels, CovarianceStructure.DIAGONAL);
        assertEquals("class 'b' has 1 row; a diagonal covariance of (x, y) needs at least 2", e.getMessage());
        e = fitError("lda", new double[][] {{0, 0}, {1, 2}, {5, 5}}, new int[] {0, 0, 1}, CovarianceStructure.FULL);
        assertEquals("the pooled within-class full covariance of (x, y) needs at least 4 rows (2 classes + 2 features),"
                + " got 3", e.getMessage());
        assertEquals("add rows, or use covariance diagonal or spherical", e.hint());
        // the pooled covariance of the four rows is fine, so lda and rda work where qda does not
        GaussianClassifier.lda(List.of("a", "b"), perClass(rows, labels, 2), null, XY, Estimator.MLE,
                CovarianceStructure.FULL, ClassPrior.uniform());
        GaussianClassifier.rda(List.of("a", "b"), perClass(rows, labels, 2), null, XY, Estimator.MLE,
                CovarianceStructure.FULL, ClassPrior.uniform(), 0.5);
        e = assertThrows(GaussianException.class, () -> GaussianClassifier.rda(List.of("a", "b"),
                perClass(rows, labels, 2), null, XY, Estimator.UNBIASED, CovarianceStructure.FULL, ClassPrior.uniform(), .5));
        assertEquals("class 'b' has 1 row; an unbiased covariance needs at least 2", e.getMessage());
        e = assertThrows(GaussianException.class, () -> GaussianClassifier.qda(List.of("a", "b", "c"),
                perClass(rows, labels, 3), null, XY, Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform()));
        assertEquals("class 'c' has no rows", e.getMessage());
        assertEquals("add rows of class 'c', or leave it out of the class list", e.hint());
    }

    @Test
    void singularCovariancesNameClassColumnsAndRank() {
        // x is constant within class b only
        double[][] constantInB = {{0, 0}, {1, 2}, {2, 1}, {3, 3}, {5, 5}, {5, 6}, {5, 8}};
        int[] labels = {0, 0, 0, 0, 1, 1, 1};
        GaussianException e = fitError("qda", constantInB, labels, CovarianceStructure.FULL);
        assertEquals("class 'b': column 'x' is constant (variance 0 over its 3 rows)", e.getMessage());
        assertEquals("drop 'x', or share one covariance across classes with lda, or rda with alpha < 1", e.hint());
        fitError("qda", constantInB, labels, CovarianceStructure.DIAGONAL);
        // rda borrows the pooled variance of x and fits
        GaussianClassifier.rda(List.of("a", "b"), perClass(constantInB, labels, 2), null, XY, Estimator.MLE,
                CovarianceStructure.FULL, ClassPrior.uniform(), 0.5);
        // y = 2x within class b
        double[][] collinearInB = {{0, 0}, {1, 2}, {2, 1}, {3, 3}, {1, 2}, {2, 4}, {4, 8}};
        e = fitError("qda", collinearInB, labels, CovarianceStructure.FULL);
        assertEquals("class 'b': covariance of (x, y) is singular (rank 1 of 2): 'y' is a linear combination of 'x'",
                e.getMessage());
        assertEquals("drop one of the collinear columns, use covariance diagonal, or share one covariance across"
                + " classes with lda, or rda with alpha < 1", e.hint());
        // y = 2x + class offset in both classes: the pooled covariance is singular too
        double[][] collinearEverywhere = {{0, 0}, {1, 2}, {2, 4}, {1, 5}, {2, 7}, {4, 11}};
        int[] three = {0, 0, 0, 1, 1, 1};
        e = fitError("lda", collinearEverywhere, three, CovarianceStructure.FULL);
        assertEquals("the pooled within-class covariance of (x, y) is singular (rank 1 of 2): 'y' is a linear"
                + " combination of 'x'", e.getMessage());
        assertEquals("drop one of the collinear columns, or use covariance diagonal", e.hint());
        e = fitError("rda", collinearEverywhere, three, CovarianceStructure.FULL);
        assertEquals("class 'a' (rda, alpha = 0.5): covariance of (x, y) is singular (rank 1 of 2): 'y' is a linear"
                + " combination of 'x'", e.getMessage());
        // the diagonal structure cures collinearity
        GaussianClassifier.lda(List.of("a", "b"), perClass(collinearEverywhere, three, 2), null, XY, Estimator.MLE,
                CovarianceStructure.DIAGONAL, ClassPrior.uniform());
        // y constant within every class
        double[][] constantEverywhere = {{0, 1}, {1, 1}, {2, 1}, {1, 3}, {2, 3}, {4, 3}};
        e = fitError("lda", constantEverywhere, three, CovarianceStructure.FULL);
        assertEquals("column 'y' is constant within every class (pooled within-class variance 0)", e.getMessage());
        assertEquals("drop 'y'", e.hint());
        e = fitError("rda", constantEverywhere, three, CovarianceStructure.DIAGONAL);
        assertEquals("column 'y' is constant within every class (pooled within-class variance 0)", e.getMessage());
    }

    @Test
    void argumentErrors() {
        List<Moments> moments = perClass(SYNTHETIC, SYNTHETIC_LABELS, 3);
        GaussianException e = assertThrows(GaussianException.class, () -> GaussianClassifier.rda(ABC, moments, null, XY,
                Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform(), 1.5));
        assertEquals("the rda weight alpha must lie in [0, 1], got 1.5", e.getMessage());
        assertEquals("alpha = 1 gives qda (one covariance per class), alpha = 0 lda (one shared covariance)", e.hint());
        e = assertThrows(GaussianException.class, () -> GaussianClassifier.qda(ABC, moments, null, XY, Estimator.MLE,
                CovarianceStructure.FULL, ClassPrior.of(0.5, 0.5)));
        assertEquals("the prior has 2 probabilities but there are 3 classes (a, b, c)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> GaussianClassifier.fromParameters(List.of("a", "b"), XY,
                new double[][] {{0, 0}, {1, 1}}, new double[][][] {{{1, 0}, {0, 1}}, {{1, 1}, {1, 1}}},
                ClassPrior.uniform()));
        assertEquals("class 'b': covariance of (x, y) is singular (rank 1 of 2): 'y' is a linear combination of 'x'",
                e.getMessage());
        e = assertThrows(GaussianException.class, () -> GaussianClassifier.fromParameters(List.of("a", "b"), XY,
                new double[][] {{0, 0}, {1, 1}}, new double[][][] {{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}},
                ClassPrior.empirical()));
        assertEquals("an empirical prior needs class frequencies, but a model given by parameters has no training rows",
                e.getMessage());
        GaussianClassifier qda = synthetic("qda", Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform());
        e = assertThrows(GaussianException.class, () -> qda.predict(new double[] {1}));
        assertEquals("the point has 1 value but there are 2 features (x, y)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> qda.predictPartial(new int[] {2}, new double[] {1}));
        assertEquals("observed feature index 2 is outside (x, y) (0..1)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> qda.predictPartial(new int[] {0, 0}, new double[] {1, 1}));
        assertEquals("feature 'x' is observed twice", e.getMessage());
        e = assertThrows(GaussianException.class, () -> GaussianClassifier.qda(List.of("a"), moments.subList(0, 1), null,
                XY, Estimator.MLE, CovarianceStructure.FULL, ClassPrior.uniform()));
        assertEquals("a classifier needs at least two classes, got only 'a'", e.getMessage());
    }
}
