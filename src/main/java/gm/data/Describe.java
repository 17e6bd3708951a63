package gm.data;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/** Summary statistics of columns. */
public final class Describe {
    private Describe() {
    }

    /**
     * n, missing, mean, sd (n&minus;1 denominator), min, quartiles and median by R's default quantile
     * (type 7), max.
     *
     * <p>The sd is computed on the column's deltas (exact differences from its origin) with the corrected two-pass
     * algorithm, so data with many shared leading digits keep their precision; the mean as {@link #meanOf} says. With
     * an infinite value the mean is that infinity (NaN if both signs occur) and sd is NaN, as in R. Everything but n and missing is NaN when n = 0; sd is NaN when n = 1.
     */
    public static NumericSummary numeric(NumericColumn c) {
        int size = c.size();
        int n = size - c.missingCount();
        double[] d = new double[n];
        double[] v = new double[n];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!c.isMissing(i)) {
                d[k] = c.delta(i);
                v[k] = c.get(i);
                k++;
            }
        }
        double nan = Double.NaN;
        if (n == 0) {
            return new NumericSummary(c.name(), 0, c.missingCount(), nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }

        double mean;
        double sd;
        double[] shape = {nan, nan};
        boolean posInf = false;
        boolean negInf = false;
        for (double x : v) {
            posInf |= x == Double.POSITIVE_INFINITY;
            negInf |= x == Double.NEGATIVE_INFINITY;
        }
        if (posInf || negInf) {
            mean = posInf && negInf ? nan : (posInf ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            sd = nan;
        } else {
            double sum = 0;
            for (double x : d) {
                sum += x;
            }
            double m = sum / n;
            double r = 0; // sum of residuals: corrects m for rounding in the first pass
            double ss = 0;
            double cubes = 0;
            double fourths = 0;
            for (double x : d) {
                double e = x - m;
                r += e;
                ss += e * e;
                cubes += e * e * e;
                fourths += e * e * e * e;
            }
            mean = meanOf(v, d, c.origin());
            sd = n > 1 ? Math.sqrt(Math.max(0.0, (ss - r * r / n) / (n - 1))) : nan;
            shape = shape(n, r, ss, cubes, fourths);
        }

        // Values and deltas are both non-decreasing functions of the exact number, so ordering each array on
        // its own puts them in the same (rank) order: sv[k] and sd2[k] belong to the k-th smallest number.
        double[] sv = v;
        double[] sd2 = d;
        int[] ranks = LongStream.concat(LongStream.of(0, n - 1), Arrays.stream(quartileRanks(n))).sorted().distinct()
                .mapToInt(Math::toIntExact).toArray();
        OrderStatistics.select(sv, ranks);
        OrderStatistics.select(sd2, ranks);
        return new NumericSummary(c.name(), n, c.missingCount(), mean, sd, shape[0], shape[1], sv[0], quantile7(sv, sd2, 0.25),
                quantile7(sv, sd2, 0.5), quantile7(sv, sd2, 0.75), sv[n - 1]);
    }

    /**
     * The mean as a compensated sum over n, of the deltas (then shifted back by the origin) unless the values bound its
     * rounding more tightly: each value and each delta is off its exact decimal by at most half an ulp, so the sums
     * of ulps bound the two means' errors. Deltas win when the values share leading digits (the NIST NumAcc4 data);
     * values win when large ones cancel, where the deltas are as large as the values and were rounded. (No second
     * pass adding the residuals: in doubles it spoils the sum when large values cancel, giving 0.5556 for the mean
     * of 1e16, −1e16 and 1, whose mean is 1/3.)
     */
    static double meanOf(double[] values, double[] deltas, double origin) {
        MeanSums sums = new MeanSums();
        for (int i = 0; i < values.length; i++) {
            sums.add(values[i], deltas[i]);
        }
        return sums.mean(values.length, origin);
    }

    /** What {@link #meanOf} needs, gathered value by value (and merged part by part for a streamed file). */
    static final class MeanSums {
        private final CompensatedSum values = new CompensatedSum();
        private final CompensatedSum deltas = new CompensatedSum();
        private double valueUlps;
        private double deltaUlps;

        void add(double value, double delta) {
            values.add(value);
            deltas.add(delta);
            valueUlps += Math.ulp(value);
            deltaUlps += Math.ulp(delta);
        }

        void add(MeanSums other) {
            values.add(other.values);
            deltas.add(other.deltas);
            valueUlps += other.valueUlps;
            deltaUlps += other.deltaUlps;
        }

        double mean(long n, double origin) {
            double fromDeltas = origin + deltas.value() / n;
            if (valueUlps >= deltaUlps) {
                return fromDeltas;
            }
            double sum = values.value();
            return Double.isFinite(sum) ? sum / n : fromDeltas;
        }
    }

    /**
     * R type 7: with h = (n&minus;1)p and j = floor(h), x[j] + (h &minus; j)(x[j+1] &minus; x[j]), the
     * difference taken from the deltas (exact differences) rather than from the rounded values.
     */
    /**
     * Moment skewness g1 = m3 / m2^(3/2) and excess kurtosis g2 = m4 / m2² − 3 (scipy's {@code skew} and
     * {@code kurtosis}), from the sums of powers of the residuals e about a first-pass mean; their sum r corrects
     * that mean, with c = r/n: Σ(e−c)³ = Σe³ − 3cΣe² + 2nc³ and Σ(e−c)⁴ = Σe⁴ − 4cΣe³ + 6c²Σe² − 3nc⁴.
     * NaN when the values do not vary.
     */
    static double[] shape(long n, double residuals, double squares, double cubes, double fourths) {
        double c = residuals / n;
        double m2 = (squares - residuals * c) / n;
        double m3 = (cubes - 3 * c * squares + 2 * n * c * c * c) / n;
        double m4 = (fourths - 4 * c * cubes + 6 * c * c * squares - 3 * n * c * c * c * c) / n;
        if (!(m2 > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3};
    }

    /** The ranks (from 0, ascending) of the order statistics that the three quartiles ({@link #quantile7}) read. */
    static long[] quartileRanks(long n) {
        return DoubleStream.of(0.25, 0.5, 0.75).mapToLong(p -> (long) Math.floor((n - 1) * p))
                .flatMap(lo -> LongStream.of(lo, Math.min(lo + 1, n - 1))).distinct().toArray();
    }

    /**
     * R's type-7 quantile p, from the values and deltas in rank order (at least at the ranks it reads: those of
     * {@link #quartileRanks}).
     */
    static double quantile7(double[] sortedValues, double[] sortedDeltas, double p) {
        int n = sortedValues.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        double frac = h - lo;
        if (frac == 0 || lo + 1 >= n) {
            return sortedValues[lo];
        }
        return between(sortedValues[lo], sortedValues[lo + 1], sortedDeltas[lo], sortedDeltas[lo + 1], frac);
    }

    /** The type-7 quantile a fraction {@code frac} of the way from order statistic a to the next one, b. */
    static double between(double a, double b, double deltaA, double deltaB, double frac) {
        if (a == b) {
            return a;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return (1 - frac) * a + frac * b; // R's form: -Inf and 1 give -Inf; -Inf and Inf give NaN
        }
        return a + frac * (deltaB - deltaA);
    }

    /**
     * {@link #numeric(NumericColumn)} for numeric columns of a file, streaming it a few times rather than holding the
     * columns (see {@link StreamedDescribe}); the same results up to the rounding of sums taken chunk by chunk.
     */
    public static List<NumericSummary> numeric(TableFile file, List<String> columns, Progress progress) {
        for (String column : columns) {
            if (!file.isNumeric(column)) {
                throw new DataException("column '" + column + "' is not numeric");
            }
        }
        return StreamedDescribe.numeric(file, columns, progress);
    }

    /** A categorical column of a file: n, missing, levels and counts, as the first pass over the file found them. */
    public static CategoricalSummary categorical(TableFile file, String column) {
        long[] counts = file.levelCounts(column);
        int[] narrowed = new int[counts.length];
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            narrowed[i] = Math.toIntExact(counts[i]);
            n += counts[i];
        }
        return new CategoricalSummary(column, Math.toIntExact(n), Math.toIntExact(file.missingCount(column)),
                file.levels(column), narrowed);
    }

    /** n, missing, and the levels with their counts (levels sorted as {@link CategoricalColumn#levels()}). */
    public static CategoricalSummary categorical(CategoricalColumn c) {
        return new CategoricalSummary(c.name(), c.size() - c.missingCount(), c.missingCount(), c.levels(),
                c.counts());
    }
}
