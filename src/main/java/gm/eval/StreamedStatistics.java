package gm.eval;

import gm.data.FirstPassWork;
import gm.data.Progress;
import gm.data.Row;
import gm.data.RowScan;
import gm.data.TableFile;
import gm.runtime.Moments;
import gm.runtime.classify.Classifier;
import gm.runtime.classify.NaiveBayesClassifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    static GroupedMoments groupedMoments(TableFile file, List<String> features, String group, String what,
                                         LoadMoments atLoad) {
        if (atLoad != null) {
            Optional<GroupedMoments> known = atLoad.lookup(file, features, group);
            if (known.isPresent()) {
                return known.get();
            }
        }
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
                for (int k = 0; k < d; k++) {
                    if (Double.isInfinite(a.deltas[k])) {
                        throw new InfiniteValue(row, features.get(k), row.value(k));
                    }
                }
                Object key = "";
                if (group != null) {
                    if (row.isMissing(d)) {
                        a.dropped++;
                        return;
                    }
                    key = groupKey(row, d, numericGroup);
                }
                a.groups.computeIfAbsent(key, k -> new Moments(d)).add(a.deltas);
            }

            public Accumulator merge(Accumulator earlier, Accumulator later) {
                earlier.rows += later.rows;
                earlier.dropped += later.dropped;
                mergeGroups(earlier.groups, later.groups);
                return earlier;
            }
        }, Progress.onTerminal(what));
        return new GroupedMoments(byLevel(file, group, total.groups, null), total.rows, total.dropped);
    }

    /**
     * Naive Bayes statistics of the features per class of the label column, over the rows with no missing feature or
     * label; a two-level text feature is coded 0/1 by its levels' order. Classes in {@link Evaluator#levelsOf} order.
     */
    record NaiveBayesRows(List<String> classes, NaiveBayesClassifier.Statistics statistics, long rows, long dropped) {
    }

    static NaiveBayesRows naiveBayes(TableFile file, List<String> features, String label, String what) {
        int d = features.size();
        List<String> columns = new ArrayList<>(features);
        columns.add(label);
        boolean numericLabel = file.isNumeric(label);
        List<Map<String, Integer>> codes = new ArrayList<>();
        for (String feature : features) {
            Map<String, Integer> code = new HashMap<>();
            if (!file.isNumeric(feature)) {
                List<String> levels = file.levels(feature);
                for (int i = 0; i < levels.size(); i++) {
                    code.put(levels.get(i), i);
                }
            }
            codes.add(code);
        }
        final class Sums {
            final Map<Object, NaiveBayesClassifier.Statistics> byKey = new HashMap<>();
            final double[] x = new double[d];
            long rows;
            long dropped;
        }
        Sums total = file.scan(columns, new RowScan<Sums>() {
            public Sums start() {
                return new Sums();
            }

            public void add(Sums sums, Row row) {
                sums.rows++;
                for (int k = 0; k <= d; k++) {
                    if (row.isMissing(k)) {
                        sums.dropped++;
                        return;
                    }
                }
                for (int k = 0; k < d; k++) {
                    sums.x[k] = finite(row, features.get(k),
                            codes.get(k).isEmpty() ? row.value(k) : codes.get(k).get(row.text(k)));
                }
                sums.byKey.computeIfAbsent(groupKey(row, d, numericLabel), key -> new NaiveBayesClassifier.Statistics(1, d))
                        .add(row.index(), sums.x, 0);
            }

            public Sums merge(Sums earlier, Sums later) {
                earlier.rows += later.rows;
                earlier.dropped += later.dropped;
                later.byKey.forEach((key, statistics) -> {
                    NaiveBayesClassifier.Statistics before = earlier.byKey.putIfAbsent(key, statistics);
                    if (before != null) {
                        before.merge(statistics);
                    }
                });
                return earlier;
            }
        }, Progress.onTerminal(what));
        Map<String, NaiveBayesClassifier.Statistics> byLevel = new LinkedHashMap<>();
        for (Map.Entry<String, Object> level : levelKeyList(file, label, total.byKey.keySet())) {
            NaiveBayesClassifier.Statistics statistics = total.byKey.get(level.getValue());
            NaiveBayesClassifier.Statistics before = byLevel.putIfAbsent(level.getKey(), statistics);
            if (before != null) {
                before.merge(statistics);
            }
        }
        return new NaiveBayesRows(List.copyOf(byLevel.keySet()),
                NaiveBayesClassifier.Statistics.combine(List.copyOf(byLevel.values())), total.rows, total.dropped);
    }

    /** A row's group: the bits of a numeric column's value (formatted at the end), a text column's level. */
    private static Object groupKey(Row row, int k, boolean numeric) {
        return numeric ? (Object) Double.doubleToLongBits(row.value(k)) : row.text(k);
    }

    private static void mergeGroups(Map<Object, Moments> earlier, Map<Object, Moments> later) {
        later.forEach((key, moments) -> {
            Moments before = earlier.putIfAbsent(key, moments);
            if (before != null) {
                before.merge(moments);
            }
        });
    }

    /**
     * Moments by group key in {@link Evaluator#levelsOf} order of the levels: a numeric group's values sorted and
     * formatted as levels, a text group's levels as the file lists them; under "" without a group. Each is narrowed to
     * the given variables when {@code variables} is not null.
     */
    private static Map<String, Moments> byLevel(TableFile file, String group, Map<Object, Moments> byKey, int[] variables) {
        Map<String, Moments> byLevel = new LinkedHashMap<>();
        if (group == null) {
            Moments all = byKey.get("");
            if (all != null) {
                byLevel.put("", variables == null ? all : all.select(variables));
            }
            return byLevel;
        }
        for (Map.Entry<String, Object> level : levelKeyList(file, group, byKey.keySet())) {
            Moments moments = variables == null ? byKey.get(level.getValue()) : byKey.get(level.getValue()).select(variables);
            Moments before = byLevel.putIfAbsent(level.getKey(), moments);
            if (before != null) {
                before.merge(moments);
            }
        }
        return byLevel;
    }

    /**
     * The group keys present, each with its level, in {@link Evaluator#levelsOf} order: a numeric group's values
     * sorted and formatted (two keys may share a level), a text group's levels as the file lists them.
     */
    private static List<Map.Entry<String, Object>> levelKeyList(TableFile file, String group, java.util.Set<Object> present) {
        List<Map.Entry<String, Object>> levels = new ArrayList<>();
        if (file.isNumeric(group)) {
            List<Long> keys = new ArrayList<>();
            present.forEach(k -> keys.add((Long) k));
            keys.sort(Comparator.comparingDouble(Double::longBitsToDouble));
            for (Long key : keys) {
                levels.add(Map.entry(NumericLevels.name(Double.longBitsToDouble(key)), key));
            }
        } else {
            for (String level : file.levels(group)) {
                if (present.contains(level)) {
                    levels.add(Map.entry(level, level));
                }
            }
        }
        return levels;
    }

    /**
     * Moments computed while the file was loaded, so that the first fit or classifier after a load need not read the
     * file again: over the columns that looked numeric in the file's head (rows where all of them hold numbers), in
     * all and per key of every column taking at most {@value #MAX_GROUPS} values. They answer a query when its rows
     * are the same (the columns left out of it have no missing values and are numeric) and its columns are in the
     * file's order, and then they are exactly what a scan would give.
     */
    static final class LoadMoments implements FirstPassWork<LoadMoments.Sums> {
        static final int MAX_GROUPS = 16;

        private List<String> names = List.of();
        private List<String> numeric = List.of();
        private Sums result;

        /** Per chunk: the moments in all, and per column (null once it has too many keys) per key. */
        static final class Sums {
            final Moments all;
            final KeyedMoments[] groups;
            final double[] deltas;
            /** Whether some row had an infinite value: these moments answer no query then. */
            boolean infinite;
            /** The columns whose keys are still counted (not yet too many), the first {@code liveCount}. */
            final int[] live;
            int liveCount;
            /** What the chunks read before on this thread found: it starts this one. */
            final KeysSeen seen;

            Sums(int d, int width, KeysSeen seen) {
                all = d == 0 ? null : new Moments(d);
                deltas = new double[d];
                groups = new KeyedMoments[width];
                live = new int[width];
                this.seen = seen;
                for (int j = 0; j < width; j++) {
                    List<Object> known = seen.keys.get(j);
                    if (known != null) {
                        groups[j] = new KeyedMoments(d, known);
                        live[liveCount++] = j;
                    }
                }
            }

            /** Column j has too many keys: in this chunk, so in the file. */
            void tooManyKeys(int l) {
                int j = live[l];
                groups[j] = null;
                seen.keys.set(j, null);
                live[l] = live[--liveCount];
            }
        }

        /**
         * One thread's keys of each column so far (null once a column has too many). A chunk starts with them, so
         * that its first rows look their keys up as every later row does: a lookup that takes another path at the
         * start of every chunk makes the compiler throw its code away again and again. The results are the same: a
         * key brought in but not met in a chunk adds nothing, and a column with too many keys in one chunk has too
         * many in the file.
         */
        static final class KeysSeen {
            final List<List<Object>> keys;

            KeysSeen(int width) {
                keys = new ArrayList<>();
                for (int j = 0; j < width; j++) {
                    keys.add(new ArrayList<>());
                }
            }
        }

        /**
         * One column's keys in a chunk and their moments, at most {@value #MAX_GROUPS}, found by hash code and equality.
         * (Not by identity first: a chunk's texts are the same strings row after row, but a lookup that takes another
         * path at the start of every chunk makes the compiler throw its code away again and again.)
         */
        static final class KeyedMoments {
            private final int dim;
            private final Object[] keys = new Object[MAX_GROUPS];
            private final int[] hashes = new int[MAX_GROUPS];
            private final Moments[] moments = new Moments[MAX_GROUPS];
            private int size;
            /** The thread's keys of the column, which a row's new key joins (merging leaves it alone). */
            private final List<Object> seen;

            KeyedMoments(int dim, List<Object> seen) {
                this.dim = dim;
                this.seen = seen;
                for (Object key : seen) {
                    add(key);
                }
            }

            /** The key's moments (new ones for a new key), or null when the key would be one too many. */
            Moments find(Object key) {
                int hash = key.hashCode();
                for (int i = 0; i < size; i++) {
                    if (hashes[i] == hash && keys[i].equals(key)) {
                        return moments[i];
                    }
                }
                if (size == MAX_GROUPS) {
                    return null;
                }
                seen.add(key);
                return add(key);
            }

            private Moments add(Object key) {
                keys[size] = key;
                hashes[size] = key.hashCode();
                moments[size] = new Moments(dim);
                return moments[size++];
            }

            /** Adds the later chunk's moments key by key; false when there are then too many keys. */
            boolean merge(KeyedMoments later) {
                for (int i = 0; i < later.size; i++) {
                    Moments into = null;
                    for (int k = 0; k < size && into == null; k++) {
                        if (keys[k].equals(later.keys[i])) {
                            into = moments[k];
                        }
                    }
                    if (into == null) {
                        if (size == MAX_GROUPS) {
                            return false;
                        }
                        into = add(later.keys[i]);
                    }
                    into.merge(later.moments[i]);
                }
                return true;
            }

            Map<Object, Moments> asMap() {
                Map<Object, Moments> map = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(keys[i], moments[i]);
                }
                return map;
            }
        }

        @Override
        public RowScan<Sums> scan(List<String> fileColumns, List<String> numericLooking) {
            names = List.copyOf(fileColumns);
            numeric = List.copyOf(numericLooking);
            int[] positions = numeric.stream().mapToInt(names::indexOf).toArray();
            boolean[] isNumeric = new boolean[names.size()];
            for (int position : positions) {
                isNumeric[position] = true;
            }
            ThreadLocal<KeysSeen> seen = ThreadLocal.withInitial(() -> new KeysSeen(names.size()));
            return new RowScan<>() {
                public Sums start() {
                    return new Sums(positions.length, names.size(), seen.get());
                }

                public void add(Sums sums, Row row) {
                    if (positions.length == 0) {
                        return;
                    }
                    if (!row.deltas(positions, sums.deltas)) {
                        return;
                    }
                    for (int k = 0; k < positions.length; k++) {
                        if (Double.isInfinite(sums.deltas[k])) {
                            sums.infinite = true; // a fit must read the file and report the row
                            return;
                        }
                    }
                    sums.all.add(sums.deltas);
                    for (int l = 0; l < sums.liveCount; l++) {
                        int j = sums.live[l];
                        if (row.isMissing(j)) {
                            continue;
                        }
                        Moments moments = sums.groups[j].find(groupKey(row, j, isNumeric[j]));
                        if (moments == null) {
                            sums.tooManyKeys(l--);
                            continue;
                        }
                        moments.add(sums.deltas);
                    }
                }

                public Sums merge(Sums earlier, Sums later) {
                    earlier.infinite |= later.infinite;
                    if (earlier.all != null) {
                        earlier.all.merge(later.all);
                    }
                    for (int j = 0; j < earlier.groups.length; j++) {
                        KeyedMoments into = earlier.groups[j];
                        KeyedMoments from = later.groups[j];
                        if (into == null || from == null || !into.merge(from)) {
                            earlier.groups[j] = null;
                        }
                    }
                    return earlier;
                }
            };
        }

        @Override
        public void done(Sums sums) {
            result = sums;
        }

        /** The moments of these features (per level of the group, if not null), if the load computed them. */
        Optional<GroupedMoments> lookup(TableFile file, List<String> features, String group) {
            if (result == null || result.infinite || !numeric.containsAll(features)) {
                return Optional.empty();
            }
            for (String column : numeric) {
                if (!features.contains(column) && !column.equals(group)
                        && (!file.isNumeric(column) || file.missingCount(column) > 0)) {
                    return Optional.empty();
                }
            }
            Map<Object, Moments> byKey = new HashMap<>();
            if (result.all != null && result.all.count() > 0) {
                byKey.put("", result.all);
            }
            if (group != null) {
                KeyedMoments keyed = result.groups.length == 0 ? null : result.groups[names.indexOf(group)];
                byKey = keyed == null ? null : keyed.asMap();
                if (byKey == null || numeric.contains(group) != file.isNumeric(group)) {
                    return Optional.empty();
                }
            }
            int[] variables = features.stream().mapToInt(numeric::indexOf).toArray();
            for (int k = 1; k < variables.length; k++) {
                if (variables[k] < variables[k - 1]) {
                    return Optional.empty(); // another order: a scan gives the moments to the bit, as in memory
                }
            }
            Map<String, Moments> byLevel = byLevel(file, group, byKey, variables);
            long used = byLevel.values().stream().mapToLong(Moments::count).sum();
            return Optional.of(new GroupedMoments(byLevel, file.rowCount(), file.rowCount() - used));
        }
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

    /** A row (counted from 0) with an infinite feature value, or one whose difference from the origin overflows. */
    static final class InfiniteValue extends RuntimeException {
        final long row;
        final String column;
        final double value;

        InfiniteValue(Row row, String column, double value) {
            super(null, null, false, false);
            this.row = row.index();
            this.column = column;
            this.value = value;
        }
    }

    /** The value of the row's column, unless it is infinite. */
    private static double finite(Row row, String column, double value) {
        if (Double.isInfinite(value)) {
            throw new InfiniteValue(row, column, value);
        }
        return value;
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
        final class Counts {
            final long[][] confusion = new long[classCount][classCount];
            final double[] x = new double[d];
            /** A numeric label's levels, each written once per chunk (not once per row). */
            final NumericLevels labels = numericLabel ? new NumericLevels() : null;
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
                String label = numericLabel ? counts.labels.of(row.value(d)) : row.text(d);
                Integer truth = positions.get(label);
                if (truth == null) {
                    throw new UnknownClass(row.index(), label);
                }
                for (int k = 0; k < d; k++) {
                    counts.x[k] = finite(row, features.get(k), row.value(k));
                }
                counts.confusion[truth][classifier.predictedIndex(counts.x)]++;
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
