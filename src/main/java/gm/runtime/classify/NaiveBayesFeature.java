package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.Arrays;
import java.util.List;

import gm.runtime.GaussianException;

/**
 * The per-class distribution of one naive Bayes feature: Gaussian (a mean and a variance per class) or Bernoulli
 * (the probability that it is 1, per class). Immutable; the values are checked against the classes when a
 * classifier is built from it.
 */
public final class NaiveBayesFeature {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final String name;
    private final FeatureKind kind;
    private final double[] means;
    private final double[] variances;
    private final double[] probabilitiesOfOne;

    private NaiveBayesFeature(String name, FeatureKind kind, double[] means, double[] variances,
            double[] probabilitiesOfOne) {
        if (name == null || name.isEmpty()) {
            throw new GaussianException("feature names must be non-empty", "name every feature");
        }
        this.name = name;
        this.kind = kind;
        this.means = means;
        this.variances = variances;
        this.probabilitiesOfOne = probabilitiesOfOne;
    }

    /** N(means[c], variances[c]) in class c. */
    public static NaiveBayesFeature gaussian(String name, double[] means, double[] variances) {
        if (means == null || variances == null) {
            throw new GaussianException("Gaussian feature '" + name + "' needs means and variances",
                    "give one mean and one variance per class");
        }
        return new NaiveBayesFeature(name, FeatureKind.GAUSSIAN, means.clone(), variances.clone(), null);
    }

    /**
     * p(x = 1 | c) = probabilitiesOfOne[c]. Probabilities of exactly 0 or 1 are allowed here (textbook models): the
     * class is then impossible for the other value, and a point impossible under every class is an error when
     * predicted.
     */
    public static NaiveBayesFeature bernoulli(String name, double[] probabilitiesOfOne) {
        if (probabilitiesOfOne == null) {
            throw new GaussianException("Bernoulli feature '" + name + "' needs probabilities",
                    "give one probability of 1 per class");
        }
        return new NaiveBayesFeature(name, FeatureKind.BERNOULLI, null, null, probabilitiesOfOne.clone());
    }

    public String name() {
        return name;
    }

    /** GAUSSIAN or BERNOULLI. */
    public FeatureKind kind() {
        return kind;
    }

    /** Per-class means of a Gaussian feature. */
    public double[] means() {
        requireKind(FeatureKind.GAUSSIAN, "means");
        return means.clone();
    }

    /** Per-class variances of a Gaussian feature. */
    public double[] variances() {
        requireKind(FeatureKind.GAUSSIAN, "variances");
        return variances.clone();
    }

    /** Per-class p(x = 1) of a Bernoulli feature. */
    public double[] probabilitiesOfOne() {
        requireKind(FeatureKind.BERNOULLI, "probabilities");
        return probabilitiesOfOne.clone();
    }

    private void requireKind(FeatureKind wanted, String what) {
        if (kind != wanted) {
            throw new GaussianException("feature '" + name + "' is " + kind.name().toLowerCase() + "; it has no "
                    + what,
                    "ask a " + wanted.name().toLowerCase() + " feature for its " + what);
        }
    }

    /** Every per-class value is valid: one per class, finite means, positive variances, probabilities in [0, 1]. */
    void requireValidFor(List<String> classes) {
        int classCount = classes.size();
        double[] perClass = kind == FeatureKind.GAUSSIAN ? means : probabilitiesOfOne;
        if (perClass.length != classCount || (variances != null && variances.length != classCount)) {
            String given = kind == FeatureKind.GAUSSIAN ? means.length + " means and " + variances.length + " variances"
                    : perClass.length + " probabilities";
            throw new GaussianException("feature '" + name + "' has " + given + " but there are " + classCount
                    + " classes " + Wording.tuple(classes), "give one value per class, in class order");
        }
        for (int c = 0; c < classCount; c++) {
            String where = "feature '" + name + "', class '" + classes.get(c) + "': ";
            if (kind == FeatureKind.GAUSSIAN) {
                if (!Double.isFinite(means[c])) {
                    throw new GaussianException(where + "the mean is " + Wording.number(means[c]), "give a finite mean");
                }
                if (!(variances[c] > 0 && Double.isFinite(variances[c]))) {
                    throw new GaussianException(where + "the variance is " + Wording.number(variances[c]),
                            "give a positive, finite variance");
                }
            } else if (!(probabilitiesOfOne[c] >= 0 && probabilitiesOfOne[c] <= 1)) {
                throw new GaussianException(where + "the probability of 1 is " + Wording.number(probabilitiesOfOne[c]),
                        "give a probability in [0, 1]");
            }
        }
    }

    /** A value this feature can take: any finite number for a Gaussian feature, 0 or 1 for a Bernoulli one. */
    void requireValue(double value) {
        if (!Double.isFinite(value)) {
            throw new GaussianException("the value of '" + name + "' is " + value,
                    "give a finite value; to leave a feature out, name the others, e.g. predict q at (height = 70)");
        }
        if (kind == FeatureKind.BERNOULLI && value != 0 && value != 1) {
            throw new GaussianException("'" + name + "' is a Bernoulli feature and takes 0 or 1, got "
                    + Wording.number(value),
                    "code it as 0/1, or model it as a Gaussian feature");
        }
    }

    /**
     * log p(value | class c): -½ log(2πσ²) - (x - μ)²/(2σ²), or log p / log(1 - p) for a Bernoulli value of 1 / 0
     * (-Infinity when that value has probability 0, never 0·log 0 = NaN).
     */
    double logLikelihood(int c, double value) {
        if (kind == FeatureKind.GAUSSIAN) {
            double deviation = value - means[c];
            return -0.5 * (LOG_2PI + Math.log(variances[c]) + deviation * deviation / variances[c]);
        }
        return value == 1 ? Math.log(probabilitiesOfOne[c]) : Math.log1p(-probabilitiesOfOne[c]);
    }

    @Override
    public String toString() {
        return kind == FeatureKind.GAUSSIAN
                ? name + " ~ Gaussian means " + Arrays.toString(means) + " variances "
                        + Arrays.toString(variances)
                : name + " ~ Bernoulli p(1) " + Arrays.toString(probabilitiesOfOne);
    }
}
