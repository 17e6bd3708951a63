package gm.eval;

import gm.eval.Value.NumberValue;
import gm.eval.Value.OnlineGaussianValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.lang.ast.Statement;
import gm.runtime.OnlineGaussian;

import java.io.PrintStream;

import static gm.eval.Distributions.runtime;

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
        NumericData data = NumericData.of(start, span, "online gaussian").reportDropped(out, "online gaussian");
        OnlineGaussian state = new OnlineGaussian(data.names());
        for (double[] row : data.rows()) {
            runtime(expression.span(), () -> {
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
            runtime(span, () -> {
                next.update(row);
                return null;
            });
        }
        session.set(name, new OnlineGaussianValue(next));
    }
}
