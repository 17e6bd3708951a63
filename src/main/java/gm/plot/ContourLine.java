package gm.plot;

/** The segments {x1, y1, x2, y2} where a density crosses one level. */
public final class ContourLine {
    private final double level;
    private final double[][] segments;

    ContourLine(double level, double[][] segments) {
        this.level = level;
        this.segments = segments;
    }

    public double level() {
        return level;
    }

    public int size() {
        return segments.length;
    }

    public double[] segment(int i) {
        return segments[i].clone();
    }
}
