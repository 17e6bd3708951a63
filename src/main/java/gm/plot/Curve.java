package gm.plot;

import java.util.function.DoubleUnaryOperator;

/** A named 1-d curve y = f(x) given by points with increasing x. */
public final class Curve {
    public static final int DEFAULT_POINTS = 400;

    private final String name;
    private final double[] x;
    private final double[] y;

    public Curve(String name, double[] x, double[] y) {
        if (name == null || name.isEmpty()) {
            throw new PlotException("a curve needs a name for the legend", "name it, for example 'posterior'");
        }
        double[] xs = Values.finite(x, name + " x");
        double[] ys = Values.finite(y, name);
        if (xs.length != ys.length || xs.length < 2) {
            throw new PlotException("the curve '" + name + "' needs at least 2 points and as many x as y values, got "
                    + xs.length + " and " + ys.length, "sample the curve at more points");
        }
        for (int i = 1; i < xs.length; i++) {
            if (!(xs[i] > xs[i - 1])) {
                throw new PlotException("the x values of the curve '" + name + "' must increase",
                        "sort the points by x");
            }
        }
        this.name = name;
        this.x = xs;
        this.y = ys;
    }

    /** f at {@code count} equally spaced points from range.min to range.max. */
    public static Curve sample(String name, DoubleUnaryOperator f, AxisRange range, int count) {
        if (count < 2) {
            throw new PlotException("a curve needs at least 2 points, got " + count, "sample it at more points");
        }
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = i == count - 1 ? range.max() : range.min() + i * range.length() / (count - 1);
            ys[i] = f.applyAsDouble(xs[i]);
        }
        return new Curve(name, xs, ys);
    }

    public String name() {
        return name;
    }

    public double[] x() {
        return x.clone();
    }

    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    /** y at x by linear interpolation; NaN outside the curve's x range. */
    public double at(double at) {
        if (at < x[0] || at > x[x.length - 1]) {
            return Double.NaN;
        }
        int hi = 1;
        while (hi < x.length - 1 && x[hi] < at) {
            hi++;
        }
        double t = (at - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return y[hi - 1] + t * (y[hi] - y[hi - 1]);
    }
}
