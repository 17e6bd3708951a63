package gm.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Describe#numeric} for columns of a file, in memory that does not grow with the rows: the same n, mean, sd
 * and exact type-7 quartiles, in three passes over the file when the values are spread out, at most {@value #PASSES}.
 *
 * <p>The quartiles need a few order statistics (of the values and of the deltas, see {@link Describe#quantile7}).
 * Each is found exactly by radix selection on the 64-bit order-preserving key of the double: every pass counts the
 * next {@value #DIGIT_BITS} bits of the keys that share the bits already fixed, and the counts fix the next digit of
 * the wanted rank. Once at most {@value #COLLECT_LIMIT} keys share the bits fixed for every selection, one more pass
 * gathers those keys, and sorting them gives the rank. The first pass also sums the deltas for the mean, the second
 * the residuals for the corrected two-pass variance (the in-memory algorithm, with the sums taken chunk by chunk).
 */
final class StreamedDescribe {
    static final int DIGIT_BITS = 12;
    static final int PASSES = (64 + DIGIT_BITS - 1) / DIGIT_BITS;
    /** Candidates per selection few enough to gather in memory and sort (instead of counting further digits). */
    static final int COLLECT_LIMIT = 1 << 14;

    private StreamedDescribe() {
    }

    /** One order statistic being selected: of column {@code column}'s values or deltas, at a rank. */
    private static final class Selection {
        final int column;
        final boolean delta;
        long rank;
        long prefix;
        int known;
        /** How many keys share the bits fixed so far (all of them before the first pass). */
        long candidates = Long.MAX_VALUE;

        Selection(int column, boolean delta, long rank) {
            this.column = column;
            this.delta = delta;
            this.rank = rank;
        }

        /** The histogram this selection counts in: the same column, array and bits fixed so far share one. */
        String group() {
            return column + (delta ? "d" : "v") + known + ":" + prefix;
        }
    }

    /** Counting targets of one pass: which keys of which column each histogram counts. */
    private record Target(int column, boolean delta, long prefix, int known) {
    }

    /** Keys gathered in a pass that collects the candidates left instead of counting their next digit. */
    private static final class Keys {
        long[] keys = new long[16];
        int size;

        void add(long key) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        void addAll(Keys other) {
            for (int i = 0; i < other.size; i++) {
                add(other.keys[i]);
            }
        }
    }

    /** Per chunk: sums for the mean and sd, extremes, and one histogram (or list of keys) per target. */
    private static final class Pass {
        final double[] sums;
        final double[] squares;
        final double[] cubes;
        final double[] fourths;
        final double[] min;
        final double[] max;
        final boolean[] positiveInfinity;
        final boolean[] negativeInfinity;
        final long[][] histograms;
        final Keys[] collected;
        final Describe.MeanSums[] means;

        Pass(int columns, int targets, boolean collecting) {
            sums = new double[columns];
            squares = new double[columns];
            cubes = new double[columns];
            fourths = new double[columns];
            min = new double[columns];
            max = new double[columns];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            positiveInfinity = new boolean[columns];
            negativeInfinity = new boolean[columns];
            histograms = new long[collecting ? 0 : targets][1 << DIGIT_BITS];
            collected = new Keys[collecting ? targets : 0];
            means = new Describe.MeanSums[columns];
            for (int k = 0; k < columns; k++) {
                means[k] = new Describe.MeanSums();
            }
            for (int t = 0; t < collected.length; t++) {
                collected[t] = new Keys();
            }
        }
    }

    static List<NumericSummary> numeric(TableFile file, List<String> columns, Progress progress) {
        int width = columns.size();
        long[] n = new long[width];
        List<Selection> selections = new ArrayList<>();
        Map<Long, Selection[]> byRank = new HashMap<>();
        for (int k = 0; k < width; k++) {
            n[k] = file.rowCount() - file.missingCount(columns.get(k));
            if (n[k] == 0) {
                continue;
            }
            for (long rank : Describe.quartileRanks(n[k])) {
                Selection value = new Selection(k, false, rank);
                Selection delta = new Selection(k, true, rank);
                byRank.put(rank * width + k, new Selection[] {value, delta});
                selections.add(value);
                selections.add(delta);
            }
        }
        double[] mean = new double[width];
        Describe.MeanSums[] meanSums = new Describe.MeanSums[width];
        double[] residuals = new double[width];
        double[] squares = new double[width];
        double[] cubes = new double[width];
        double[] fourths = new double[width];
        double[] min = new double[width];
        double[] max = new double[width];
        boolean[] positiveInfinity = new boolean[width];
        boolean[] negativeInfinity = new boolean[width];
        for (int pass = 0; pass < PASSES; pass++) {
            List<Target> targets = new ArrayList<>();
            Map<String, Integer> targetOf = new HashMap<>();
            for (Selection s : selections) {
                targetOf.computeIfAbsent(s.group(), g -> {
                    targets.add(new Target(s.column, s.delta, s.prefix, s.known));
                    return targets.size() - 1;
                });
            }
            int digitBits = Math.min(DIGIT_BITS, 64 - pass * DIGIT_BITS);
            boolean first = pass == 0;
            boolean second = pass == 1;
            // once few keys share each selection's fixed bits, one pass gathers them and the selections end
            boolean collecting = pass >= 2 && selections.stream().allMatch(sel -> sel.candidates <= COLLECT_LIMIT);
            double[] means = mean.clone();
            // per column, the targets that count its values and those that count its deltas: each key is made once
            int[][] valueTargets = new int[width][];
            int[][] deltaTargets = new int[width][];
            long[] prefixes = new long[targets.size()];
            int[] known = new int[targets.size()];
            for (int k = 0; k < width; k++) {
                List<Integer> values = new ArrayList<>();
                List<Integer> deltas = new ArrayList<>();
                for (int t = 0; t < targets.size(); t++) {
                    if (targets.get(t).column() == k) {
                        (targets.get(t).delta() ? deltas : values).add(t);
                    }
                }
                valueTargets[k] = values.stream().mapToInt(Integer::intValue).toArray();
                deltaTargets[k] = deltas.stream().mapToInt(Integer::intValue).toArray();
            }
            for (int t = 0; t < targets.size(); t++) {
                prefixes[t] = targets.get(t).prefix();
                known[t] = targets.get(t).known();
            }
            Pass total = file.scan(columns, new RowScan<Pass>() {
                public Pass start() {
                    return new Pass(width, targets.size(), collecting);
                }

                public void add(Pass sums, Row row) {
                    for (int k = 0; k < width; k++) {
                        if (row.isMissing(k)) {
                            continue;
                        }
                        double value = row.value(k);
                        double delta = row.delta(k);
                        if (first) {
                            sums.sums[k] += delta;
                            sums.means[k].add(value, delta);
                            sums.min[k] = Math.min(sums.min[k], value);
                            sums.max[k] = Math.max(sums.max[k], value);
                            sums.positiveInfinity[k] |= value == Double.POSITIVE_INFINITY;
                            sums.negativeInfinity[k] |= value == Double.NEGATIVE_INFINITY;
                        } else if (second) {
                            double e = delta - means[k];
                            sums.sums[k] += e;
                            sums.squares[k] += e * e;
                            sums.cubes[k] += e * e * e;
                            sums.fourths[k] += e * e * e * e;
                        }
                        if (valueTargets[k].length > 0) {
                            count(sums, valueTargets[k], sortable(value));
                        }
                        if (deltaTargets[k].length > 0) {
                            count(sums, deltaTargets[k], sortable(delta));
                        }
                    }
                }

                /** Counts the key's next digit in each of these targets whose fixed bits it shares (or gathers it). */
                private void count(Pass sums, int[] columnTargets, long key) {
                    for (int t : columnTargets) {
                        if (known[t] == 0 || key >>> (64 - known[t]) == prefixes[t]) {
                            if (collecting) {
                                sums.collected[t].add(key);
                            } else {
                                int digit = (int) ((key >>> (64 - known[t] - digitBits)) & ((1 << digitBits) - 1));
                                sums.histograms[t][digit]++;
                            }
                        }
                    }
                }

                public Pass merge(Pass earlier, Pass later) {
                    for (int k = 0; k < width; k++) {
                        earlier.means[k].add(later.means[k]);
                        earlier.sums[k] += later.sums[k];
                        earlier.squares[k] += later.squares[k];
                        earlier.cubes[k] += later.cubes[k];
                        earlier.fourths[k] += later.fourths[k];
                        earlier.min[k] = Math.min(earlier.min[k], later.min[k]);
                        earlier.max[k] = Math.max(earlier.max[k], later.max[k]);
                        earlier.positiveInfinity[k] |= later.positiveInfinity[k];
                        earlier.negativeInfinity[k] |= later.negativeInfinity[k];
                    }
                    for (int t = 0; t < earlier.histograms.length; t++) {
                        for (int digit = 0; digit < earlier.histograms[t].length; digit++) {
                            earlier.histograms[t][digit] += later.histograms[t][digit];
                        }
                    }
                    for (int t = 0; t < earlier.collected.length; t++) {
                        earlier.collected[t].addAll(later.collected[t]);
                    }
                    return earlier;
                }
            }, progress);
            for (int k = 0; k < width; k++) {
                if (first) {
                    mean[k] = n[k] == 0 ? Double.NaN : total.sums[k] / n[k];
                    meanSums[k] = total.means[k];
                    min[k] = total.min[k];
                    max[k] = total.max[k];
                    positiveInfinity[k] = total.positiveInfinity[k];
                    negativeInfinity[k] = total.negativeInfinity[k];
                } else if (second) {
                    residuals[k] = total.sums[k];
                    squares[k] = total.squares[k];
                    cubes[k] = total.cubes[k];
                    fourths[k] = total.fourths[k];
                }
            }
            if (collecting) {
                Map<Integer, long[]> sorted = new HashMap<>();
                for (Selection s : selections) {
                    int t = targetOf.get(s.group());
                    long[] keys = sorted.computeIfAbsent(t, i -> {
                        long[] all = java.util.Arrays.copyOf(total.collected[i].keys, total.collected[i].size);
                        for (int j = 0; j < all.length; j++) {
                            all[j] ^= Long.MIN_VALUE; // the keys' unsigned order, as signed longs
                        }
                        java.util.Arrays.sort(all);
                        return all;
                    });
                    s.prefix = keys[Math.toIntExact(s.rank)] ^ Long.MIN_VALUE;
                    s.known = 64;
                }
                break;
            }
            for (Selection s : selections) {
                long[] histogram = total.histograms[targetOf.get(s.group())];
                int digit = 0;
                while (s.rank >= histogram[digit]) {
                    s.rank -= histogram[digit];
                    digit++;
                }
                s.prefix = (s.prefix << digitBits) | digit;
                s.known += digitBits;
                s.candidates = histogram[digit];
            }
        }
        List<NumericSummary> summaries = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            summaries.add(summary(file, columns.get(k), n[k], meanSums[k], residuals[k], squares[k], cubes[k], fourths[k], min[k], max[k],
                    positiveInfinity[k], negativeInfinity[k], byRank, k, width));
        }
        return summaries;
    }

    private static NumericSummary summary(TableFile file, String name, long count, Describe.MeanSums sums, double residual,
                                          double squares, double cubes, double fourths, double min, double max, boolean positiveInfinity,
                                          boolean negativeInfinity, Map<Long, Selection[]> byRank, int k, int width) {
        int missing = Math.toIntExact(file.missingCount(name));
        double nan = Double.NaN;
        if (count == 0) {
            return new NumericSummary(name, 0, missing, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        int n = Math.toIntExact(count);
        double mean;
        double sd;
        double[] shape = {nan, nan};
        if (positiveInfinity || negativeInfinity) {
            mean = positiveInfinity && negativeInfinity ? nan
                    : (positiveInfinity ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            sd = nan;
        } else {
            mean = sums.mean(n, file.origin(name));
            sd = n > 1 ? Math.sqrt(Math.max(0.0, (squares - residual * residual / n) / (n - 1))) : nan;
            shape = Describe.shape(n, residual, squares, cubes, fourths);
        }
        double[] quartiles = new double[3];
        double[] ps = {0.25, 0.5, 0.75};
        for (int q = 0; q < 3; q++) {
            double h = (n - 1) * ps[q];
            long lo = (long) Math.floor(h);
            double frac = h - lo;
            Selection[] low = byRank.get(lo * width + k);
            double a = Double.longBitsToDouble(unsortable(low[0].prefix));
            if (frac == 0 || lo + 1 >= n) {
                quartiles[q] = a;
                continue;
            }
            Selection[] high = byRank.get((lo + 1) * width + k);
            quartiles[q] = Describe.between(a, Double.longBitsToDouble(unsortable(high[0].prefix)),
                    Double.longBitsToDouble(unsortable(low[1].prefix)),
                    Double.longBitsToDouble(unsortable(high[1].prefix)), frac);
        }
        return new NumericSummary(name, n, missing, mean, sd, shape[0], shape[1], min, quartiles[0], quartiles[1], quartiles[2], max);
    }

    /** A key whose unsigned order is the order of the doubles (-0.0 before 0.0, as {@link Double#compare}). */
    static long sortable(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits >= 0 ? bits ^ Long.MIN_VALUE : ~bits;
    }

    static long unsortable(long key) {
        return key < 0 ? key ^ Long.MIN_VALUE : ~key;
    }
}
