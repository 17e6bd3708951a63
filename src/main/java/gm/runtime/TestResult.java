package gm.runtime;

/**
 * The outcome of a hypothesis test: its statistic and the probability, under the null hypothesis, of a statistic
 * at least as extreme.
 */
public record TestResult(String name, double statistic, double pValue) {
    public TestResult {
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException(name + " p-value " + pValue + " is not a probability");
        }
    }

    public boolean rejectsAt(double alpha) {
        return pValue < alpha;
    }
}
