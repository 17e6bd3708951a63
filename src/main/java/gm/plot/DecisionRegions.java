package gm.plot;

import java.util.List;

/** The regions where a classifier predicts each class, shaded, with the data points on top coloured by class. */
public final class DecisionRegions implements Figure {
    private final ClassGrid grid;
    private final LabelledPoints points;
    private final List<String> classNames;
    private final String xLabel;
    private final String yLabel;
    private final PlotOptions options;

    /**
     * @param classNames the names of the grid's class indices 0..k−1; labelled points must use these names
     */
    public DecisionRegions(ClassGrid grid, LabelledPoints points, List<String> classNames, String xLabel,
            String yLabel, PlotOptions options) {
        points.requireDim(2, "decision-region plot");
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                int c = grid.classAt(row, column);
                if (c < 0 || c >= classNames.size()) {
                    throw new PlotException("the grid has class index " + c + " but there are " + classNames.size()
                            + " class names", "give one name per class the classifier predicts");
                }
            }
        }
        for (String label : points.classes()) {
            if (!classNames.contains(label)) {
                throw new PlotException("the points have the class '" + label + "', which the classifier does not know",
                        "plot the data the classifier was trained on");
            }
        }
        this.grid = grid;
        this.points = points;
        this.classNames = List.copyOf(classNames);
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.options = options;
    }

    public DecisionRegions withOptions(PlotOptions newOptions) {
        return new DecisionRegions(grid, points, classNames, xLabel, yLabel, newOptions);
    }

    public ClassGrid grid() {
        return grid;
    }

    public LabelledPoints points() {
        return points;
    }

    public List<String> classNames() {
        return classNames;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    @Override
    public PlotOptions options() {
        return options;
    }

    @Override
    public String title() {
        return options.title().orElse("Decision regions over " + xLabel + " and " + yLabel);
    }
}
