package gm.eval;

import gm.lang.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distributions, conditioning, whitening, model selection, posteriors and online updates through the whole language,
 * against values computed independently: the numpy/scipy expression is quoted beside each expected value (X is the
 * 210 × 2 height/weight matrix of examples/data/heightWeightData.txt, columns 2 and 3), or the hand calculation.
 */
class LanguageGaussianTest {

    private final Session session = new Session();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private void run(String program) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        Interpreter.Outcome outcome = new Interpreter(session, out, out, false)
                .run(new Source("t.gm", program, Path.of("").toAbsolutePath()));
        assertEquals(Interpreter.Outcome.COMPLETED, outcome, () -> output.toString(StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private double number(String name) {
        return ((Value.NumberValue) session.get(name).orElseThrow()).value();
    }

    /** A vector or a column's values. */
    private double[] vector(String name) {
        return Coerce.numbers(session.get(name).orElseThrow()).orElseThrow();
    }

    private double[][] matrix(String name) {
        return ((Value.MatrixValue) session.get(name).orElseThrow()).rows();
    }

    /**
     * A fitted Gaussian's summary says how its covariance was normalised; its marginals keep that, and a Gaussian
     * given by its parameters or found by conditioning was not fitted.
     */
    @Test
    void summarySaysHowTheCovarianceWasFitted() {
        run("""
                hw = load "examples/data/heightWeightData.txt" columns (gender, height, weight)
                g = fit gaussian hw[height, weight]
                print g
                u = fit gaussian hw[height, weight] estimator unbiased covariance diagonal
                print u
                print marginal(u, [weight])
                print condition(g, height = 70)
                print gaussian([0, 0], [[1, 0], [0, 1]])
                """);
        String[] summaries = printed().lines().filter(line -> line.startsWith("Gaussian of")).toArray(String[]::new);
        assertArrayEquals(new String[] {
            "Gaussian of (height, weight), full covariance, fitted to 210 rows, MLE (divided by n)",
            "Gaussian of (height, weight), diagonal covariance, fitted to 210 rows, unbiased (divided by n - 1)",
            "Gaussian of (weight), diagonal covariance, fitted to 210 rows, unbiased (divided by n - 1)",
            "Gaussian of (weight), full covariance",
            "Gaussian of (x1, x2), full covariance"}, summaries, printed());
    }

    private static void assertRelative(double expected, double actual, double relative) {
        assertEquals(expected, actual, relative * Math.abs(expected));
    }

    private static void assertRelative(double[] expected, double[] actual, double relative) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * Math.abs(expected[i]), "[" + i + "]");
        }
    }

    private static void assertRelative(double[][] expected, double[][] actual, double relative) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertRelative(expected[i], actual[i], relative);
        }
    }

    private static final String LOAD_HW = "hw = load \"examples/data/heightWeightData.txt\" columns (gender, height, weight)\n"
            + "X = hw[height, weight]\nG = fit gaussian X\n";

    @Test
    void densitiesOfABivariateGaussian() {
        run("g = gaussian([0, 0], [[1, .5], [.5, 1]])\np = pdf(g, [0, 0]); l = logpdf(g, [1, 2]); c = normconst(g)\n"
                + "m = mahalanobis(g, [1, 2]); h = entropy(g); k = kl(g, gaussian([1, 0], [[2, 0], [0, 2]]))");
        // scipy: mvn = multivariate_normal([0, 0], [[1, .5], [.5, 1]])
        assertRelative(0.1837762984739307, number("p"), 1e-14);      // mvn.pdf([0, 0])
        assertRelative(-3.6940360301834545, number("l"), 1e-14);     // mvn.logpdf([1, 2])
        assertRelative(5.441398092702653, number("c"), 1e-14);       // 2π √det(S)
        assertRelative(2.0, number("m"), 1e-14);                     // √(xᵀS⁻¹x), x = [1, 2]: by hand (4/3)(1 − 2 + 4) = 4
        assertRelative(2.694036030183455, number("h"), 1e-14);       // mvn.entropy()
        // ½[tr(S1⁻¹S) + m1ᵀS1⁻¹m1 − 2 + log(det S1 / det S)], S1 = 2I, m1 = [1, 0]
        assertRelative(0.5869882167858358, number("k"), 1e-14);
    }

    @Test
    void oneDimensionalTailsAndTenDimensions() {
        run("n = gaussian(0, 1)\nv = pdf(n, [0, 1, 2]); tail = logpdf(n, 40)\n"
                + "C = [[1, .5, .25, .125, .0625, .03125, .015625, .0078125, .00390625, .001953125]]\n"
                + "S = [[1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625, 0.001953125],"
                + " [0.5, 1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625],"
                + " [0.25, 0.5, 1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125],"
                + " [0.125, 0.25, 0.5, 1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625],"
                + " [0.0625, 0.125, 0.25, 0.5, 1, 0.5, 0.25, 0.125, 0.0625, 0.03125],"
                + " [0.03125, 0.0625, 0.125, 0.25, 0.5, 1, 0.5, 0.25, 0.125, 0.0625],"
                + " [0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1, 0.5, 0.25, 0.125],"
                + " [0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1, 0.5, 0.25],"
                + " [0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1, 0.5],"
                + " [0.001953125, 0.00390625, 0.0078125, 0.015625, 0.03125, 0.0625, 0.125, 0.25, 0.5, 1]]\n"
                + "ten = logpdf(gaussian([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], S), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])");
        // scipy: norm.pdf([0, 1, 2]); norm.logpdf(40) (pdf underflows to 0 there, the log does not)
        assertRelative(new double[] {0.3989422804014327, 0.24197072451914337, 0.05399096651318806}, vector("v"), 1e-14);
        assertRelative(-800.9189385332047, number("tail"), 1e-14);
        // scipy: multivariate_normal(np.arange(10), [[0.5 ** abs(i - j) ...]]).logpdf(np.ones(10))
        assertRelative(-55.89481600601369, number("ten"), 1e-13);
    }

    @Test
    void conditioningMarginalsAndCovariances() {
        run(LOAD_HW + "c = condition(G, height = 70); cm = c.mean; cv = c.cov\nci = condition(G, [1], [70]).mean\n"
                + "mv = marginal(G, [weight]).cov; mh = marginal(G, 1).mean\n"
                + "S = cov(X); r = corr(X.height, X.weight); R = corr(X); sxy = cov(X.height, X.weight)");
        // numpy: m = X.mean(0); S = np.cov(X.T, bias=True); m[1] + S[1,0]/S[0,0]*(70 − m[0]); S[1,1] − S[1,0]²/S[0,0]
        assertRelative(new double[] {159.52807056957232}, vector("cm"), 1e-12);
        assertRelative(new double[][] {{516.9367992400547}}, matrix("cv"), 1e-12);
        assertRelative(new double[] {159.52807056957232}, vector("ci"), 1e-12);
        assertRelative(new double[][] {{1063.86340136}}, matrix("mv"), 1e-9);
        assertRelative(new double[] {67.36190476190476}, vector("mh"), 1e-14);
        // numpy: np.cov(X.T); np.corrcoef(X.T)
        assertRelative(new double[][] {{19.877967646388694, 104.51701982228298}, {104.51701982228298, 1068.9536568694461}},
                matrix("S"), 1e-13);
        assertRelative(0.717004018118224, number("r"), 1e-13);
        assertRelative(0.717004018118224, matrix("R")[0][1], 1e-13);
        assertRelative(104.51701982228298, number("sxy"), 1e-13);
    }

    @Test
    void standardizingAndWhitening() {
        run(LOAD_HW + "z = standardize(X); w = whiten(X, zca); p = whiten(X, \"pca\"); k = whiten(X, cholesky)\n"
                + "z1 = [z.height[1], z.weight[1]]; w1 = [w.height[1], w.weight[1]]; k1 = [k.height[1], k.weight[1]]\n"
                + "Cz = cov(z); Cw = cov(w); Cp = cov(p)\nprint p");
        // numpy: (X[0] − m)/X.std(0, ddof=1)
        assertRelative(new double[] {-0.08117238524067238, -0.6318162830650595}, vector("z1"), 1e-12);
        // numpy: w, V = np.linalg.eigh(np.cov(X.T)); V @ diag(w^−½) @ V.T @ (X[0] − m)
        assertRelative(new double[] {0.47513341539863063, -0.6767533581896932}, vector("w1"), 1e-12);
        // numpy: np.linalg.solve(np.linalg.cholesky(np.cov(X.T)), X[0] − m)
        assertRelative(new double[] {-0.08117238524067233, -0.8228960530490682}, vector("k1"), 1e-12);
        assertRelative(0.717004018118224, matrix("Cz")[0][1], 1e-12);
        for (String name : new String[] {"Cw", "Cp"}) {
            double[][] identity = matrix(name);
            assertEquals(1, identity[0][0], 1e-12);
            assertEquals(1, identity[1][1], 1e-12);
            assertEquals(0, identity[0][1], 1e-12);
        }
        assertTrue(printed().contains("pc1"), printed());
    }

    @Test
    void likelihoodRatioAndInformationCriteria() {
        run(LOAD_HW + "b = bic(G, X); a = aic(G, X); D = fit gaussian X covariance diagonal\nbd = bic(D, X)\n"
                + "r = llr(G, D, [70, 150]); rs = llr(G, D, X)\ncompare covariance X");
        // scipy: ll = multivariate_normal(m, S).logpdf(X).sum() = −1565.3939112896464; −2 ll + 5 log 210; −2 ll + 10
        assertRelative(3157.5233602328803, number("b"), 1e-13);
        assertRelative(3140.787822579293, number("a"), 1e-13);
        // diagonal: k = 4; ll = −1641.176785340557
        assertRelative(3303.742000803984, number("bd"), 1e-13);
        // scipy: logpdf([70, 150]) under the full minus under the diagonal MLE
        assertRelative(0.2819252422534273, number("r"), 1e-12);
        assertEquals(210, vector("rs").length);
        // spherical: ll = −1917.8915916942478, BIC 3851.824505980648 (6 significant digits printed)
        assertTrue(printed().contains("""
                covariance  parameters    loglik      AIC      BIC
                full                 5  -1565.39  3140.79  3157.52
                diagonal             4  -1641.18  3290.35  3303.74
                spherical            3  -1917.89  3841.78  3851.82
                BIC prefers full; AIC prefers full
                """), printed());
    }

    @Test
    void niwPosteriorWithAGivenPrior() {
        run(LOAD_HW + "p = posterior niw X prior niw(mean [60, 150], kappa 1, nu 4, scale [[10, 0], [0, 100]])\n"
                + "m = p.mean; mo = p.mode; SN = p.scale; k = p.kappa; nu = p.nu; Cm = p.cov_mean; Cmo = p.cov_mode\n"
                + "ci = credible(p, 0.95); lo = ci.lower; hi = ci.upper\nev = evidence(p)\nt = predictive(p); lt = logpdf(t, [70, 150])");
        // numpy (Murphy 4.209–4.214): kN = 1 + 210; nN = 4 + 210; mN = (k0 m0 + N x̄)/kN;
        // SN = S0 + (X − x̄)ᵀ(X − x̄) + k0 N/kN (x̄ − m0)(x̄ − m0)ᵀ
        assertRelative(new double[] {67.32701421800948, 145.6777251184834}, vector("m"), 1e-13);
        assertRelative(new double[] {67.32701421800948, 145.6777251184834}, vector("mo"), 1e-13);
        assertEquals(211, number("k"));
        assertEquals(214, number("nu"));
        assertRelative(new double[][] {{4218.436018957345, 21812.236966824643}, {21812.236966824643, 223530.08530805682}},
                matrix("SN"), 1e-12);
        // SN/(nN − d − 1); SN/(nN + d + 2)
        assertRelative(new double[][] {{19.992587767570356, 103.37553064845802}, {103.37553064845802, 1059.384290559511}},
                matrix("Cm"), 1e-12);
        assertRelative(new double[][] {{19.35062394017131, 100.0561328753424}, {100.0561328753424, 1025.3673637984257}},
                matrix("Cmo"), 1e-12);
        // scipy: q = t.ppf(0.975, nN − d + 1); mN[j] ± q √(SN[j,j]/(kN (nN − d + 1)))
        assertRelative(66.72311086965779, vector("lo")[0], 1e-12);
        assertRelative(67.93091756636117, vector("hi")[0], 1e-12);
        assertRelative(141.28170474784662, vector("lo")[1], 1e-12);
        // scipy: −N d/2 log π + multigammaln(nN/2, 2) − multigammaln(n0/2, 2) + n0/2 log det S0 − nN/2 log det SN + d/2 log(k0/kN)
        assertRelative(-1586.9464108994084, number("ev"), 1e-12);
        // scipy: multivariate_t(mN, SN (kN + 1)/(kN (nN − d + 1)), df=nN − d + 1).logpdf([70, 150])
        assertRelative(-6.730472342678647, number("lt"), 1e-12);
    }

    @Test
    void niwPosteriorWithTheWeakDefaultSaysSo() {
        run(LOAD_HW + "p = posterior niw X\nm = p.mean; S0 = p.prior.scale; nu0 = p.prior.nu");
        assertTrue(printed().contains("posterior niw: no prior given, so the weak default was used"), printed());
        // the default: m0 = x̄ so m_N = x̄; ν0 = d + 2 = 4; S0 = diag(np.cov(X.T, bias=True))
        assertRelative(new double[] {67.36190476190476, 145.65714285714284}, vector("m"), 1e-13);
        assertEquals(4, number("nu0"));
        assertRelative(new double[][] {{19.78331066, 0}, {0, 1063.86340136}}, matrix("S0"), 1e-9);
    }

    @Test
    void knownVariancePosteriorOfTheMean() {
        run("p = posterior normal [1.2, 3.4, 0.5, 2.2] known variance 4 prior normal(0, 9)\n"
                + "m = p.map; v = p.cov; ci = credible(p, 0.95); w = ci.width\n"
                + "p62 = posterior normal sample(normal(0, 4), 62) known variance 4 prior normal(0, 9)\n"
                + "p61 = posterior normal sample(normal(0, 4), 61) known variance 4 prior normal(0, 9)\n"
                + "w62 = credible(p62, 0.95).width; w61 = credible(p61, 0.95).width");
        // by hand: 1/τN² = 1/9 + 4/4 = 10/9, τN² = 0.9; x̄ = 1.825, mN = 0.9 · (0 + 4 · 1.825/4) = 1.6425
        assertRelative(new double[] {1.6425}, vector("m"), 1e-14);
        assertRelative(new double[][] {{0.9}}, matrix("v"), 1e-14);
        // scipy: 2 · norm.ppf(0.975) · √0.9 = 3.718771...
        assertRelative(3.7187701938273694, vector("w")[0], 1e-12);
        // by hand: width 2 · 1.959964 / √(1/9 + n/4) < 1 first at n = 62 (n > 61.02)
        assertTrue(vector("w62")[0] < 1 && vector("w61")[0] > 1);
    }

    @Test
    void knownCovariancePosteriorOfAMeanVector() {
        run(LOAD_HW + "p = posterior normal X known covariance [[20, 100], [100, 1000]] "
                + "prior gaussian([60, 150], [[100, 0], [0, 1000]])\nm = p.mean; V = p.cov; lo = credible(p).lower");
        // numpy: VN = inv(inv(V0) + N inv(Σ)); mN = VN @ (inv(V0) @ m0 + N inv(Σ) @ x̄)
        assertRelative(new double[] {67.35697295054798, 145.6428579481016}, vector("m"), 1e-12);
        assertRelative(new double[][] {{0.09492222465227126, 0.4734837809258187}, {0.4734837809258187, 4.7370924939292625}},
                matrix("V"), 1e-11);
        // scipy: mN[0] − norm.ppf(0.975) √VN[0, 0]
        assertRelative(66.75311881487417, vector("lo")[0], 1e-12);
    }

    @Test
    void onlineUpdatesAgreeWithTheBatchAndLeaveAliasesAlone() {
        run("s = online gaussian 3\nfirst = s\nupdate s with [1.2, 3.4, 5.6]\nupdate s with [2, 1, 0]\nafter2 = s\n"
                + "update s with table(x1 = [0.5, 4, 3], x2 = [0.7, 2, 3], x3 = [3, 1, 3.5])\n"
                + "m = s.mean; C = s.cov; P = s.precision; n = s.n; n0 = first.n; n2 = after2.n\n"
                + "t = online gaussian table(a = [1.2, 2, 0.5, 4, 3], b = [3.4, 1, 0.7, 2, 3], c = [5.6, 0, 3, 1, 3.5])\n"
                + "tm = t.mean; tP = t.precision");
        // numpy: rows = [[1.2, 3.4, 5.6], [2, 1, 0], [0.5, 0.7, 3], [4, 2, 1], [3, 3, 3.5]]
        double[] mean = {2.14, 2.02, 2.62};                                 // rows.mean(0)
        double[][] cov = {{1.948, 0.454, -1.3285}, {0.454, 1.412, 1.7945}, {-1.3285, 1.7945, 4.822}};  // np.cov(rows.T)
        double[][] precision = {{2.6786240307093894, -3.4136991362985603, 2.008385550577601},       // inv(np.cov(rows.T))
                {-3.4136991362985607, 5.694257246148622, -3.0596109354596313},
                {2.008385550577601, -3.0596109354596313, 1.8993388692709772}};
        assertRelative(mean, vector("m"), 1e-13);
        assertRelative(cov, matrix("C"), 1e-12);
        assertRelative(precision, matrix("P"), 1e-9);
        assertEquals(5, number("n"));
        assertEquals(0, number("n0"));
        assertEquals(2, number("n2"));
        assertRelative(mean, vector("tm"), 1e-13);
        assertRelative(precision, matrix("tP"), 1e-9);
    }

    @Test
    void seedMakesDrawsReproducible() {
        run("seed 42\na = sample(gaussian([0, 0], [[1, .5], [.5, 1]]), 3)\nu = sample(uniform(-1, 1), 2).x\n"
                + "seed 42\nb = sample(gaussian([0, 0], [[1, .5], [.5, 1]]), 3)\nv = sample(uniform(-1, 1), 2).x\n"
                + "seed 7\nc = sample(uniform(-1, 1), 2).x\nfirst = a.x1; again = b.x1");
        assertArrayEquals(vector("u"), vector("v"));
        assertArrayEquals(vector("first"), vector("again"));
        assertNotEquals(vector("u")[0], vector("c")[0]);
        for (double x : vector("u")) {
            assertTrue(x >= -1 && x <= 1);
        }
    }

    @Test
    void simpleDistributions() {
        run("u = pdf(uniform(-1, 3), [0, 5]); b = pdf(bernoulli(0.3), [1, 0, 0.5]); r = logpdf(rademacher(), -1)\n"
                + "seed 1\nflips = sample(bernoulli(0.25), 4000).x; signs = sample(rademacher(), 1000).x\n"
                + "f = mean(flips); s = sum(signs * signs)");
        // by hand: 1/(3 − (−1)) inside, 0 outside; P(1) = 0.3, P(0) = 0.7, P(0.5) = 0; log ½
        assertArrayEquals(new double[] {0.25, 0}, vector("u"), 1e-15);
        assertArrayEquals(new double[] {0.3, 0.7, 0}, vector("b"), 1e-15);
        assertEquals(Math.log(0.5), number("r"), 1e-15);
        // a mean of 4000 Bernoulli(0.25) draws is within 4 standard errors (4 · 0.0068) of 0.25
        assertEquals(0.25, number("f"), 0.03);
        assertEquals(1000, number("s"));
    }

    @Test
    void explainShowsTheNumbers() {
        run(LOAD_HW + "c = explain condition(G, height = 70)\n"
                + "p = explain posterior normal [1.2, 3.4, 0.5, 2.2] known variance 4 prior normal(0, 9)\n"
                + "q = explain posterior niw X prior niw(mean [60, 150], kappa 1, nu 4, scale [[10, 0], [0, 100]])\n"
                + "f = explain fit gaussian X\n");
        String text = printed();
        // the numbers of the tests above, at 6 significant digits
        assertTrue(text.contains("μ_a|b = μ_a + Σ_ab Σ_bb⁻¹ (x_b - μ_b) = 145.657 + 104.019 × 0.0505477 × (70 - 67.3619) = 159.528"), text);
        assertTrue(text.contains("1/τ_N² = 1/τ0² + N/σ² = 1/9 + 4/4 = 1.11111"), text);
        assertTrue(text.contains("m_N = τ_N² (m0/τ0² + N x̄/σ²) = 0.9 × (0/9 + 4 × 1.825/4) = 1.6425"), text);
        assertTrue(text.contains("kappa_N = kappa0 + N = 1 + 210 = 211"), text);
        assertTrue(text.contains("        = [[4218.44, 21812.2], [21812.2, 223530]]"), text);
        assertTrue(text.contains("log evidence: log p(D) = -1586.95"), text);
        assertTrue(text.contains("Σ = S / N = [[4154.5, 21844.1], [21844.1, 223411]] / 210 = [[19.7833, 104.019], [104.019, 1063.86]]"),
                text);
    }
}
