package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import gm.runtime.GaussianException;

/** Argument validation and the wording of messages shared by the classifiers. */
final class Text {
    private Text() {
    }

    /** "1 row", "3 rows" */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** An immutable copy of a non-empty list of distinct, non-empty names. */
    static List<String> names(List<String> names, String what) {
        if (names == null || names.isEmpty()) {
            throw new GaussianException("no " + what + "s were given", "name at least one " + what);
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isEmpty()) {
                throw new GaussianException(what + " names must be non-empty", "name every " + what);
            }
            if (!seen.add(name)) {
                throw new GaussianException(what + " '" + name + "' appears twice in " + Wording.tuple(names),
                        "give each " + what + " a distinct name");
            }
        }
        return List.copyOf(names);
    }

    /** At least two distinct class names. */
    static List<String> classes(List<String> classes) {
        List<String> checked = names(classes, "class");
        if (checked.size() < 2) {
            throw new GaussianException("a classifier needs at least two classes, got only '" + checked.get(0) + "'",
                    "label the rows with at least two classes");
        }
        return checked;
    }

    /** One finite value per feature. */
    static void requirePoint(double[] x, List<String> features) {
        requirePoint(x, features, "the point");
    }

    /** @param what the vector, for messages ("the point", "the origin") */
    static void requirePoint(double[] x, List<String> features, String what) {
        if (x == null || x.length != features.size()) {
            throw new GaussianException(what + " has " + count(x == null ? 0 : x.length, "value") + " but there are "
                    + count(features.size(), "feature") + " "
                    + Wording.tuple(features), "give one value per feature, in order");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new GaussianException(what + " has the non-finite value " + x[i] + " for '" + features.get(i)
                        + "'",
                        "give finite values; to leave a feature out, name the others, e.g. predict q at (height = 70)");
            }
        }
    }

    /** Observed feature indices (distinct, in range) and one finite value for each. */
    static void requireObserved(int[] observed, double[] values, List<String> features) {
        if (observed == null || values == null || observed.length != values.length) {
            throw new GaussianException("a partial point needs one value per observed feature, got "
                    + (observed == null ? 0 : observed.length) + " features and " + (values == null ? 0 : values.length)
                    + " values", "give one value per observed feature");
        }
        boolean[] seen = new boolean[features.size()];
        for (int i = 0; i < observed.length; i++) {
            int feature = observed[i];
            if (feature < 0 || feature >= features.size()) {
                throw new GaussianException("observed feature index " + feature + " is outside " + Wording.tuple(features)
                        + " (0.."
                        + (features.size() - 1) + ")", "use the position of one of " + Wording.quotedList(features));
            }
            if (seen[feature]) {
                throw new GaussianException("feature '" + features.get(feature) + "' is observed twice",
                        "list each observed feature once");
            }
            seen[feature] = true;
            if (!Double.isFinite(values[i])) {
                throw new GaussianException("the observed value of '" + features.get(feature) + "' is " + values[i],
                        "give finite values; leave a missing feature out");
            }
        }
    }

    static void requireTwoClasses(List<String> classes, String operation) {
        if (classes.size() != 2) {
            throw new GaussianException(operation + " needs a two-class model, but this one has " + classes.size()
                    + " classes " + Wording.tuple(classes), "fit a model on two classes");
        }
    }

    /** Every label is a position in classes. */
    static void requireLabels(int[] labels, List<String> classes) {
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0 || labels[r] >= classes.size()) {
                throw new GaussianException("row " + (r + 1) + " has label " + labels[r] + ", which is not a class of "
                        + Wording.tuple(classes), "labels are positions 0.." + (classes.size() - 1)
                        + " in the class list");
            }
        }
    }
}
