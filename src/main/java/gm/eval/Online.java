package gm.eval;

import gm.data.Progress;
import gm.data.TableFile;
import gm.eval.Value.NumberValue;
import gm.eval.Value.OnlineGaussianValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.lang.ast.Statement;
import gm.runtime.OnlineGaussian;

import java.io.PrintStream;
import java.util.List;


/** {@code online gaussian d}, {@code online gaussian DATA} and {@code update s with ROW|DATA}: a Gaussian estimate kept current row by row. */
final class Online {

    private Online() {
    }

    static Value start(Expression.OnlineGaussian expression, Value start, PrintStream out) {
        Span span = expression.start().span();
        if (start instanceof NumberValue) {
            int d = Coerce.wholeNumber(start, span, "the dimension");
            if (d < 1) {
                throw new GmException(span, "an online Gaussian needs at least one variable, got " + d);
            }
            return new OnlineGaussianValue(new OnlineGaussian(NumericData.defaultNames(d)));
        }
        if (start instanceof Value.DatasetValue d && d.file().isPresent()) {
            for (String column : d.names()) {
                if (!d.file().get().isNumeric(column)) {
                    throw new GmException(span, "column '" + column + "' is categorical; online gaussian needs numeric columns",
                            "select the numeric columns, e.g. ds[" + String.join(", ",
                                    d.names().stream().filter(d.file().get()::isNumeric).toList()) + "]");
                }
            }
            OnlineGaussian state = new OnlineGaussian(d.names());
            stream(d.file().get(), d.names(), state, expression.span(), out, "online gaussian");
            return new OnlineGaussianValue(state);
        }
        NumericData data = NumericData.of(start, span, "online gaussian").reportDropped(out, "online gaussian");
        OnlineGaussian state = new OnlineGaussian(data.names());
        for (double[] row : data.rows()) {
            RuntimeErrors.at(expression.span(), () -> {
                state.update(row);
                return null;
            });
        }
        return new OnlineGaussianValue(state);
    }

    /** Folds the rows into a copy of the state and binds the name to it, so other names for the old value keep it. */
    static void update(Statement.Update statement, Session session, Value data, PrintStream out) {
        String name = statement.target().text();
        Value current = session.get(name).orElseThrow(() -> new GmException(statement.target().span(),
                "unknown variable '" + name + "'", "create it first: " + name + " = online gaussian 2"));
        if (!(current instanceof OnlineGaussianValue online)) {
            throw new GmException(statement.target().span(), "update needs an online Gaussian, but '" + name + "' is "
                    + current.kind(), "create one with " + name + " = online gaussian 2");
        }
        OnlineGaussian state = online.state();
        Span span = statement.data().span();
        if (data instanceof Value.DatasetValue d && d.file().isPresent()) {
            OnlineGaussian next = state.copy();
            stream(d.file().get(), streamedVariables(d, state.names(), span), next, span, out, "update");
            session.set(name, new OnlineGaussianValue(next));
            return;
        }
        double[][] rows;
        if (data instanceof VectorValue && state.dim() > 1 || data instanceof NumberValue) {
            double[] row = Coerce.vector(data, span, "the row");
            if (row.length != state.dim()) {
                throw new GmException(span, "the row has " + Evaluator.count(row.length, "value") + " but '" + name
                        + "' has " + state.dim() + " variables (" + String.join(", ", state.names()) + ")");
            }
            rows = new double[][] {row};
        } else {
            rows = NumericData.forVariables(data, state.names(), span, "the data").reportDropped(out, "update").rows();
        }
        OnlineGaussian next = state.copy();
        for (double[] row : rows) {
            RuntimeErrors.at(span, () -> {
                next.update(row);
                return null;
            });
        }
        session.set(name, new OnlineGaussianValue(next));
    }

    /**
     * The columns of a file for the model's variables: those of the same names or, when some are absent and the data
     * has exactly as many numeric columns as the model has variables, its numeric columns in order (as
     * {@link NumericData#forVariables}).
     */
    private static List<String> streamedVariables(Value.DatasetValue d, List<String> variables, Span span) {
        TableFile file = d.file().orElseThrow();
        List<String> columns = variables.stream().filter(d.names()::contains).toList();
        if (columns.size() < variables.size()) {
            List<String> numeric = d.names().stream().filter(file::isNumeric).toList();
            if (numeric.size() != variables.size()) {
                String absent = variables.stream().filter(v -> !d.names().contains(v)).findFirst().orElseThrow();
                throw new GmException(span, "the data has no column '" + absent + "' for the variable of the model",
                        "the model's variables are (" + String.join(", ", variables) + "); the data's numeric columns are ("
                                + String.join(", ", numeric) + ")");
            }
            columns = numeric;
        }
        for (String column : columns) {
            if (!file.isNumeric(column)) {
                throw new GmException(span, "column '" + column + "' is not numeric");
            }
        }
        return columns;
    }

    /** Folds the file's complete rows into the state in file order, as origin + exact delta (NumericData's rows). */
    private static void stream(TableFile file, List<String> columns, OnlineGaussian state, Span span, PrintStream out,
                               String what) {
        int d = columns.size();
        double[] origin = columns.stream().mapToDouble(file::origin).toArray();
        double[] row = new double[d];
        long[] dropped = new long[1];
        RuntimeErrors.at(span, () -> {
            file.forEach(columns, r -> {
                for (int k = 0; k < d; k++) {
                    if (r.isMissing(k)) {
                        dropped[0]++;
                        return;
                    }
                    row[k] = origin[k] + r.delta(k);
                }
                RuntimeErrors.at(span, () -> {
                    state.update(row);
                    return null;
                });
            }, Progress.onTerminal(what));
            return null;
        });
        if (dropped[0] > 0) {
            out.println(what + ": dropped " + dropped[0] + " of " + file.rowCount() + " rows with a missing value in ("
                    + String.join(", ", columns) + ")");
        }
    }
}
