package gm.runtime.classify;

import java.util.List;

import org.junit.jupiter.api.Test;

import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.GaussianException;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecisionBoundary1dTest {
    private static final List<String> ONE_TWO = List.of("1", "2");
    private static final List<String> X = List.of("x");

    private static DecisionBoundary1d boundary(double mean1, double var1, double mean2, double var2, ClassPrior prior) {
        return DecisionBoundary1d.of(GaussianClassifier.fromParameters(ONE_TWO, X, new double[][] {{mean1}, {mean2}},
                new double[][][] {{{var1}}, {{var2}}}, prior));
    }

    @Test
    void murphyNarrowAgainstWide() {
        // Murphy ex. 4.x: N(0, 1) against N(1, 10^6) with equal priors. Our derivation: the log odds are
        // -x²/2 + (x - 1)²/(2·10^6) + ½ log 10^6, zero where x² ≈ log 10^6 = 13.8155, x ≈ ±3.717 (the wide mean at 1
        // shifts the roots by ~1e-6); scipy.optimize.brentq on norm(0, 1).logpdf - norm(1, 1000).logpdf gives
        // -3.716925181833426 and 3.716923181831426, and numpy.roots of the quadratic agrees.
        DecisionBoundary1d boundary = boundary(0, 1, 1, 1e6, ClassPrior.uniform());
        assertEquals(2, boundary.boundaries().size());
        assertClose(-3.716925181833426, boundary.boundaries().get(0), 1e-14);
        assertClose(3.716923181831426, boundary.boundaries().get(1), 1e-14);
        List<DecisionBoundary1d.Region> regions = boundary.regions();
        assertEquals(List.of("2", "1", "2"), regions.stream().map(DecisionBoundary1d.Region::winner).toList());
        assertEquals(Double.NEGATIVE_INFINITY, regions.get(0).lower());
        assertEquals(Double.POSITIVE_INFINITY, regions.get(2).upper());
        assertEquals("1", boundary.winnerAt(0));
        assertEquals("2", boundary.winnerAt(4));
        assertEquals("2", boundary.winnerAt(-1e9));
    }

    @Test
    void equalVariancesGiveOneLinearBoundary() {
        // by hand: log odds of N(0,1) against N(2,1) with priors (.75, .25) are -2x + 2 + log 3, zero at 1 + log(3)/2
        DecisionBoundary1d boundary = boundary(0, 1, 2, 1, ClassPrior.of(.75, .25));
        assertEquals(1, boundary.boundaries().size());
        assertClose(1 + Math.log(3) / 2, boundary.boundaries().get(0), 1e-15);
        assertEquals(List.of("1", "2"), boundary.regions().stream().map(DecisionBoundary1d.Region::winner).toList());
        // the mirror image: class 1 to the right
        assertEquals(List.of("2", "1"), boundary(2, 1, 0, 1, ClassPrior.uniform()).regions().stream()
                .map(DecisionBoundary1d.Region::winner).toList());
    }

    @Test
    void noRootsMeansOneClassEverywhere() {
        // by hand: N(0,1) against N(0,4) with priors (.01, .99): log odds -3x²/8 + log 2 + log(1/99) < 0 for every x
        DecisionBoundary1d boundary = boundary(0, 1, 0, 4, ClassPrior.of(.01, .99));
        assertEquals(List.of(), boundary.boundaries());
        assertEquals(List.of(new DecisionBoundary1d.Region(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "2")),
                boundary.regions());
        // identical classes tie everywhere; the first class is reported, as predict does
        assertEquals("1", boundary(3, 2, 3, 2, ClassPrior.uniform()).winnerAt(0));
        // a prior of 0 leaves the other class everywhere
        assertEquals(List.of(), boundary(0, 1, 5, 1, ClassPrior.of(0, 1)).boundaries());
        assertEquals("2", boundary(0, 1, 5, 1, ClassPrior.of(0, 1)).winnerAt(0));
    }

    @Test
    void scalarHeightsAgreeWithPredict() {
        // males 67, 79, 71 against females 68, 67, 60 (MLE, equal empirical priors); brentq on the scipy log density
        // difference: 45.9581562726641 and 68.84184372733591, the males winning outside
        GaussianClassifier classifier = GaussianClassifier.qda(List.of("m", "f"),
                ClassifyTestData.perClass(new double[][] {{67}, {79}, {71}, {68}, {67}, {60}}, new int[] {0, 0, 0, 1, 1, 1},
                        2), null, List.of("height"), Estimator.MLE, CovarianceStructure.FULL, ClassPrior.empirical());
        DecisionBoundary1d boundary = DecisionBoundary1d.of(classifier);
        assertClose(45.9581562726641, boundary.boundaries().get(0), 1e-13);
        assertClose(68.84184372733591, boundary.boundaries().get(1), 1e-13);
        for (double height = 30; height < 100; height += 0.25) {
            assertEquals(classifier.predict(new double[] {height}).predictedClass(), boundary.winnerAt(height));
        }
    }

    @Test
    void errors() {
        GaussianException e = assertThrows(GaussianException.class, () -> DecisionBoundary1d.of(
                GaussianClassifier.fromParameters(ONE_TWO, List.of("x", "y"), new double[][] {{0, 0}, {1, 1}},
                        new double[][][] {{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}}, ClassPrior.uniform())));
        assertEquals("a 1-d decision boundary needs one feature, but the classifier has 2 (x, y)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> DecisionBoundary1d.of(GaussianClassifier.fromParameters(
                List.of("1", "2", "3"), X, new double[][] {{0}, {1}, {2}}, new double[][][] {{{1}}, {{1}}, {{1}}},
                ClassPrior.uniform())));
        assertEquals("a decision boundary needs a two-class model, but this one has 3 classes (1, 2, 3)", e.getMessage());
    }
}
