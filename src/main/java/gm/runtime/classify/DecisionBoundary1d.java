package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.ArrayList;
import java.util.List;

import gm.runtime.Gaussian;
import gm.runtime.GaussianException;

/**
 * Where each class wins for a two-class model with one Gaussian feature (Murphy §4.2.1). With class 1
 * N(μ₁, σ₁²), prior π₁, and class 2 N(μ₂, σ₂²), π₂, and t = x - μ₁, δ = μ₂ - μ₁, the log posterior odds
 * log p(1 | x) - log p(2 | x) = a t² + b t + c with a = ½(1/σ₂² - 1/σ₁²), b = -δ/σ₂²,
 * c = δ²/(2σ₂²) + ½ log(σ₂²/σ₁²) + log π₁ - log π₂. Its real roots are the boundaries: two for unequal variances
 * (class 1 wins between them when σ₁ < σ₂), one for equal variances (a = 0, a linear boundary), none when one class
 * wins everywhere. Roots come from the cancellation-free form q = -½(b + sign(b)√(b² - 4ac)), t = q/a and c/q.
 * Immutable.
 */
public final class DecisionBoundary1d {
    /** The open interval (lower, upper), possibly infinite, where winner has the larger posterior. */
    public record Region(double lower, double upper, String winner) {
    }

    private final List<Double> boundaries;
    private final List<Region> regions;

    private DecisionBoundary1d(List<Double> boundaries, List<Region> regions) {
        this.boundaries = List.copyOf(boundaries);
        this.regions = List.copyOf(regions);
    }

    /**
     * @throws GaussianException unless the classifier has two classes and one feature. Where the two posteriors are
     *                           equal everywhere (same Gaussian, same prior), the first class is reported as winning,
     *                           as {@link Prediction} breaks ties.
     */
    public static DecisionBoundary1d of(GaussianClassifier classifier) {
        Text.requireTwoClasses(classifier.classes(), "a decision boundary");
        if (classifier.features().size() != 1) {
            throw new GaussianException("a 1-d decision boundary needs one feature, but the classifier has "
                    + classifier.features().size() + " " + Wording.tuple(classifier.features()),
                    "fit the classifier on a single feature");
        }
        Gaussian first = classifier.classConditionals().get(0);
        Gaussian second = classifier.classConditionals().get(1);
        double[] logPriors = classifier.logPriors();
        String firstClass = classifier.classes().get(0);
        String secondClass = classifier.classes().get(1);
        if (logPriors[0] == Double.NEGATIVE_INFINITY || logPriors[1] == Double.NEGATIVE_INFINITY) {
            String winner = logPriors[1] == Double.NEGATIVE_INFINITY ? firstClass : secondClass;
            return everywhere(winner);
        }
        double firstMean = first.mean()[0];
        double firstVariance = first.cov()[0][0];
        double secondVariance = second.cov()[0][0];
        double shift = second.mean()[0] - firstMean;
        double a = 0.5 * (firstVariance - secondVariance) / (firstVariance * secondVariance);
        double b = -shift / secondVariance;
        double c = shift * shift / (2 * secondVariance) + 0.5 * Math.log(secondVariance / firstVariance) + logPriors[0]
                - logPriors[1];
        if (a == 0) {
            if (b == 0) {
                return everywhere(c >= 0 ? firstClass : secondClass);
            }
            double root = firstMean - c / b;
            return b > 0 ? split(root, secondClass, firstClass) : split(root, firstClass, secondClass);
        }
        double discriminant = b * b - 4 * a * c;
        if (discriminant <= 0) {
            // The odds never change sign (they touch 0 at one point when the discriminant is 0): the sign of a wins.
            return everywhere(a > 0 ? firstClass : secondClass);
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(discriminant), b));
        double lowerRoot = firstMean + Math.min(q / a, c / q);
        double upperRoot = firstMean + Math.max(q / a, c / q);
        String inside = a < 0 ? firstClass : secondClass;
        String outside = a < 0 ? secondClass : firstClass;
        return new DecisionBoundary1d(List.of(lowerRoot, upperRoot),
                List.of(new Region(Double.NEGATIVE_INFINITY, lowerRoot, outside),
                        new Region(lowerRoot, upperRoot, inside),
                        new Region(upperRoot, Double.POSITIVE_INFINITY, outside)));
    }

    private static DecisionBoundary1d everywhere(String winner) {
        return new DecisionBoundary1d(List.of(),
                List.of(new Region(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, winner)));
    }

    private static DecisionBoundary1d split(double root, String below, String above) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(Double.NEGATIVE_INFINITY, root, below));
        regions.add(new Region(root, Double.POSITIVE_INFINITY, above));
        return new DecisionBoundary1d(List.of(root), regions);
    }

    /** The points where the winner changes, ascending. */
    public List<Double> boundaries() {
        return boundaries;
    }

    /** The whole line as consecutive open intervals, ascending, each with its winning class. */
    public List<Region> regions() {
        return regions;
    }

    /** The class that wins at x (at a boundary itself, where the two tie, the region to its right). */
    public String winnerAt(double x) {
        for (Region region : regions) {
            if (x < region.upper()) {
                return region.winner();
            }
        }
        return regions.get(regions.size() - 1).winner();
    }

    @Override
    public String toString() {
        return "DecisionBoundary1d " + regions;
    }
}
