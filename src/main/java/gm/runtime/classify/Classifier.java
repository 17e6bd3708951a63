package gm.runtime.classify;

import java.util.List;

/** A generative classifier: a prior over classes and a class-conditional density p(x | c) over named features. */
public interface Classifier {
    List<String> classes();

    List<String> features();

    /** log p(c), in class order. */
    double[] logPriors();

    /** p(c | x) for a point with one value per feature. */
    Prediction predict(double[] x);

    /** The position of the class {@link #predict} predicts, for when the posterior itself is not needed. */
    default int predictedIndex(double[] x) {
        return predict(x).predictedIndex();
    }

    /**
     * p(c | x_observed) with the other features marginalised out exactly.
     *
     * @param observed positions of the observed features in {@link #features()}; may be empty (the posterior is then
     *                 the prior)
     * @param values   their values, in the same order
     */
    Prediction predictPartial(int[] observed, double[] values);

    /** log p(x | first class) - log p(x | second class), term by term; only for two-class models. */
    LogLikelihoodRatio llr(double[] x);
}
