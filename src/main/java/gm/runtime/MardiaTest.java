package gm.runtime;

/**
 * Mardia's multivariate normality tests on n rows of p variables: skewness b1p (zero for a normal distribution)
 * with its chi-square test, and kurtosis b2p (p(p + 2) for a normal distribution) with its z test.
 */
public record MardiaTest(int n, int dim, double skewness, TestResult skewnessTest, int skewnessDegreesOfFreedom,
        double kurtosis, TestResult kurtosisTest) {
    /** The kurtosis b2p of a multivariate normal distribution in this dimension. */
    public double normalKurtosis() {
        return dim * (dim + 2.0);
    }

    /**
     * "consistent with a multivariate normal distribution at the 5% level" when neither test rejects at alpha;
     * otherwise which aspect departs: "skewed", "heavy-tailed" or "light-tailed".
     */
    public String verdict(double alpha) {
        String level = " at the " + Normality.percent(alpha) + " level";
        boolean skewed = skewnessTest.rejectsAt(alpha);
        boolean tails = kurtosisTest.rejectsAt(alpha);
        if (!skewed && !tails) {
            return "consistent with a multivariate normal distribution" + level;
        }
        StringBuilder text = new StringBuilder("not consistent with a multivariate normal distribution" + level + ": ");
        if (skewed) {
            text.append("skewed");
        }
        if (tails) {
            text.append(skewed ? ", " : "").append(kurtosis > normalKurtosis() ? "heavy-tailed" : "light-tailed");
        }
        return text.toString();
    }
}
