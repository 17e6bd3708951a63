package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.List;
import java.util.function.Function;

import gm.runtime.GaussianException;
import gm.runtime.Interruption;

/**
 * How well predicted classes match true ones: the confusion matrix (rows are true classes, columns predicted
 * classes, both in class order), the error rate and the recall of each class. Immutable.
 */
public final class Evaluation {
    private final List<String> classes;
    private final long[][] confusion;

    private Evaluation(List<String> classes, long[][] confusion) {
        this.classes = classes;
        this.confusion = confusion;
    }

    /** Labels are positions in classes. */
    public static Evaluation of(List<String> classes, int[] trueLabels, int[] predictedLabels) {
        List<String> checked = Text.classes(classes);
        if (trueLabels == null || predictedLabels == null || trueLabels.length != predictedLabels.length
                || trueLabels.length == 0) {
            throw new GaussianException("there are " + (trueLabels == null ? 0 : trueLabels.length)
                    + " true labels but " + (predictedLabels == null ? 0 : predictedLabels.length) + " predicted ones",
                    "give one predicted label per true label, and at least one");
        }
        Text.requireLabels(trueLabels, checked);
        Text.requireLabels(predictedLabels, checked);
        long[][] confusion = new long[checked.size()][checked.size()];
        for (int r = 0; r < trueLabels.length; r++) {
            confusion[trueLabels[r]][predictedLabels[r]]++;
        }
        return new Evaluation(checked, confusion);
    }

    /**
     * From confusion counts: {@code confusion[t][p]} rows of true class t were predicted as class p (positions in
     * classes); there must be at least one row.
     */
    public static Evaluation ofConfusion(List<String> classes, long[][] confusion) {
        List<String> checked = Text.classes(classes);
        long rows = 0;
        long[][] copy = new long[checked.size()][];
        if (confusion == null || confusion.length != checked.size()) {
            throw new GaussianException("the confusion counts have " + (confusion == null ? 0 : confusion.length)
                    + " rows but there are " + Text.count(checked.size(), "class"), "give one row per class");
        }
        for (int t = 0; t < copy.length; t++) {
            if (confusion[t] == null || confusion[t].length != checked.size()) {
                throw new GaussianException("row " + (t + 1) + " of the confusion counts does not have one count per class",
                        "give a square table of counts");
            }
            copy[t] = confusion[t].clone();
            for (long count : copy[t]) {
                if (count < 0) {
                    throw new GaussianException("the confusion counts must not be negative, got " + count, null);
                }
                rows += count;
            }
        }
        if (rows == 0) {
            throw new GaussianException("there are no rows to evaluate on", "give at least one row");
        }
        return new Evaluation(checked, copy);
    }

    /** The classifier's predictions on the given rows (the training error when they are its training rows). */
    public static Evaluation onRows(Classifier classifier, double[][] rows, int[] labels) {
        requireRowsAndLabels(rows, labels);
        int[] predicted = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            predicted[r] = classifier.predictedIndex(rows[r]);
        }
        return of(classifier.classes(), labels, predicted);
    }

    /**
     * k-fold cross-validation: row i is held out in fold i mod k (deterministic; rows sorted by class are thereby
     * spread evenly over the folds). For each fold, refit is given the training mask (true for the rows to fit on,
     * false for the held-out fold) and the held-out rows are predicted with the classifier it returns; every
     * classifier must have the same classes, in the same order, as labels index into them.
     */
    public static Evaluation crossValidate(double[][] rows, int[] labels, int folds,
            Function<boolean[], Classifier> refit) {
        requireRowsAndLabels(rows, labels);
        if (folds < 2 || folds > rows.length) {
            throw new GaussianException("cross-validation needs between 2 and " + rows.length + " folds (the number of"
                    + " rows), got " + folds, "use k in [2, " + rows.length + "]; k = " + rows.length
                    + " is leave-one-out");
        }
        List<String> classes = null;
        int[] predicted = new int[rows.length];
        for (int fold = 0; fold < folds; fold++) {
            Interruption.check();
            boolean[] training = new boolean[rows.length];
            for (int r = 0; r < rows.length; r++) {
                training[r] = r % folds != fold;
            }
            String context = "cross-validation fold " + (fold + 1) + " of " + folds + ": ";
            Classifier classifier;
            try {
                classifier = refit.apply(training);
            } catch (GaussianException e) {
                throw new GaussianException(context + e.getMessage(), e.hint());
            }
            if (classes == null) {
                classes = classifier.classes();
            } else if (!classes.equals(classifier.classes())) {
                throw new GaussianException(context + "the refitted classifier has classes "
                        + Wording.tuple(classifier.classes()) + " but the first fold's has " + Wording.tuple(classes),
                        "refit with the same class list in every fold");
            }
            for (int r = fold; r < rows.length; r += folds) {
                try {
                    predicted[r] = classifier.predictedIndex(rows[r]);
                } catch (GaussianException e) {
                    throw new GaussianException(context + "row " + (r + 1) + ": " + e.getMessage(), e.hint());
                }
            }
        }
        return of(classes, labels, predicted);
    }

    /** Cross-validation with one fold per row. */
    public static Evaluation leaveOneOut(double[][] rows, int[] labels, Function<boolean[], Classifier> refit) {
        requireRowsAndLabels(rows, labels);
        return crossValidate(rows, labels, rows.length, refit);
    }

    private static void requireRowsAndLabels(double[][] rows, int[] labels) {
        if (rows == null || labels == null || rows.length != labels.length || rows.length == 0) {
            throw new GaussianException("there are " + (rows == null ? 0 : rows.length) + " rows but "
                    + (labels == null ? 0 : labels.length) + " labels", "give one label per row, and at least one row");
        }
    }

    public List<String> classes() {
        return classes;
    }

    /** confusion[t][p]: rows of true class t predicted as class p. */
    public long[][] confusion() {
        long[][] copy = new long[confusion.length][];
        for (int t = 0; t < confusion.length; t++) {
            copy[t] = confusion[t].clone();
        }
        return copy;
    }

    public long rows() {
        long rows = 0;
        for (long[] trueClass : confusion) {
            for (long count : trueClass) {
                rows += count;
            }
        }
        return rows;
    }

    /** Rows whose predicted class is not their true class. */
    public long errors() {
        long correct = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
        }
        return rows() - correct;
    }

    /** errors / rows. */
    public double errorRate() {
        return (double) errors() / rows();
    }

    /**
     * Per class, the fraction of its rows predicted as that class; NaN for a class with no rows, whose recall is
     * undefined (0/0).
     */
    public double[] recall() {
        double[] recall = new double[confusion.length];
        for (int t = 0; t < confusion.length; t++) {
            long rowsOfClass = 0;
            for (long count : confusion[t]) {
                rowsOfClass += count;
            }
            recall[t] = rowsOfClass == 0 ? Double.NaN : (double) confusion[t][t] / rowsOfClass;
        }
        return recall;
    }

    @Override
    public String toString() {
        return "Evaluation of " + rows() + " rows: error rate " + errorRate();
    }
}
