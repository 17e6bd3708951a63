package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import gm.runtime.GaussianException;

/**
 * The prior p(c) over classes: the class frequencies of the training rows (empirical), equal probabilities
 * (uniform), or given probabilities in class order (explicit). Immutable.
 */
public final class ClassPrior {
    /** How far the given probabilities may sum from 1; within it they are rescaled to sum to 1 exactly. */
    private static final double SUM_TOLERANCE = 1e-9;

    private enum Kind {
        EMPIRICAL, UNIFORM, EXPLICIT
    }

    private static final ClassPrior EMPIRICAL = new ClassPrior(Kind.EMPIRICAL, null);
    private static final ClassPrior UNIFORM = new ClassPrior(Kind.UNIFORM, null);

    private final Kind kind;
    private final double[] probabilities;

    private ClassPrior(Kind kind, double[] probabilities) {
        this.kind = kind;
        this.probabilities = probabilities;
    }

    /** p(c) = n_c / n, the maximum-likelihood estimate from the training rows. */
    public static ClassPrior empirical() {
        return EMPIRICAL;
    }

    /** p(c) = 1 / C. */
    public static ClassPrior uniform() {
        return UNIFORM;
    }

    /** Given probabilities in class order: each finite and ≥ 0, summing to 1 within 1e-9. */
    public static ClassPrior of(double... probabilities) {
        if (probabilities == null || probabilities.length == 0) {
            throw new GaussianException("a prior needs at least one probability", "give one probability per class");
        }
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!Double.isFinite(p) || p < 0) {
                throw new GaussianException("prior probability " + (i + 1) + " is " + Wording.number(p)
                        + "; probabilities must be finite and at least 0", "give probabilities in [0, 1] that sum to 1");
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new GaussianException("the prior probabilities " + Arrays.stream(probabilities).mapToObj(Wording::number)
                    .collect(Collectors.joining(", ", "[", "]")) + " sum to " + Wording.number(sum)
                    + ", not 1", sum > 0 ? "make them sum to 1, e.g. divide each by " + Wording.number(sum)
                            : "give at least one positive probability");
        }
        double[] normalised = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            normalised[i] = probabilities[i] / sum;
        }
        return new ClassPrior(Kind.EXPLICIT, normalised);
    }

    /** Probabilities that already sum to 1, as {@link #probabilities()} gave them: kept exactly, not rescaled. */
    public static ClassPrior restore(double... probabilities) {
        ClassPrior checked = of(probabilities);
        return new ClassPrior(checked.kind, probabilities.clone());
    }

    /** "empirical", "uniform" or "explicit". */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The given probabilities, in class order; empty for an empirical or uniform prior. */
    public double[] probabilities() {
        return probabilities == null ? new double[0] : probabilities.clone();
    }

    /**
     * log p(c) for each class.
     *
     * @param rowsPerClass training rows per class, or null for a model given by parameters (which has no
     *                     frequencies, so an empirical prior is then an error)
     */
    double[] logProbabilities(List<String> classes, long[] rowsPerClass) {
        int classCount = classes.size();
        double[] logPrior = new double[classCount];
        switch (kind) {
            case EMPIRICAL -> {
                if (rowsPerClass == null) {
                    throw new GaussianException("an empirical prior needs class frequencies, but a model given by"
                            + " parameters has no training rows",
                            "give the prior probabilities, or use a uniform prior");
                }
                long total = Arrays.stream(rowsPerClass).sum();
                for (int c = 0; c < classCount; c++) {
                    logPrior[c] = Math.log((double) rowsPerClass[c] / total);
                }
            }
            case UNIFORM -> Arrays.fill(logPrior, -Math.log(classCount));
            case EXPLICIT -> {
                if (probabilities.length != classCount) {
                    String given = probabilities.length
                            + (probabilities.length == 1 ? " probability" : " probabilities");
                    throw new GaussianException("the prior has " + given + " but there are " + classCount + " classes "
                            + Wording.tuple(classes), "give one probability per class, in class order");
                }
                for (int c = 0; c < classCount; c++) {
                    logPrior[c] = Math.log(probabilities[c]);
                }
            }
        }
        return logPrior;
    }

    @Override
    public String toString() {
        return kind == Kind.EXPLICIT ? "prior " + Arrays.toString(probabilities) : kind.name().toLowerCase() + " prior";
    }
}
