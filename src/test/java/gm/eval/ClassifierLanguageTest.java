package gm.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Classifier statements through the whole language, against values computed independently with numpy/scipy:
 * per-class means and MLE covariances, scipy.stats.multivariate_normal.logpdf plus log priors, normalised with
 * np.logaddexp; folds assigned as row i → fold i mod k, as gm documents.
 */
class ClassifierLanguageTest {

    private final ScriptSession gm = new ScriptSession();

    private static final String LOAD_HW = "hw = load \"examples/data/heightWeightData.txt\" columns (gender, height, weight)\n";

    @Test
    void qdaAndLdaOnHeightAndWeight() {
        gm.run(LOAD_HW
                + "q = classify qda hw[height, weight] by gender\n"
                + "l = classify lda hw[height, weight] by gender\n"
                + "lu = classify lda hw[height, weight] by gender prior uniform\n"
                + "eq = error(q, hw); el = error(l, hw); elu = error(lu, hw)\n"
                + "pq = (predict q at [70, 170]).posterior; pl = (predict l at [70, 170]).posterior\n"
                + "cvq = (evaluate q on hw cv 10).error; cvl = (evaluate l on hw cv 10).error");
        // numpy/scipy (see class comment): QDA 25 of 210 wrong, LDA (pooled MLE covariance) 25, LDA uniform prior 26
        assertEquals(25.0 / 210, gm.number("eq"), 1e-15);
        assertEquals(25.0 / 210, gm.number("el"), 1e-15);
        assertEquals(26.0 / 210, gm.number("elu"), 1e-15);
        // scipy: posterior at (70, 170): QDA [0.76509263, 0.23490737], LDA [0.7341515, 0.2658485]
        assertArrayEquals(new double[] {0.76509263, 0.23490737}, gm.vector("pq"), 1e-8);
        assertArrayEquals(new double[] {0.7341515, 0.2658485}, gm.vector("pl"), 1e-7);
        // numpy 10-fold CV (fold = row mod 10): QDA 29 errors, LDA 27 errors
        assertEquals(29.0 / 210, gm.number("cvq"), 1e-15);
        assertEquals(27.0 / 210, gm.number("cvl"), 1e-15);
    }

    @Test
    void textbookClassifiersFromParameters() {
        gm.run("q = qda classes (a, b, c) means [[0, 0], [1, 1], [-1, 1]] covs [[[0.7, 0], [0, 0.7]], [[0.8, 0.2], [0.2, 0.8]], "
                + "[[0.8, 0.2], [0.2, 0.8]]] prior uniform\n"
                + "p1 = (predict q at [-0.5, 0.5]).posterior; p2 = (predict q at [0.5, 0.5]).posterior\n"
                + "nb = naive bayes classes (1, 2, 3) prior [0.5, 0.25, 0.25] feature x1 bernoulli [0.5, 0.5, 0.5] "
                + "feature x2 gaussian means [-1, 0, 1] variances [1, 1, 1]\n"
                + "a = (predict nb at [0, 0]).posterior; b = (predict nb at (x1 = 0)).posterior; c = (predict nb at (x2 = 0)).posterior");
        // scipy multivariate_normal pdfs normalised: [0.46195474, 0.14470266, 0.3933426], [0.4553967, 0.45808266, 0.08652064]
        assertArrayEquals(new double[] {0.46195474, 0.14470266, 0.3933426}, gm.vector("p1"), 1e-8);
        assertArrayEquals(new double[] {0.4553967, 0.45808266, 0.08652064}, gm.vector("p2"), 1e-8);
        // by hand: numerators 0.5·φ(1), 0.25·φ(0), 0.25·φ(1) with φ(1)/φ(0) = e^(−1/2)
        double r = Math.exp(-0.5);
        double z = 0.5 * r + 0.25 + 0.25 * r;
        assertArrayEquals(new double[] {0.5 * r / z, 0.25 / z, 0.25 * r / z}, gm.vector("a"), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, gm.vector("b"), 1e-15);
        assertArrayEquals(gm.vector("a"), gm.vector("c"), 1e-15);
    }

    @Test
    void scalarQdaPosteriorAndBoundary() {
        gm.run("t = table(height = [67, 79, 71, 68, 67, 60], sex = [\"m\", \"m\", \"m\", \"f\", \"f\", \"f\"])\n"
                + "q = classify qda t by sex\npm = (predict q at [72]).posterior[2]\nb = boundary q");
        // scipy norm(72.3333, sqrt(24.8889)).pdf(72) vs norm(65, sqrt(12.6667)).pdf(72), equal priors → 0.8312138511866822
        assertEquals(0.8312138511866822, gm.number("pm"), 1e-12);
        // np.roots of the log-odds quadratic: 45.95815627 and 68.84184373
        String regions = new ValueFormatter(10).format(gm.value("b"));
        assertEquals("class m where height < 45.95815627\nclass f where 45.95815627 < height < 68.84184373\n"
                + "class m where height > 68.84184373\n", regions);
    }
}
