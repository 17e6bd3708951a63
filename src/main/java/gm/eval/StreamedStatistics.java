package gm.eval;

import gm.data.Progress;
import gm.data.Row;
import gm.data.RowScan;
import gm.data.TableFile;
import gm.runtime.Moments;
import gm.runtime.classify.Classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics of a file's rows computed while streaming it, in memory that does not grow with the rows: per-group
 * moments (for {@code fit gaussian} and the Gaussian classifiers) and confusion counts (for {@code evaluate}). They
 * use the rows the in-memory statements use (rows with a missing value among the columns involved are dropped and
 * counted) and the same exact decimal differences from each column's origin.
 */
final class StreamedStatistics {

    private StreamedStatistics() {
    }

    /**
     * Count, mean and co-moment of the features' differences from their origins, per level of the group column
     * (levels in {@link Evaluator#levelsOf} order, only those with rows), or under "" without a group column.
     *
     * @param rows    the file's rows
     * @param dropped rows left out for a missing feature or group
     */
    record GroupedMoments(Map<String, Moments> byLevel, long rows, long dropped) {
    }

    static GroupedMoments groupedMoments(TableFile file, List<String> features, String group, String what) {
        int d = features.size();
        List<String> columns = new ArrayList<>(features);
        boolean numericGroup = group != null && file.isNumeric(group);
        if (group != null) {
            columns.add(group);
        }
        Accumulator total = file.scan(columns, new RowScan<Accumulator>() {
            public Accumulator start() {
                return new Accumulator(d);
            }

            public void add(Accumulator a, Row row) {
                a.rows++;
                for (int k = 0; k < d; k++) {
                    if (row.isMissing(k)) {
                        a.dropped++;
                        return;
                    }
                    a.deltas[k] = row.delta(k);
                }
                Object key = "";
                if (group != null) {
                    if (row.isMissing(d)) {
                        a.dropped++;
                        return;
                    }
                    key = numericGroup ? (Object) Double.doubleToLongBits(row.value(d)) : row.text(d);
                }
                a.groups.computeIfAbsent(key, k -> new Moments(d)).add(a.deltas);
            }

            public Accumulator merge(Accumulator earlier, Accumulator later) {
                earlier.rows += later.rows;
                earlier.dropped += later.dropped;
                later.groups.forEach((key, moments) -> {
                    Moments before = earlier.groups.putIfAbsent(key, moments);
                    if (before != null) {
                        before.merge(moments);
                    }
                });
                return earlier;
            }
        }, Progress.onTerminal(what));
        Map<String, Moments> byLevel = new LinkedHashMap<>();
        if (group == null) {
            Moments all = total.groups.get("");
            if (all != null) {
                byLevel.put("", all);
            }
        } else if (numericGroup) {
            List<Long> keys = new ArrayList<>();
            total.groups.keySet().forEach(k -> keys.add((Long) k));
            keys.sort(Comparator.comparingDouble(Double::longBitsToDouble));
            NumberFormatter format = new NumberFormatter(17);
            for (Long key : keys) {
                Moments moments = total.groups.get(key);
                Moments before = byLevel.putIfAbsent(format.format(Double.longBitsToDouble(key)), moments);
                if (before != null) {
                    before.merge(moments);
                }
            }
        } else {
            for (String level : file.levels(group)) {
                Moments moments = total.groups.get(level);
                if (moments != null) {
                    byLevel.put(level, moments);
                }
            }
        }
        return new GroupedMoments(byLevel, total.rows, total.dropped);
    }

    private static final class Accumulator {
        final Map<Object, Moments> groups = new HashMap<>();
        final double[] deltas;
        long rows;
        long dropped;

        Accumulator(int d) {
            deltas = new double[d];
        }
    }

    /**
     * The confusion counts of the classifier on the file's complete rows (true class from the label column, whose
     * levels must be among the classifier's classes).
     *
     * @param rows    the file's rows
     * @param dropped rows left out for a missing feature or label
     */
    record Confusion(long[][] counts, long rows, long dropped) {
    }

    /** A row whose class the classifier does not know. */
    static final class UnknownClass extends RuntimeException {
        final long row;
        final String label;

        UnknownClass(long row, String label) {
            super(null, null, false, false);
            this.row = row;
            this.label = label;
        }
    }

    static Confusion confusion(TableFile file, Classifier classifier, String labelColumn, String what) {
        List<String> features = classifier.features();
        List<String> classes = classifier.classes();
        int d = features.size();
        int classCount = classes.size();
        List<String> columns = new ArrayList<>(features);
        columns.add(labelColumn);
        boolean numericLabel = file.isNumeric(labelColumn);
        Map<String, Integer> positions = new HashMap<>();
        for (int c = 0; c < classCount; c++) {
            positions.put(classes.get(c), c);
        }
        NumberFormatter format = new NumberFormatter(17);
        final class Counts {
            final long[][] confusion = new long[classCount][classCount];
            final double[] x = new double[d];
            long rows;
            long dropped;
        }
        Counts total = file.scan(columns, new RowScan<Counts>() {
            public Counts start() {
                return new Counts();
            }

            public void add(Counts counts, Row row) {
                counts.rows++;
                for (int k = 0; k <= d; k++) {
                    if (row.isMissing(k)) {
                        counts.dropped++;
                        return;
                    }
                }
                String label = numericLabel ? format.format(row.value(d)) : row.text(d);
                Integer truth = positions.get(label);
                if (truth == null) {
                    throw new UnknownClass(row.index(), label);
                }
                for (int k = 0; k < d; k++) {
                    counts.x[k] = row.value(k);
                }
                counts.confusion[truth][classifier.predict(counts.x).predictedIndex()]++;
            }

            public Counts merge(Counts earlier, Counts later) {
                earlier.rows += later.rows;
                earlier.dropped += later.dropped;
                for (int t = 0; t < classCount; t++) {
                    for (int p = 0; p < classCount; p++) {
                        earlier.confusion[t][p] += later.confusion[t][p];
                    }
                }
                return earlier;
            }
        }, Progress.onTerminal(what));
        return new Confusion(total.confusion, total.rows, total.dropped);
    }
}
