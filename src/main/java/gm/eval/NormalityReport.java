package gm.eval;

import gm.data.Column;
import gm.data.NumericColumn;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.runtime.MardiaTest;
import gm.runtime.Normality;
import gm.runtime.TestResult;
import gm.runtime.UnivariateNormality;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code normality x}: for each column, skewness, excess kurtosis, the Jarque–Bera and Shapiro–Wilk tests and a verdict
 * in plain words; for several columns also Mardia's multivariate skewness and kurtosis tests (on the complete rows).
 */
final class NormalityReport {

    private static final double ALPHA = 0.05;

    private NormalityReport() {
    }

    static String report(Value value, Span span, String label, ValueFormatter format) {
        List<NumericColumn> columns = new ArrayList<>();
        if (value instanceof DatasetValue d) {
            for (Column column : d.data().columns()) {
                if (!(column instanceof NumericColumn numeric)) {
                    throw new GmException(span, "column '" + column.name() + "' is not numeric", "select numeric columns");
                }
                columns.add(numeric);
            }
        } else if (value instanceof ColumnValue c && c.column() instanceof NumericColumn numeric) {
            columns.add(numeric);
        } else {
            columns.add(NumericColumn.of(label, Coerce.vector(value, span, "the values to check")));
        }
        StringBuilder text = new StringBuilder();
        for (NumericColumn column : columns) {
            double[] values = java.util.Arrays.stream(column.values()).filter(v -> !Double.isNaN(v)).toArray();
            UnivariateNormality checks = RuntimeErrors.at(span, () -> Normality.univariate(values));
            text.append("normality of ").append(column.name()).append(" (n = ").append(checks.n()).append(")\n");
            TextTable table = new TextTable(List.of("  ", "statistic", "p-value"), true);
            table.row(List.of("  skewness", format.number(checks.skewness()), ""));
            table.row(List.of("  excess kurtosis", format.number(checks.excessKurtosis()), ""));
            table.row(test(checks.jarqueBera(), format));
            table.row(test(checks.shapiroWilk(), format));
            text.append(table.render());
            text.append("  verdict: ").append(checks.verdict(ALPHA)).append('\n');
        }
        if (columns.size() > 1) {
            text.append(mardia(columns, span, format));
        }
        return text.toString();
    }

    private static List<String> test(TestResult result, ValueFormatter format) {
        return List.of("  " + result.name(), format.number(result.statistic()), format.number(result.pValue()));
    }

    private static String mardia(List<NumericColumn> columns, Span span, ValueFormatter format) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < columns.get(0).size(); i++) {
            int row = i;
            if (columns.stream().noneMatch(c -> c.isMissing(row))) {
                rows.add(columns.stream().mapToDouble(c -> c.get(row)).toArray());
            }
        }
        List<String> names = columns.stream().map(Column::name).toList();
        MardiaTest mardia = RuntimeErrors.at(span, () -> Normality.mardia(rows.toArray(new double[0][]), names));
        StringBuilder text = new StringBuilder("Mardia's multivariate tests of (" + String.join(", ", names) + ") (n = "
                + mardia.n() + " complete rows)\n");
        TextTable table = new TextTable(List.of("  ", "value", "normal", "statistic", "p-value"), true);
        table.row(List.of("  skewness b1p", format.number(mardia.skewness()), "0",
                format.number(mardia.skewnessTest().statistic()), format.number(mardia.skewnessTest().pValue())));
        table.row(List.of("  kurtosis b2p", format.number(mardia.kurtosis()), format.number(mardia.normalKurtosis()),
                format.number(mardia.kurtosisTest().statistic()), format.number(mardia.kurtosisTest().pValue())));
        text.append(table.render());
        return text.append("  verdict: ").append(mardia.verdict(ALPHA)).append('\n').toString();
    }
}
