package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.NumericColumn;
import gm.data.TableFile;
import gm.eval.Value.DatasetValue;
import gm.lang.GmException;
import gm.lang.Span;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The complete rows of a dataset as feature vectors with class labels: the values, their exact decimal differences
 * from each column's first value (for the moments), and each row's class as a position in {@code classes}.
 * A categorical feature with two levels is coded 0/1 (first level 0), for naive Bayes's Bernoulli features.
 */
record LabelledRows(List<String> classes, List<String> features, double[][] values, double[][] deltas, double[] origin,
                    int[] labels) {

    int rowCount() {
        return labels.length;
    }

    /** Training rows: the classes are the label column's levels among the complete rows. */
    static LabelledRows forTraining(DatasetValue data, Column labelColumn, boolean twoLevelTextAllowed, Span span,
                                    String statement, PrintStream out) {
        List<Column> features = featureColumns(data, labelColumn, twoLevelTextAllowed, span);
        return collect(data, labelColumn, features, null, span, statement, out);
    }

    /** Rows to test a classifier on: its features by name and its classes, in its order. */
    static LabelledRows forTesting(DatasetValue data, Column labelColumn, List<String> features, List<String> classes,
                                   Span span, String statement, PrintStream out) {
        List<Column> columns = new ArrayList<>();
        for (String name : features) {
            Column column = data.data().column(name).orElseThrow(() -> Evaluator.unknownColumn(span, name, data.data()));
            columns.add(column);
        }
        return collect(data, labelColumn, columns, classes, span, statement, out);
    }

    /**
     * The features of a file read as it streams by: its selected columns but the label, numeric or, for naive Bayes,
     * two-level text (as {@link #forTraining} requires).
     */
    static List<String> streamedFeatures(DatasetValue data, TableFile file, String label, boolean twoLevelTextAllowed,
                                         Span span) {
        List<String> features = new ArrayList<>();
        for (String name : data.names()) {
            if (name.equals(label)) {
                continue;
            }
            if (!file.isNumeric(name) && !(twoLevelTextAllowed && file.levels(name).size() == 2)) {
                throw new GmException(span, "feature '" + name + "' is categorical with " + file.levels(name).size()
                        + " levels; these classifiers need numeric features",
                        twoLevelTextAllowed ? "naive Bayes takes numeric features and two-level ones (yes/no)"
                                : "select numeric columns, or use 'classify nb' for two-level features");
            }
            features.add(name);
        }
        if (features.isEmpty()) {
            throw new GmException(span, "no feature columns: the data holds only the label column '" + label + "'");
        }
        return features;
    }

    private static List<Column> featureColumns(DatasetValue data, Column labelColumn, boolean twoLevelTextAllowed, Span span) {
        List<Column> features = new ArrayList<>();
        for (Column column : data.data().columns()) {
            if (column.name().equals(labelColumn.name())) {
                continue;
            }
            if (column instanceof CategoricalColumn c && !(twoLevelTextAllowed && c.levels().size() == 2)) {
                throw new GmException(span, "feature '" + column.name() + "' is categorical with " + c.levels().size()
                        + " levels; these classifiers need numeric features",
                        twoLevelTextAllowed ? "naive Bayes takes numeric features and two-level ones (yes/no)"
                                : "select numeric columns, or use 'classify nb' for two-level features");
            }
            features.add(column);
        }
        if (features.isEmpty()) {
            throw new GmException(span, "no feature columns: the data holds only the label column '" + labelColumn.name() + "'");
        }
        return features;
    }

    private static boolean anyMissing(List<Column> columns, int row) {
        for (Column column : columns) {
            if (column.isMissing(row)) {
                return true;
            }
        }
        return false;
    }

    private static LabelledRows collect(DatasetValue data, Column labelColumn, List<Column> features, List<String> knownClasses,
                                        Span span, String statement, PrintStream out) {
        List<String> classes = knownClasses != null ? knownClasses : new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<double[]> deltas = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int dropped = 0;
        int rows = data.data().rowCount();
        List<String> levels = knownClasses != null ? knownClasses : Evaluator.levelsOf(labelColumn);
        Map<String, Integer> positions = new HashMap<>();
        for (int c = levels.size() - 1; c >= 0; c--) {
            positions.put(levels.get(c), c); // the first of equal names, as indexOf finds it
        }
        IntFunction<String> labelAt = Evaluator.levelsAt(labelColumn);
        for (int i = 0; i < rows; i++) {
            if (labelColumn.isMissing(i) || anyMissing(features, i)) {
                dropped++;
                continue;
            }
            String label = labelAt.apply(i);
            int position = positions.getOrDefault(label, -1);
            if (position < 0) {
                throw new GmException(span, "row " + (i + 1) + " has class '" + label + "', which the classifier does not know",
                        "its classes are " + String.join(", ", levels));
            }
            double[] row = new double[features.size()];
            double[] delta = new double[features.size()];
            for (int j = 0; j < row.length; j++) {
                Column column = features.get(j);
                if (column instanceof NumericColumn n) {
                    row[j] = n.get(i);
                    delta[j] = n.delta(i);
                    if (Double.isInfinite(row[j])) {
                        throw Fitting.infiniteValue(span, i, n.name(), row[j]);
                    }
                } else {
                    CategoricalColumn c = (CategoricalColumn) column;
                    row[j] = c.levels().indexOf(c.get(i));
                    delta[j] = row[j];
                }
            }
            values.add(row);
            deltas.add(delta);
            labels.add(position);
        }
        if (dropped > 0) {
            out.println(statement + ": dropped " + dropped + " of " + rows + " rows with a missing label or feature");
        }
        if (values.isEmpty()) {
            throw new GmException(span, "no complete rows: every row has a missing label or feature");
        }
        if (knownClasses == null) {
            boolean[] seen = new boolean[levels.size()];
            labels.forEach(l -> seen[l] = true);
            for (int c = 0; c < levels.size(); c++) {
                if (seen[c]) {
                    classes.add(levels.get(c));
                }
            }
            List<String> present = List.copyOf(classes);
            labels.replaceAll(l -> present.indexOf(levels.get(l)));
        }
        double[] origin = new double[features.size()];
        for (int j = 0; j < origin.length; j++) {
            origin[j] = features.get(j) instanceof NumericColumn n ? n.origin() : 0;
        }
        return new LabelledRows(List.copyOf(classes), features.stream().map(Column::name).toList(),
                values.toArray(new double[0][]), deltas.toArray(new double[0][]), origin,
                labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
