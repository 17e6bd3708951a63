package gm.plot;

import gm.runtime.GaussianException;

/**
 * The ellipse {x : (x − μ)ᵀ Σ⁻¹ (x − μ) = r²} of a 2-d Gaussian: centred on μ, with semi-axes √(r² λ_i) along the
 * eigenvectors of Σ. The eigen-decomposition of the 2 × 2 symmetric Σ is taken in closed form.
 */
public final class Ellipse {
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    private final double centreX;
    private final double centreY;
    private final double majorSemiAxis;
    private final double minorSemiAxis;
    private final double angle;

    private Ellipse(double centreX, double centreY, double majorSemiAxis, double minorSemiAxis, double angle) {
        this.centreX = centreX;
        this.centreY = centreY;
        this.majorSemiAxis = majorSemiAxis;
        this.minorSemiAxis = minorSemiAxis;
        this.angle = angle;
    }

    /** The ellipse holding probability {@code level} of N(mean, cov). */
    public static Ellipse of(double[] mean, double[][] cov, double level) {
        return of(mean, cov, Coverage.level(level));
    }

    public static Ellipse of(double[] mean, double[][] cov, Coverage coverage) {
        requireTwoByTwo(mean, cov);
        double a = cov[0][0];
        double b = (cov[0][1] + cov[1][0]) / 2;
        double c = cov[1][1];
        double larger = (a + c) / 2 + Math.hypot((a - c) / 2, b);
        // The product of the eigenvalues is det Σ; dividing avoids cancellation in (a + c)/2 − radius.
        double smaller = (a * c - b * b) / larger;
        if (!(smaller > 0)) {
            throw new GaussianException("the covariance [[" + a + ", " + b + "], [" + b + ", " + c
                    + "]] is not positive definite, so it has no ellipse", "give a covariance with positive determinant");
        }
        double r2 = coverage.radiusSquared();
        double majorAngle = 0.5 * Math.atan2(2 * b, a - c);
        return new Ellipse(mean[0], mean[1], Math.sqrt(r2 * larger), Math.sqrt(r2 * smaller), majorAngle);
    }

    private static void requireTwoByTwo(double[] mean, double[][] cov) {
        if (mean == null || mean.length != 2 || cov == null || cov.length != 2 || cov[0] == null || cov[1] == null
                || cov[0].length != 2 || cov[1].length != 2) {
            throw new GaussianException("an ellipse needs a 2-d mean and a 2 × 2 covariance",
                    "plot ellipses of a Gaussian over exactly two variables");
        }
        for (double v : new double[] {mean[0], mean[1], cov[0][0], cov[0][1], cov[1][0], cov[1][1]}) {
            if (!Double.isFinite(v)) {
                throw new GaussianException("an ellipse needs finite mean and covariance values, got " + v,
                        "check the fitted Gaussian");
            }
        }
        double scale = Math.max(Math.abs(cov[0][0]), Math.abs(cov[1][1]));
        if (Math.abs(cov[0][1] - cov[1][0]) > SYMMETRY_TOLERANCE * Math.max(1, scale)) {
            throw new GaussianException("the covariance is not symmetric: " + cov[0][1] + " vs " + cov[1][0],
                    "give a symmetric covariance");
        }
    }

    public double centreX() {
        return centreX;
    }

    public double centreY() {
        return centreY;
    }

    public double majorSemiAxis() {
        return majorSemiAxis;
    }

    public double minorSemiAxis() {
        return minorSemiAxis;
    }

    /** Angle of the major axis from the x axis, in radians, in (−π/2, π/2]. */
    public double angle() {
        return angle;
    }

    /** Unit vector along the major axis. */
    public double[] majorDirection() {
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    /** Unit vector along the minor axis (the major one turned a quarter counter-clockwise). */
    public double[] minorDirection() {
        return new double[] {-Math.sin(angle), Math.cos(angle)};
    }

    /** {@code count} points (x, y) around the ellipse at equal parameter steps, starting at the major axis' end. */
    public double[][] points(int count) {
        if (count < 3) {
            throw new PlotException("an ellipse outline needs at least 3 points, got " + count, "use more points");
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[][] points = new double[count][];
        for (int k = 0; k < count; k++) {
            double t = 2 * Math.PI * k / count;
            double u = majorSemiAxis * Math.cos(t);
            double v = minorSemiAxis * Math.sin(t);
            points[k] = new double[] {centreX + u * cos - v * sin, centreY + u * sin + v * cos};
        }
        return points;
    }
}
