package gm.plot;

import java.util.Optional;

/**
 * Size in pixels, title and axis ranges of a figure. An absent title means the figure's own default; an absent
 * range means "fit the data".
 */
public final class PlotOptions {
    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;
    static final int MIN_PIXELS = 100;
    static final int MAX_PIXELS = 10_000;
    /** An image of this many pixels takes 100 MB while it is drawn. */
    static final long MAX_AREA = 25_000_000;

    public static final PlotOptions DEFAULT = new PlotOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, null, null, null);

    private final int width;
    private final int height;
    private final String title;
    private final AxisRange xRange;
    private final AxisRange yRange;

    private PlotOptions(int width, int height, String title, AxisRange xRange, AxisRange yRange) {
        this.width = width;
        this.height = height;
        this.title = title;
        this.xRange = xRange;
        this.yRange = yRange;
    }

    public PlotOptions withSize(int width, int height) {
        requirePixels(width, "width");
        requirePixels(height, "height");
        if ((long) width * height > MAX_AREA) {
            throw new PlotException("a figure of " + width + " × " + height + " pixels is too large: at most " + MAX_AREA
                    + " pixels in all", "for example size [5000, 5000]");
        }
        return new PlotOptions(width, height, title, xRange, yRange);
    }

    public PlotOptions withTitle(String title) {
        return new PlotOptions(width, height, title, xRange, yRange);
    }

    public PlotOptions withXRange(AxisRange range) {
        return new PlotOptions(width, height, title, range, yRange);
    }

    public PlotOptions withYRange(AxisRange range) {
        return new PlotOptions(width, height, title, xRange, range);
    }

    private static void requirePixels(int pixels, String what) {
        if (pixels < MIN_PIXELS || pixels > MAX_PIXELS) {
            throw new PlotException("the " + what + " must be between " + MIN_PIXELS + " and " + MAX_PIXELS
                    + " pixels, got " + pixels, "for example size [800, 600]");
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<AxisRange> xRange() {
        return Optional.ofNullable(xRange);
    }

    public Optional<AxisRange> yRange() {
        return Optional.ofNullable(yRange);
    }
}
