package gm.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The normality checks of one variable: moment skewness g1, excess kurtosis g2 and two tests whose null hypothesis
 * is that the values come from a normal distribution.
 */
public record UnivariateNormality(int n, double skewness, double excessKurtosis, TestResult jarqueBera,
        TestResult shapiroWilk) {
    /** Bulmer's (1979) rule of thumb: |g1| above 1 is highly skewed, between 1/2 and 1 moderately. */
    static final double STRONG_SKEW = 1;
    static final double MODERATE_SKEW = 0.5;
    /** |g2| above 1 is a tail weight that a histogram shows plainly. */
    static final double NOTABLE_EXCESS_KURTOSIS = 1;

    /**
     * "consistent with a normal distribution at the 5% level" when neither test rejects at alpha; otherwise
     * "not consistent with a normal distribution at the 5% level", followed by the shape that departs from it
     * (for example "strongly skewed (right), heavy-tailed") when skewness or kurtosis is notable.
     */
    public String verdict(double alpha) {
        String level = " at the " + Normality.percent(alpha) + " level";
        if (!jarqueBera.rejectsAt(alpha) && !shapiroWilk.rejectsAt(alpha)) {
            return "consistent with a normal distribution" + level;
        }
        List<String> shape = shapeWords(skewness, excessKurtosis);
        return "not consistent with a normal distribution" + level + (shape.isEmpty() ? "" : ": " + String.join(", ", shape));
    }

    static List<String> shapeWords(double skewness, double excessKurtosis) {
        List<String> words = new ArrayList<>();
        String side = skewness > 0 ? "(right)" : "(left)";
        if (Math.abs(skewness) > STRONG_SKEW) {
            words.add("strongly skewed " + side);
        } else if (Math.abs(skewness) > MODERATE_SKEW) {
            words.add("moderately skewed " + side);
        }
        if (excessKurtosis > NOTABLE_EXCESS_KURTOSIS) {
            words.add("heavy-tailed");
        } else if (excessKurtosis < -NOTABLE_EXCESS_KURTOSIS) {
            words.add("light-tailed");
        }
        return words;
    }
}
