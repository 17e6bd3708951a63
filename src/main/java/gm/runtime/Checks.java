package gm.runtime;

import java.util.List;

/** Argument validation and copying shared by the runtime classes. */
final class Checks {
    private Checks() {
    }

    /** Non-null, {@code dim} long and finite; positions are reported 1-based. */
    static void requireVector(double[] x, int dim, String what) {
        requireLength(x, dim, what);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new GaussianException(what + " has the non-finite value " + x[i] + " at position " + (i + 1),
                        "remove or impute missing and infinite values first");
            }
        }
    }

    /** Non-null, one finite value per name; a bad value is reported by its variable's name. */
    static void requireVector(double[] x, List<String> names, String what) {
        requireLength(x, names.size(), what);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new GaussianException(what + " has the non-finite value " + x[i] + " for '" + names.get(i) + "'",
                        "give finite values");
            }
        }
    }

    private static void requireLength(double[] x, int dim, String what) {
        if (x == null) {
            throw new GaussianException(what + " is missing", "give a vector of length " + dim);
        }
        if (x.length != dim) {
            throw new GaussianException(what + " has " + x.length + " value" + (x.length == 1 ? "" : "s")
                    + " but the model has " + dim + " variable" + (dim == 1 ? "" : "s"),
                    "give one value per variable");
        }
    }

    static double[][] copy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    static List<String> defaultNames(int dim) {
        String[] names = new String[dim];
        for (int i = 0; i < dim; i++) {
            names[i] = "x" + (i + 1);
        }
        return List.of(names);
    }
}
