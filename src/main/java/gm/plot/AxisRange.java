package gm.plot;

import gm.runtime.Wording;

/** A closed interval [min, max] of one axis, min < max, both finite and with a finite length. */
public record AxisRange(double min, double max) {
    public AxisRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new PlotException("an axis range needs finite min < max, got [" + Wording.number(min) + ", "
                    + Wording.number(max) + "]",
                    "give finite limits, the smaller first, for example xlim [50, 80]");
        }
        if (!Double.isFinite(max - min)) {
            throw new PlotException("the range from " + Wording.number(min) + " to " + Wording.number(max)
                    + " is too wide to draw: its length is beyond"
                    + " the largest double", "narrow it with xlim or ylim, or rescale the values");
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
