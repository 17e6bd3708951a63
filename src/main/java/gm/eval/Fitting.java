package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.NumericColumn;
import gm.data.TableFile;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.GaussianGroupValue;
import gm.eval.Value.GaussianValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.Gaussian;
import gm.runtime.GaussianException;
import gm.runtime.GaussianFit;
import gm.runtime.Moments;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code fit gaussian data [estimator mle|unbiased] [covariance full|diagonal|spherical] [by column]}.
 * Rows with a missing value are dropped (and counted); each column's values enter the moments as exact decimal
 * differences from the column's first value, so the co-moments are exact against the file's text.
 */
final class Fitting {

    private Fitting() {
    }

    static Value fit(Expression.FitGaussian fit, Value dataValue, PrintStream out) {
        DatasetValue d = Coerce.dataset(dataValue, fit.data().span(), "the data of 'fit gaussian'");
        Estimator estimator = fit.estimator().map(w -> Estimator.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(Estimator.MLE);
        CovarianceStructure structure = fit.covariance()
                .map(w -> CovarianceStructure.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(CovarianceStructure.FULL);
        if (d.file().isPresent()) {
            return fitStreamed(fit, d, d.file().get(), estimator, structure, out);
        }
        Optional<Column> groups = fit.by().map(w -> Evaluator.groupColumn(d, w.text(), w.span()));

        List<NumericColumn> features = new ArrayList<>();
        for (Column column : d.data().columns()) {
            if (groups.isPresent() && column.name().equals(groups.get().name())) {
                continue;
            }
            if (column instanceof CategoricalColumn) {
                throw new GmException(fit.data().span(), "column '" + column.name() + "' is categorical; a Gaussian needs numeric columns",
                        "select the numeric columns, e.g. ds[" + String.join(", ", numericNames(d)) + "]");
            }
            features.add((NumericColumn) column);
        }
        if (features.isEmpty()) {
            throw new GmException(fit.data().span(), "no numeric columns to fit");
        }
        List<String> names = features.stream().map(Column::name).toList();
        double[] origin = features.stream().mapToDouble(NumericColumn::origin).toArray();

        Map<String, Moments> moments = new LinkedHashMap<>();
        if (groups.isPresent()) {
            for (String level : Evaluator.levelsOf(groups.get())) {
                moments.put(level, new Moments(features.size()));
            }
        } else {
            moments.put("", new Moments(features.size()));
        }
        int rows = d.data().rowCount();
        int dropped = 0;
        double[] row = new double[features.size()];
        IntFunction<String> levelAt = groups.map(Evaluator::levelsAt).orElse(i -> "");
        for (int i = 0; i < rows; i++) {
            if (!complete(features, groups, i)) {
                dropped++;
                continue;
            }
            for (int j = 0; j < row.length; j++) {
                row[j] = features.get(j).delta(i);
                if (Double.isInfinite(row[j])) {
                    throw infiniteValue(fit.data().span(), i, features.get(j).name(), features.get(j).get(i));
                }
            }
            moments.get(levelAt.apply(i)).add(row);
        }
        return fitted(fit, moments, rows, dropped, origin, estimator, structure, names,
                groups.map(Column::name).orElse(null), out);
    }

    /** A row (counted from 0) whose value is infinite, or whose difference from its column's origin overflows. */
    static GmException infiniteValue(Span span, long row, String column, double value) {
        return new GmException(span, "row " + (row + 1) + " has the infinite value " + new NumberFormatter(17).format(value)
                + " in column '" + column + "'",
                "a Gaussian needs finite values; leave such rows out, e.g. with: where abs(" + column + ") < 1e308");
    }

    /** {@code fit gaussian} on a file read as it streams by: the same moments, without holding the rows. */
    private static Value fitStreamed(Expression.FitGaussian fit, DatasetValue d, TableFile file, Estimator estimator,
                                     CovarianceStructure structure, PrintStream out) {
        String group = fit.by().map(w -> Evaluator.groupColumnName(d, w.text(), w.span())).orElse(null);
        List<String> names = new ArrayList<>();
        for (String column : d.names()) {
            if (column.equals(group)) {
                continue;
            }
            if (!file.isNumeric(column)) {
                throw new GmException(fit.data().span(), "column '" + column + "' is categorical; a Gaussian needs numeric columns",
                        "select the numeric columns, e.g. ds[" + String.join(", ",
                                d.names().stream().filter(file::isNumeric).toList()) + "]");
            }
            names.add(column);
        }
        if (names.isEmpty()) {
            throw new GmException(fit.data().span(), "no numeric columns to fit");
        }
        double[] origin = names.stream().mapToDouble(file::origin).toArray();
        StreamedStatistics.GroupedMoments grouped;
        try {
            grouped = RuntimeErrors.at(fit.data().span(),
                    () -> StreamedStatistics.groupedMoments(file, names, group, "fit gaussian", d.loadMoments()));
        } catch (StreamedStatistics.InfiniteValue e) {
            throw infiniteValue(fit.data().span(), e.row, e.column, e.value);
        }
        Map<String, Moments> moments = new LinkedHashMap<>(grouped.byLevel());
        if (moments.isEmpty() && group == null) {
            moments.put("", new Moments(names.size()));
        }
        return fitted(fit, moments, grouped.rows(), grouped.dropped(), origin, estimator, structure, names, group, out);
    }

    private static Value fitted(Expression.FitGaussian fit, Map<String, Moments> moments, long rows, long dropped,
                                double[] origin, Estimator estimator, CovarianceStructure structure, List<String> names,
                                String group, PrintStream out) {
        if (dropped > 0) {
            out.println("fit gaussian: dropped " + dropped + " of " + rows + " rows with a missing value in ("
                    + String.join(", ", names) + (group != null ? ", " + group : "") + ")");
        }
        if (rows == 0) {
            throw new GmException(fit.data().span(), "no rows to fit: the dataset is empty");
        }
        if (dropped == rows) {
            throw new GmException(fit.data().span(), "no complete rows to fit: every row has a missing value");
        }
        if (group == null) {
            return new GaussianValue(fitOne(moments.get(""), origin, estimator, structure, names, fit.span(), ""));
        }
        List<String> levels = new ArrayList<>();
        List<Gaussian> gaussians = new ArrayList<>();
        for (Map.Entry<String, Moments> level : moments.entrySet()) {
            if (level.getValue().count() == 0) {
                continue;
            }
            levels.add(level.getKey());
            gaussians.add(fitOne(level.getValue(), origin, estimator, structure, names, fit.span(),
                    "group " + group + " = " + level.getKey() + ": "));
        }
        return new GaussianGroupValue(group, levels, gaussians);
    }

    private static Gaussian fitOne(Moments moments, double[] origin, Estimator estimator, CovarianceStructure structure,
                                   List<String> names, Span span, String group) {
        try {
            return GaussianFit.fit(moments, origin, estimator, structure, names);
        } catch (GaussianException e) {
            throw new GmException(span, group + e.getMessage(), e.hint());
        }
    }

    private static boolean complete(List<NumericColumn> features, Optional<Column> groups, int row) {
        if (groups.isPresent() && groups.get().isMissing(row)) {
            return false;
        }
        for (NumericColumn feature : features) {
            if (feature.isMissing(row)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> numericNames(DatasetValue d) {
        return d.data().columns().stream().filter(c -> c instanceof NumericColumn).map(Column::name).toList();
    }
}
