package gm.runtime.classify;

import java.util.List;

import org.junit.jupiter.api.Test;

import gm.runtime.Estimator;
import gm.runtime.GaussianException;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NaiveBayesClassifierTest {
    /**
     * A 0/1 column and a real one, drawn by numpy: rng = numpy.random.default_rng(7); b = rng.random(5) < .3 then
     * rng.random(7) < .7; g = rng.normal(0, 1, 5) then rng.normal(1.5, 2, 7), rounded to 2 decimals.
     */
    private static final double[][] MIXED = {{0, 0.11}, {0, -0.93}, {0, -0.03}, {1, 0.7}, {0, -1.34}, {0, 0.58},
            {1, -2.3}, {0, -1.08}, {0, -2.18}, {1, 1.03}, {1, -1.03}, {1, 2.04}};
    private static final int[] MIXED_LABELS = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
    private static final List<String> AB = List.of("a", "b");
    private static final List<String> BG = List.of("b", "g");
    private static final FeatureKind[] AUTO = {FeatureKind.AUTO, FeatureKind.AUTO};

    private static NaiveBayesClassifier mixed(Estimator estimator, double smoothing) {
        return NaiveBayesClassifier.fit(AB, MIXED, MIXED_LABELS, BG, AUTO, estimator, ClassPrior.empirical(), smoothing);
    }

    /** Murphy's exercise: classes 1, 2, 3 with prior (.5, .25, .25); x1 ~ Bernoulli(.5); x2 ~ N(-1 | 0 | 1, 1). */
    private static NaiveBayesClassifier murphy() {
        return NaiveBayesClassifier.fromParameters(List.of("1", "2", "3"),
                List.of(NaiveBayesFeature.bernoulli("x1", new double[] {.5, .5, .5}),
                        NaiveBayesFeature.gaussian("x2", new double[] {-1, 0, 1}, new double[] {1, 1, 1})),
                ClassPrior.of(.5, .25, .25));
    }

    @Test
    void murphyExerciseByHand() {
        NaiveBayesClassifier classifier = murphy();
        // by hand: p(y | x1 = 0, x2 = 0) ∝ (.5 · .5 e^{-1/2}, .25 · .5, .25 · .5 e^{-1/2}) = (.30327, .25, .15163)/.70490
        // scipy.stats.norm normalised: (0.4302258370717044, 0.3546612443924434, 0.2151129185358522)
        double[] both = {0.4302258370717044, 0.3546612443924434, 0.2151129185358522};
        assertClose(both, classifier.predict(new double[] {0, 0}).posterior(), 1e-15);
        // x1 is equally likely under every class, so it leaves the prior unchanged: p(y | x1 = 0) = (.5, .25, .25)
        assertClose(new double[] {.5, .25, .25}, classifier.predictPartial(new int[] {0}, new double[] {0}).posterior(),
                1e-15);
        // and p(y | x2 = 0) equals p(y | x1 = 0, x2 = 0)
        assertClose(both, classifier.predictPartial(new int[] {1}, new double[] {0}).posterior(), 1e-15);
    }

    @Test
    void mixedFitMatchesSklearn() {
        NaiveBayesClassifier classifier = mixed(Estimator.MLE, 1);
        assertArrayEquals(new FeatureKind[] {FeatureKind.BERNOULLI, FeatureKind.GAUSSIAN}, classifier.kinds());
        // sklearn BernoulliNB(alpha=1.0).fit(b[:, None], y): exp(feature_log_prob_[:, 0]) = (1+1)/(5+2), (4+1)/(7+2)
        assertClose(new double[] {0.2857142857142857, 0.5555555555555557},
                classifier.featureModels().get(0).probabilitiesOfOne(), 1e-15);
        // sklearn GaussianNB(var_smoothing=0).fit(g[:, None], y): theta_, var_
        assertClose(new double[] {-0.29800000000000004, -0.42000000000000004},
                classifier.featureModels().get(1).means(), 1e-14);
        assertClose(new double[] {0.543896, 2.3705428571428575}, classifier.featureModels().get(1).variances(), 1e-14);
        // log prior (5/12, 7/12) + BernoulliNB and GaussianNB per-feature log-likelihoods, normalised in numpy
        assertClose(new double[] {0.33798747502080057, 0.6620125249791994},
                classifier.predict(new double[] {1, 0.5}).posterior(), 1e-13);
        assertClose(new double[] {0.001282193004770169, 0.9987178069952299},
                classifier.predict(new double[] {0, 3}).posterior(), 1e-13);
        // the same with the Bernoulli term left out
        assertClose(new double[] {0.0007981956139493252, 0.9992018043860508},
                classifier.predictPartial(new int[] {1}, new double[] {3}).posterior(), 1e-13);
        // numpy: log p_a(b=1) - log p_b(b=1) and norm.logpdf differences of the Gaussian feature
        LogLikelihoodRatio llr = classifier.llr(new double[] {1, 0.5});
        assertEquals(BG, llr.termNames());
        assertClose(new double[] {-0.6649763035932493, 0.3291729031932218}, llr.terms(), 1e-13);
        assertClose(-0.6649763035932493 + 0.3291729031932218, llr.total(), 1e-13);
        assertClose(Math.log(5 / 7.0), llr.priorLogOdds(), 1e-15);
    }

    @Test
    void unbiasedAndUnsmoothedEstimates() {
        NaiveBayesClassifier classifier = mixed(Estimator.UNBIASED, 0);
        // numpy: g[y == c].var(ddof=1) (as R e1071::naiveBayes, which uses sd); b[y == c].mean()
        assertClose(new double[] {0.6798700000000001, 2.7656333333333336}, classifier.featureModels().get(1).variances(),
                1e-14);
        assertClose(new double[] {0.2, 0.5714285714285714}, classifier.featureModels().get(0).probabilitiesOfOne(), 1e-15);
    }

    @Test
    void gaussianFeaturesAloneAreDiagonalQda() {
        // sklearn GaussianNB(var_smoothing=0).fit(SYNTHETIC, SYNTHETIC_LABELS).predict_proba([[0.5, 0.5]])
        NaiveBayesClassifier classifier = NaiveBayesClassifier.fit(GaussianClassifierTest.ABC,
                GaussianClassifierTest.SYNTHETIC, GaussianClassifierTest.SYNTHETIC_LABELS, GaussianClassifierTest.XY,
                AUTO, Estimator.MLE, ClassPrior.empirical(), 0);
        assertClose(new double[] {0.9169369242967892, 0.06951360491686451, 0.01354947078634623},
                classifier.predict(new double[] {0.5, 0.5}).posterior(), 1e-12);
    }

    @Test
    void fitErrors() {
        double[][] allZeroInA = {{0, 1.5}, {0, 2.5}, {1, 0.5}, {0, 1}};
        int[] labels = {0, 0, 1, 1};
        GaussianException e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fit(AB, allZeroInA, labels,
                BG, AUTO, Estimator.MLE, ClassPrior.uniform(), 0));
        assertEquals("class 'a': Bernoulli feature 'b' is 0 in all 2 rows, so p(b = 1) would be 0 and rule the class out",
                e.getMessage());
        assertEquals("use Bernoulli smoothing 1 (Laplace, as scikit-learn's BernoulliNB), or drop 'b'", e.hint());
        // with Laplace smoothing: p_a = (0 + 1)/(2 + 2)
        assertClose(0.25, NaiveBayesClassifier.fit(AB, allZeroInA, labels, BG, AUTO, Estimator.MLE, ClassPrior.uniform(), 1)
                .featureModels().get(0).probabilitiesOfOne()[0], 1e-15);
        e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fit(AB, new double[][] {{0, 1}, {1, 1},
                {1, 2}, {0, 3}}, labels, BG, AUTO, Estimator.MLE, ClassPrior.uniform(), 1));
        assertEquals("class 'a': Gaussian feature 'g' is constant (variance 0 over 2 rows)", e.getMessage());
        assertEquals("drop 'g'; naive Bayes needs a positive variance in every class", e.hint());
        e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fit(AB, new double[][] {{0, 1}, {1, 2},
                {1, 2}}, new int[] {0, 0, 1}, BG, AUTO, Estimator.MLE, ClassPrior.uniform(), 1));
        assertEquals("class 'b' has 1 row; the variance of Gaussian feature 'g' needs at least 2", e.getMessage());
        e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fit(AB, new double[][] {{2, 1}, {1, 2},
                {1, 2}}, new int[] {0, 0, 1}, BG, new FeatureKind[] {FeatureKind.BERNOULLI, FeatureKind.GAUSSIAN},
                Estimator.MLE, ClassPrior.uniform(), 1));
        assertEquals("'b' is a Bernoulli feature and takes 0 or 1, but row 1 has 2", e.getMessage());
        e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fit(AB, MIXED, new int[MIXED.length], BG,
                AUTO, Estimator.MLE, ClassPrior.uniform(), 1));
        assertEquals("class 'b' has no rows", e.getMessage());
    }

    @Test
    void parameterErrors() {
        GaussianException e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fromParameters(AB,
                List.of(NaiveBayesFeature.gaussian("g", new double[] {0, 1}, new double[] {1, 0})), ClassPrior.uniform()));
        assertEquals("feature 'g', class 'b': the variance is 0", e.getMessage());
        e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fromParameters(AB,
                List.of(NaiveBayesFeature.bernoulli("b", new double[] {0.5, 1.5})), ClassPrior.uniform()));
        assertEquals("feature 'b', class 'b': the probability of 1 is 1.5", e.getMessage());
        e = assertThrows(GaussianException.class, () -> NaiveBayesClassifier.fromParameters(List.of("1", "2", "3"),
                List.of(NaiveBayesFeature.bernoulli("b", new double[] {0.5, 0.5})), ClassPrior.uniform()));
        assertEquals("feature 'b' has 2 probabilities but there are 3 classes (1, 2, 3)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> murphy().predict(new double[] {0.5, 0}));
        assertEquals("'x1' is a Bernoulli feature and takes 0 or 1, got 0.5", e.getMessage());
        e = assertThrows(GaussianException.class, () -> murphy().featureModels().get(0).means());
        assertEquals("feature 'x1' is bernoulli; it has no means", e.getMessage());
    }

    @Test
    void probabilityZeroUnderEveryClass() {
        NaiveBayesClassifier certain = NaiveBayesClassifier.fromParameters(AB,
                List.of(NaiveBayesFeature.bernoulli("b", new double[] {1, 1})), ClassPrior.uniform());
        GaussianException e = assertThrows(GaussianException.class, () -> certain.predict(new double[] {0}));
        assertEquals("the point has probability 0 under every class (a, b)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> certain.llr(new double[] {0}));
        assertEquals("'b' = 0 has probability 0 under both classes, so their likelihood ratio is undefined",
                e.getMessage());
        // one impossible class: its posterior is exactly 0, and 0 · log 0 never turns into NaN
        NaiveBayesClassifier oneSided = NaiveBayesClassifier.fromParameters(AB,
                List.of(NaiveBayesFeature.bernoulli("b", new double[] {1, 0.5})), ClassPrior.uniform());
        assertClose(new double[] {0, 1}, oneSided.predict(new double[] {0}).posterior(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, oneSided.llr(new double[] {0}).total());
        // p(b = 1) = 1 for a: 1 · log 1 + 0 · log 0 = 0
        assertClose(new double[] {2 / 3.0, 1 / 3.0}, oneSided.predict(new double[] {1}).posterior(), 1e-15);
    }
}
