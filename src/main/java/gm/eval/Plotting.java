package gm.eval;

import gm.data.Column;
import gm.data.NumericColumn;
import gm.eval.Value.ClassifierValue;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.GaussianGroupValue;
import gm.eval.Value.GaussianValue;
import gm.eval.Value.NormalPosteriorValue;
import gm.eval.Value.StudentTValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.lang.ast.PlotOptions;
import gm.lang.ast.Statement;
import gm.plot.AxisRange;
import gm.plot.ClassGaussian;
import gm.plot.ClassGrid;
import gm.plot.Coverage;
import gm.plot.Curve;
import gm.plot.DecisionRegions;
import gm.plot.DensityContours;
import gm.plot.DensityGrid;
import gm.plot.Figure;
import gm.plot.FigureWriter;
import gm.plot.Histogram;
import gm.plot.LabelledPoints;
import gm.plot.Pairs;
import gm.plot.PdfCurves;
import gm.plot.PlotException;
import gm.plot.QqPlot;
import gm.plot.Scatter;
import gm.plot.Scatter3d;
import gm.plot.TerminalRenderer;
import gm.runtime.Gaussian;
import gm.runtime.Wording;
import gm.runtime.classify.Classifier;
import gm.runtime.classify.GaussianClassifier;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** {@code plot hist|scatter|pairs|scatter3d|boundary|pdf|qq ...}: builds the figure, then writes it or draws it as text. */
final class Plotting {

    /** Decision regions are evaluated on a grid of this many cells per side. */
    private static final int GRID_CELLS = 150;

    private final Evaluator evaluator;
    private final PrintStream out;

    Plotting(Evaluator evaluator, PrintStream out) {
        this.evaluator = evaluator;
        this.out = out;
    }

    void plot(Statement.Plot plot) {
        gm.plot.PlotOptions options = options(plot.options());
        Figure figure = RuntimeErrors.at(plot.span(), () -> figure(plot, options));
        if (plot.options().file().isEmpty()) {
            out.print(RuntimeErrors.at(plot.span(), () -> TerminalRenderer.render(figure)));
            return;
        }
        Span fileSpan = plot.options().file().get().span();
        Path path = evaluator.files().forWriting(plot.options().file().get().text(), fileSpan);
        RuntimeErrors.at(fileSpan, () -> {
            FigureWriter.write(figure, path);
            return null;
        });
        out.println("plot " + plot.kind().text() + ": wrote " + plot.options().file().get().text() + " ("
                + options.width() + " × " + options.height() + ")");
    }

    private gm.plot.PlotOptions options(PlotOptions written) {
        gm.plot.PlotOptions options = gm.plot.PlotOptions.DEFAULT;
        if (written.size().isPresent()) {
            Expression size = written.size().get();
            double[] pixels = Coerce.vector(evaluator.evaluate(size), size.span(), "size");
            if (pixels.length != 2 || pixels[0] != Math.rint(pixels[0]) || pixels[1] != Math.rint(pixels[1])
                    || pixels[0] < 1 || pixels[1] < 1) {
                throw new GmException(size.span(), "size is [width, height] in whole pixels", "e.g. size [800, 600]");
            }
            options = RuntimeErrors.at(size.span(), () -> gm.plot.PlotOptions.DEFAULT.withSize((int) pixels[0], (int) pixels[1]));
        }
        if (written.title().isPresent()) {
            options = options.withTitle(written.title().get());
        }
        if (written.xlim().isPresent()) {
            options = options.withXRange(range(written.xlim().get()));
        }
        if (written.ylim().isPresent()) {
            options = options.withYRange(range(written.ylim().get()));
        }
        return options;
    }

    private AxisRange range(Expression limits) {
        double[] values = Coerce.vector(evaluator.evaluate(limits), limits.span(), "an axis range");
        if (values.length != 2 || !(values[0] < values[1])) {
            throw new GmException(limits.span(), "an axis range is [min, max] with min < max", "e.g. xlim [50, 80]");
        }
        return RuntimeErrors.at(limits.span(), () -> new AxisRange(values[0], values[1]));
    }

    private Figure figure(Statement.Plot plot, gm.plot.PlotOptions options) {
        Expression subject = plot.subjects().get(0);
        switch (plot.kind().text()) {
            case "hist": {
                Sample sample = sample(subject);
                int bins = plot.options().bins().map(b -> Coerce.wholeNumber(evaluator.evaluate(b), b.span(), "bins"))
                        .orElse(sturgesBins(sample.values().length));
                return new Histogram(sample.values(), bins, sample.name(), options);
            }
            case "qq": {
                Sample sample = sample(subject);
                return new QqPlot(sample.values(), sample.name(), options);
            }
            case "scatter": {
                Points points = points(plot, subject, 2);
                List<ClassGaussian> gaussians = plot.options().with().map(w -> classGaussians(w, points.names())).orElse(List.of());
                return new Scatter(points.points(), points.names().get(0), points.names().get(1), gaussians, coverage(plot.options()), options);
            }
            case "pairs": {
                Points points = points(plot, subject, -1);
                int bins = plot.options().bins().map(b -> Coerce.wholeNumber(evaluator.evaluate(b), b.span(), "bins"))
                        .orElse(Pairs.DEFAULT_BINS);
                return new Pairs(points.points(), points.names(), bins, options);
            }
            case "scatter3d": {
                Points points = points(plot, subject, 3);
                return new Scatter3d(points.points(), points.names(), Scatter3d.DEFAULT_AZIMUTH, Scatter3d.DEFAULT_ELEVATION, options);
            }
            case "boundary":
                return regions(plot, subject, options);
            default:
                return densities(plot, options);
        }
    }

    /** R's default number of histogram bins (Sturges 1926): ⌈log2 n⌉ + 1. */
    private static int sturgesBins(int n) {
        return (int) Math.ceil(Math.log(Math.max(n, 1)) / Math.log(2)) + 1;
    }

    private record Sample(String name, double[] values) {}

    /** The non-missing values of a column or vector, with the name to label the axis. */
    private Sample sample(Expression subject) {
        Value value = evaluator.evaluate(subject);
        if (value instanceof DatasetValue d && d.data().columnCount() == 1) {
            value = new ColumnValue(d.data().columns().get(0));
        }
        String name = value instanceof ColumnValue c ? c.column().name() : evaluator.sourceText(subject.span());
        double[] values = Coerce.vector(value, subject.span(), "the values to plot");
        double[] present = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length == 0) {
            throw new GmException(subject.span(), "nothing to plot: every value is missing");
        }
        return new Sample(name, present);
    }

    private record Points(LabelledPoints points, List<String> names) {}

    /** The complete rows of a dataset's numeric columns (all but the 'by' column), labelled by the 'by' column. */
    private Points points(Statement.Plot plot, Expression subject, int dimension) {
        DatasetValue data = Coerce.dataset(evaluator.evaluate(subject), subject.span(), "the data to plot");
        Optional<Column> groups = plot.options().by().map(w -> Evaluator.groupColumn(data, w.text(), w.span()));
        List<NumericColumn> columns = new ArrayList<>();
        for (Column column : data.data().columns()) {
            if (groups.isPresent() && column.name().equals(groups.get().name())) {
                continue;
            }
            if (!(column instanceof NumericColumn numeric)) {
                throw new GmException(subject.span(), "column '" + column.name() + "' is not numeric",
                        "select numeric columns, and name the class column with 'by'");
            }
            columns.add(numeric);
        }
        if (dimension > 0 && columns.size() != dimension) {
            throw new GmException(subject.span(), "plot " + plot.kind().text() + " needs " + dimension + " numeric columns, got "
                    + columns.size(), "select them, e.g. ds[a, b" + (dimension == 3 ? ", c" : "") + "]");
        }
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Optional<IntFunction<String>> levelAt = groups.map(Evaluator::levelsAt);
        for (int i = 0; i < data.data().rowCount(); i++) {
            int row = i;
            if (columns.stream().anyMatch(c -> c.isMissing(row)) || groups.map(g -> g.isMissing(row)).orElse(false)) {
                continue;
            }
            rows.add(columns.stream().mapToDouble(c -> c.get(row)).toArray());
            levelAt.ifPresent(g -> labels.add(g.apply(row)));
        }
        double[][] matrix = rows.toArray(new double[0][]);
        LabelledPoints points = groups.isPresent()
                ? LabelledPoints.of(matrix, labels.toArray(new String[0]))
                : LabelledPoints.of(matrix);
        return new Points(points, columns.stream().map(Column::name).toList());
    }

    private Coverage coverage(PlotOptions options) {
        if (options.sigma().isPresent()) {
            Expression sigma = options.sigma().get();
            double k = Coerce.number(evaluator.evaluate(sigma), sigma.span(), "sigma");
            return RuntimeErrors.at(sigma.span(), () -> Coverage.sigma(k));
        }
        if (options.level().isPresent()) {
            Expression level = options.level().get();
            double p = Coerce.number(evaluator.evaluate(level), level.span(), "level");
            return RuntimeErrors.at(level.span(), () -> Coverage.level(p));
        }
        return Coverage.DEFAULT;
    }

    /** The Gaussians to draw as ellipses, restricted to the plotted variables: one, a group, or a classifier's classes. */
    private List<ClassGaussian> classGaussians(Expression with, List<String> names) {
        Value value = evaluator.evaluate(with);
        List<String> labels = new ArrayList<>();
        List<Gaussian> gaussians = new ArrayList<>();
        if (value instanceof GaussianValue g) {
            labels.add(evaluator.sourceText(with.span()));
            gaussians.add(g.gaussian());
        } else if (value instanceof GaussianGroupValue group) {
            labels.addAll(group.levels());
            gaussians.addAll(group.gaussians());
        } else if (value instanceof ClassifierValue c && c.classifier() instanceof GaussianClassifier classifier) {
            labels.addAll(classifier.classes());
            gaussians.addAll(classifier.classConditionals());
        } else {
            throw new GmException(with.span(), "'with' draws the ellipses of Gaussians: give a Gaussian, Gaussians by group or a "
                    + "qda/lda classifier, not " + value.kind());
        }
        List<ClassGaussian> result = new ArrayList<>();
        for (int i = 0; i < gaussians.size(); i++) {
            Gaussian g = gaussians.get(i);
            int[] positions = new int[names.size()];
            for (int j = 0; j < positions.length; j++) {
                positions[j] = g.names().indexOf(names.get(j));
                if (positions[j] < 0) {
                    throw new GmException(with.span(), "the Gaussian has no variable '" + names.get(j) + "'",
                            "its variables are " + String.join(", ", g.names()));
                }
            }
            result.add(ClassGaussian.of(labels.get(i), g.marginal(positions)));
        }
        return result;
    }

    /** plot boundary q on data: the predicted class over a grid covering the data, with the data on top. */
    private Figure regions(Statement.Plot plot, Expression subject, gm.plot.PlotOptions options) {
        Value value = evaluator.evaluate(subject);
        if (!(value instanceof ClassifierValue model)) {
            throw new GmException(subject.span(), "plot boundary needs a classifier, not " + value.kind());
        }
        Classifier classifier = model.classifier();
        if (classifier.features().size() != 2) {
            throw new GmException(subject.span(), "plot boundary draws two features, but the classifier has "
                    + classifier.features().size() + " (" + String.join(", ", classifier.features()) + ")",
                    "train it on two columns, or use 'boundary q' for one");
        }
        Expression on = plot.on().orElseThrow();
        DatasetValue data = Coerce.dataset(evaluator.evaluate(on), on.span(), "the data");
        NumericColumn x = feature(data, classifier.features().get(0), on.span());
        NumericColumn y = feature(data, classifier.features().get(1), on.span());
        Optional<Column> labels = data.data().column(model.labelColumn()).or(() -> data.source().column(model.labelColumn()));
        List<double[]> rows = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        Optional<IntFunction<String>> labelAt = labels.map(Evaluator::levelsAt);
        for (int i = 0; i < data.data().rowCount(); i++) {
            int row = i;
            if (x.isMissing(row) || y.isMissing(row) || labels.map(c -> c.isMissing(row)).orElse(false)) {
                continue;
            }
            rows.add(new double[] {x.get(row), y.get(row)});
            labelAt.ifPresent(c -> rowLabels.add(c.apply(row)));
        }
        if (rows.isEmpty()) {
            throw new GmException(on.span(), "no complete rows to draw");
        }
        double[][] matrix = rows.toArray(new double[0][]);
        LabelledPoints points = labels.isPresent() ? LabelledPoints.of(matrix, rowLabels.toArray(new String[0])) : LabelledPoints.of(matrix);
        AxisRange xRange = options.xRange().orElse(AxisRange.spanning(points.column(0)).padded(0.05));
        AxisRange yRange = options.yRange().orElse(AxisRange.spanning(points.column(1)).padded(0.05));
        ClassGrid grid = ClassGrid.evaluate(p -> classifier.predict(p).predictedIndex(), xRange, yRange, GRID_CELLS, GRID_CELLS);
        return new DecisionRegions(grid, points, classifier.classes(), classifier.features().get(0), classifier.features().get(1), options);
    }

    private static NumericColumn feature(DatasetValue data, String name, Span span) {
        Column column = data.data().column(name).orElseThrow(() -> Evaluator.unknownColumn(span, name, data.data()));
        if (!(column instanceof NumericColumn numeric)) {
            throw new GmException(span, "feature '" + name + "' is not numeric");
        }
        return numeric;
    }

    /** plot pdf: 1-d densities overlaid as curves, or the contours of one 2-d density. */
    private Figure densities(Statement.Plot plot, gm.plot.PlotOptions options) {
        List<String> names = new ArrayList<>();
        List<Distributions.Model> models = new ArrayList<>();
        List<AxisRange> ranges = new ArrayList<>();
        for (Expression subject : plot.subjects()) {
            Value value = evaluator.evaluate(subject);
            if (value instanceof NormalPosteriorValue posterior) {
                value = new GaussianValue(posterior.posterior().posterior());
            }
            Distributions.Model model = Distributions.model(value, subject.span(), "plot pdf");
            names.add(evaluator.sourceText(subject.span()));
            models.add(model);
            ranges.add(typicalRange(value, subject.span()));
        }
        int dimension = models.get(0).names().size();
        if (dimension == 2 && models.size() == 1) {
            Gaussian g = ((GaussianValue) evaluator.evaluate(plot.subjects().get(0))).gaussian();
            AxisRange x = options.xRange().orElse(spread(g.mean()[0], g.cov()[0][0], 3.5));
            AxisRange y = options.yRange().orElse(spread(g.mean()[1], g.cov()[1][1], 3.5));
            DensityGrid grid = DensityGrid.evaluate(p -> Math.exp(g.logpdf(p)), x, y, 120, 120);
            return new DensityContours(grid, null, null, g.names().get(0), g.names().get(1), options);
        }
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).names().size() != 1) {
                throw new GmException(plot.subjects().get(i).span(), "plot pdf overlays 1-d densities, or draws one 2-d Gaussian"
                        + " as contours; this one has " + models.get(i).names().size() + " variables",
                        "take a marginal, e.g. marginal(g, [height])");
            }
        }
        AxisRange x = options.xRange().orElse(union(ranges));
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Distributions.Model model = models.get(i);
            curves.add(Curve.sample(names.get(i), t -> Math.exp(model.logpdf().applyAsDouble(new double[] {t})), x, Curve.DEFAULT_POINTS));
        }
        return new PdfCurves(curves, models.get(0).names().get(0), options);
    }

    /** Where a 1-d density has nearly all its mass: μ ± 4σ for a Gaussian, a wider span for a Student t. */
    private static AxisRange typicalRange(Value value, Span span) {
        if (value instanceof GaussianValue g) {
            return spread(g.gaussian().mean()[0], g.gaussian().cov()[0][0], 4);
        }
        if (value instanceof StudentTValue t) {
            return spread(t.distribution().location()[0], t.distribution().scale()[0][0], 6);
        }
        if (value instanceof Value.DistributionValue d && d.distribution() instanceof ScalarDistribution.Uniform u) {
            double margin = 0.25 * (u.high() - u.low());
            return new AxisRange(u.low() - margin, u.high() + margin);
        }
        throw new GmException(span, "plot pdf draws continuous densities (Gaussian, Student t, uniform), not "
                + value.kind() + " with a discrete distribution");
    }

    private static AxisRange spread(double centre, double variance, double sds) {
        double sd = Math.sqrt(variance);
        if (!(centre - sds * sd < centre + sds * sd)) {
            throw new PlotException("the density around " + Wording.number(centre) + " with standard deviation "
                    + Wording.number(sd) + " is narrower than double precision can show at that location",
                    "shift the variable first, e.g. subtract its mean");
        }
        return new AxisRange(centre - sds * sd, centre + sds * sd);
    }

    private static AxisRange union(List<AxisRange> ranges) {
        double min = ranges.stream().mapToDouble(AxisRange::min).min().orElseThrow();
        double max = ranges.stream().mapToDouble(AxisRange::max).max().orElseThrow();
        return new AxisRange(min, max);
    }
}
