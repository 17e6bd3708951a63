package gm.plot;

import java.util.List;

/**
 * A static 3-d view of three variables: each is scaled to [−1, 1] over its data range, and the cube is projected
 * orthographically onto the screen of a viewer at the given azimuth (around the vertical third axis, from the
 * first axis) and elevation (above the plane of the first two).
 */
public final class Scatter3d implements Figure {
    /** The view matplotlib opens 3-d axes with. */
    public static final double DEFAULT_AZIMUTH = -60;
    public static final double DEFAULT_ELEVATION = 30;

    private final LabelledPoints points;
    private final List<String> names;
    private final double azimuth;
    private final double elevation;
    private final PlotOptions options;
    private final AxisRange[] ranges;

    /** @param azimuth and elevation in degrees */
    public Scatter3d(LabelledPoints points, List<String> names, double azimuth, double elevation, PlotOptions options) {
        points.requireDim(3, "3-d scatter plot");
        if (names.size() != 3) {
            throw new PlotException("a 3-d scatter plot needs 3 names, got " + names.size(), "name the three columns");
        }
        if (!Double.isFinite(azimuth) || !(elevation >= -90 && elevation <= 90)) {
            throw new PlotException("the view needs a finite azimuth and an elevation between -90 and 90 degrees, got "
                    + azimuth + " and " + elevation, "for example azimuth -60, elevation 30");
        }
        this.points = points;
        this.names = List.copyOf(names);
        this.azimuth = azimuth;
        this.elevation = elevation;
        this.options = options;
        this.ranges = new AxisRange[] {AxisRange.spanning(points.column(0)), AxisRange.spanning(points.column(1)),
            AxisRange.spanning(points.column(2))};
    }

    public Scatter3d(LabelledPoints points, List<String> names) {
        this(points, names, DEFAULT_AZIMUTH, DEFAULT_ELEVATION, PlotOptions.DEFAULT);
    }

    public Scatter3d withOptions(PlotOptions newOptions) {
        return new Scatter3d(points, names, azimuth, elevation, newOptions);
    }

    /** The screen's horizontal unit vector in the scaled cube's coordinates. */
    public double[] screenRight() {
        double az = Math.toRadians(azimuth);
        return new double[] {-Math.sin(az), Math.cos(az), 0};
    }

    /** The screen's vertical unit vector in the scaled cube's coordinates. */
    public double[] screenUp() {
        double az = Math.toRadians(azimuth);
        double el = Math.toRadians(elevation);
        return new double[] {-Math.sin(el) * Math.cos(az), -Math.sin(el) * Math.sin(az), Math.cos(el)};
    }

    /** A data point scaled into the cube [−1, 1]³. */
    public double[] scaled(double[] point) {
        double[] s = new double[3];
        for (int k = 0; k < 3; k++) {
            s[k] = 2 * (point[k] - ranges[k].min()) / ranges[k].length() - 1;
        }
        return s;
    }

    /** Screen coordinates (right, up) of a point of the scaled cube. */
    public double[] project(double[] cubePoint) {
        double[] right = screenRight();
        double[] up = screenUp();
        double x = 0;
        double y = 0;
        for (int k = 0; k < 3; k++) {
            x += cubePoint[k] * right[k];
            y += cubePoint[k] * up[k];
        }
        return new double[] {x, y};
    }

    /** Screen coordinates of every point. */
    public double[][] projected() {
        double[][] screen = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            screen[i] = project(scaled(points.row(i)));
        }
        return screen;
    }

    /** The 12 edges of the cube on screen, each {x1, y1, x2, y2}. */
    double[][] cubeEdges() {
        double[][] edges = new double[12][];
        int e = 0;
        for (int axis = 0; axis < 3; axis++) {
            for (int a = -1; a <= 1; a += 2) {
                for (int b = -1; b <= 1; b += 2) {
                    double[] from = new double[3];
                    double[] to = new double[3];
                    from[axis] = -1;
                    to[axis] = 1;
                    from[(axis + 1) % 3] = a;
                    to[(axis + 1) % 3] = a;
                    from[(axis + 2) % 3] = b;
                    to[(axis + 2) % 3] = b;
                    double[] p = project(from);
                    double[] q = project(to);
                    edges[e++] = new double[] {p[0], p[1], q[0], q[1]};
                }
            }
        }
        return edges;
    }

    /**
     * Where axis k's name goes on screen: a little below the middle of the cube edge along k that lies lowest on
     * screen (for the first two axes), or a little above the top of the leftmost vertical edge.
     */
    double[] labelPosition(int k) {
        double[] best = null;
        for (int a = -1; a <= 1; a += 2) {
            for (int b = -1; b <= 1; b += 2) {
                double[] middle = new double[3];
                middle[(k + 1) % 3] = a;
                middle[(k + 2) % 3] = b;
                double[] onScreen = project(middle);
                int compared = k == 2 ? 0 : 1;
                if (best == null || onScreen[compared] < best[compared]) {
                    best = onScreen;
                }
            }
        }
        return k == 2 ? new double[] {best[0], best[1] + Math.cos(Math.toRadians(elevation)) + 0.08}
                : new double[] {best[0], best[1] - 0.12};
    }

    public LabelledPoints points() {
        return points;
    }

    public List<String> names() {
        return names;
    }

    /** The data range of variable k, which the cube's side [−1, 1] stands for. */
    public AxisRange range(int k) {
        return ranges[k];
    }

    @Override
    public PlotOptions options() {
        return options;
    }

    @Override
    public String title() {
        return options.title().orElse(String.join(", ", names));
    }
}
