package gm.plot;

/** A closed interval [min, max] of one axis, min < max, both finite. */
public record AxisRange(double min, double max) {
    public AxisRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new PlotException("an axis range needs finite min < max, got [" + min + ", " + max + "]",
                    "give the smaller value first, for example 'x 50 to 80'");
        }
    }

    public double length() {
        return max - min;
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** This range widened on each side by a fraction of its length. */
    public AxisRange padded(double fraction) {
        double pad = fraction * length();
        return new AxisRange(min - pad, max + pad);
    }

    /** The smallest range holding the values, widened by half a unit on each side when they are all equal. */
    public static AxisRange spanning(double... values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(lo <= hi)) {
            throw new PlotException("there are no values to plot", "select rows with values");
        }
        return lo == hi ? new AxisRange(lo - 0.5, hi + 0.5) : new AxisRange(lo, hi);
    }
}
