package gm.plot;

/** Equal-width bins: edges e_0 < … < e_k and the count in each [e_i, e_i+1), the last bin closed on the right. */
public final class HistogramBins {
    private final double[] edges;
    private final long[] counts;

    HistogramBins(double[] edges, long[] counts) {
        this.edges = edges;
        this.counts = counts;
    }

    /**
     * Bins as numpy.histogram(values, bins, range) draws them: edges start + i·(end − start)/bins with the last
     * edge exactly at the end, values outside the range left out. Without a range it is [min, max], widened by
     * half a unit on each side when all values are equal.
     */
    static HistogramBins of(double[] values, int bins, AxisRange range) {
        AxisRange span = range != null ? range : AxisRange.spanning(values);
        double start = span.min();
        double end = span.max();
        double step = (end - start) / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            edges[i] = start + i * step;
        }
        edges[bins] = end;
        long[] counts = new long[bins];
        for (double v : values) {
            if (v < start || v > end) {
                continue;
            }
            int index = Math.min(bins - 1, (int) ((v - start) / step));
            // The division can land one bin off near an edge; the edges decide.
            if (v < edges[index]) {
                index--;
            } else if (index < bins - 1 && v >= edges[index + 1]) {
                index++;
            }
            counts[index]++;
        }
        return new HistogramBins(edges, counts);
    }

    public int size() {
        return counts.length;
    }

    public double[] edges() {
        return edges.clone();
    }

    public long[] counts() {
        return counts.clone();
    }

    public long maxCount() {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }
}
