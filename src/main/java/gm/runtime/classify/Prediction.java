package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.Arrays;
import java.util.List;

import gm.runtime.GaussianException;

/**
 * The posterior over a classifier's classes at one point: the most probable class (the first of equally probable
 * ones), its position in the class list, and log p(c | x) and p(c | x) per class, in class order. Arrays are copied
 * in and out.
 */
public record Prediction(String predictedClass, int predictedIndex, double[] logPosterior, double[] posterior) {
    public Prediction {
        logPosterior = logPosterior.clone();
        posterior = posterior.clone();
    }

    /**
     * Normalises log p(x, c) = log p(c) + log p(x | c) with log-sum-exp: every term is shifted by the largest, so the
     * largest becomes exp(0) = 1 and a point far in the tails of every class (log-likelihoods of -1e6) still gets
     * posteriors that sum to 1. Adding a constant to every log joint probability leaves the result unchanged.
     *
     * @throws GaussianException when the point has probability 0 under every class (no posterior exists)
     */
    public static Prediction fromLogJoint(List<String> classes, double[] logJoint) {
        int best = bestOf(classes, logJoint);
        double largest = logJoint[best];
        double sumOfScaled = 0;
        for (double value : logJoint) {
            sumOfScaled += Math.exp(value - largest);
        }
        // log p(c | x) = (log p(x, c) - largest) - log Σ exp(log p(x, c') - largest): subtracting the largest first
        // keeps the differences exact, where largest + log Σ would round at the scale of the largest.
        double logSumOfScaled = Math.log(sumOfScaled);
        double[] logPosterior = new double[logJoint.length];
        double[] posterior = new double[logJoint.length];
        for (int c = 0; c < logJoint.length; c++) {
            logPosterior[c] = (logJoint[c] - largest) - logSumOfScaled;
            posterior[c] = Math.exp(logPosterior[c]);
        }
        return new Prediction(classes.get(best), best, logPosterior, posterior);
    }

    /**
     * The class {@link #fromLogJoint} predicts (the first of the largest log joint probabilities), without the
     * posterior, with the same checks.
     *
     * @throws GaussianException when the point has probability 0 under every class
     */
    static int bestOf(List<String> classes, double[] logJoint) {
        if (classes == null || logJoint == null || classes.size() != logJoint.length || logJoint.length == 0) {
            throw new GaussianException("a prediction needs one log probability per class", "give one value per class");
        }
        int best = 0;
        for (int c = 0; c < logJoint.length; c++) {
            if (Double.isNaN(logJoint[c]) || logJoint[c] == Double.POSITIVE_INFINITY) {
                throw new GaussianException("the log probability of class '" + classes.get(c) + "' is " + logJoint[c],
                        "log probabilities must be finite or -Infinity (probability 0)");
            }
            if (logJoint[c] > logJoint[best]) {
                best = c;
            }
        }
        double largest = logJoint[best];
        if (largest == Double.NEGATIVE_INFINITY) {
            throw new GaussianException("the point has probability 0 under every class " + Wording.tuple(classes),
                    "a Bernoulli probability of exactly 0 or 1 rules a class out for the other value, and a point so far"
                            + " out that its squared distance overflows has density 0; use probabilities strictly"
                            + " between 0 and 1 (or smoothing when fitting)");
        }
        return best;
    }

    @Override
    public double[] logPosterior() {
        return logPosterior.clone();
    }

    @Override
    public double[] posterior() {
        return posterior.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prediction that && predictedClass.equals(that.predictedClass)
                && predictedIndex == that.predictedIndex && Arrays.equals(logPosterior, that.logPosterior)
                && Arrays.equals(posterior, that.posterior);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * predictedClass.hashCode() + Arrays.hashCode(logPosterior)) + Arrays.hashCode(posterior);
    }

    @Override
    public String toString() {
        return "Prediction[" + predictedClass + ", posterior=" + Arrays.toString(posterior) + "]";
    }
}
