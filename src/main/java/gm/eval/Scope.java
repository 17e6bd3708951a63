package gm.eval;

import gm.data.Column;
import gm.data.Dataset;
import gm.eval.Value.ColumnValue;
import gm.lang.GmException;
import gm.lang.Suggestions;
import gm.lang.ast.Expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where names are looked up: the session's variables, and inside {@code where} first the columns of the dataset being
 * filtered (so {@code hw where gender == 1} reads the column, as R's subset does).
 */
final class Scope {

    private final Session session;
    private final Optional<Dataset> columns;

    private Scope(Session session, Optional<Dataset> columns) {
        this.session = session;
        this.columns = columns;
    }

    static Scope of(Session session) {
        return new Scope(session, Optional.empty());
    }

    Scope withColumns(Dataset data) {
        return new Scope(session, Optional.of(data));
    }

    Value resolve(Expression.Name name) {
        if (columns.isPresent()) {
            Optional<Column> column = columns.get().column(name.name());
            if (column.isPresent()) {
                return new ColumnValue(column.get());
            }
        }
        return session.get(name.name()).orElseThrow(() -> unknown(name));
    }

    private GmException unknown(Expression.Name name) {
        List<String> candidates = new ArrayList<>(session.variables().keySet());
        columns.ifPresent(data -> candidates.addAll(data.names()));
        String what = columns.isPresent() ? "unknown column or variable '" : "unknown variable '";
        String hint = Suggestions.closest(name.name(), candidates).map(s -> "did you mean '" + s + "'?")
                .orElse(columns.map(data -> "columns: " + String.join(", ", data.names())).orElse(null));
        return new GmException(name.span(), what + name.name() + "'", hint);
    }
}
