package gm.eval;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ls}: the session's variables, one per row, with what each holds and how big it is. */
final class Variables {

    private Variables() {
    }

    static String list(Session session) {
        if (session.variables().isEmpty()) {
            return "no variables yet\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("name", "type", "size"));
        for (Map.Entry<String, Value> variable : session.variables().entrySet()) {
            Value value = variable.getValue();
            rows.add(List.of(variable.getKey(), value.kind().replaceFirst("^(a|an) ", ""), size(value)));
        }
        int[] widths = new int[2];
        for (List<String> row : rows) {
            widths[0] = Math.max(widths[0], row.get(0).length());
            widths[1] = Math.max(widths[1], row.get(1).length());
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(row.get(0)).append(" ".repeat(widths[0] - row.get(0).length() + 2))
                    .append(row.get(1)).append(" ".repeat(widths[1] - row.get(1).length() + 2))
                    .append(row.get(2)).append('\n');
        }
        return text.toString();
    }

    /** How big a value is, in the words of its kind: "210 × 3", "2 variables", "3 classes, 2 features". */
    static String size(Value value) {
        if (value instanceof Value.VectorValue v) {
            return String.valueOf(v.length());
        } else if (value instanceof Value.TextVectorValue t) {
            return String.valueOf(t.values().size());
        } else if (value instanceof Value.LogicalVectorValue l) {
            return String.valueOf(l.values().length);
        } else if (value instanceof Value.MatrixValue m) {
            return m.rowCount() + " × " + m.columnCount();
        } else if (value instanceof Value.StringValue s) {
            return Evaluator.count(s.value().length(), "character");
        } else if (value instanceof Value.ColumnValue c) {
            return Evaluator.count(c.column().size(), "row");
        } else if (value instanceof Value.DatasetValue d) {
            return d.rowCount() + " × " + d.names().size();
        } else if (value instanceof Value.GaussianValue g) {
            return Evaluator.count(g.gaussian().dim(), "variable");
        } else if (value instanceof Value.GaussianGroupValue group) {
            return group.gaussians().size() + " by " + group.groupColumn();
        } else if (value instanceof Value.ClassifierValue c) {
            return classes(c.classifier().classes().size()) + ", "
                    + Evaluator.count(c.classifier().features().size(), "feature");
        } else if (value instanceof Value.StudentTValue t) {
            return Evaluator.count(t.distribution().dim(), "variable");
        } else if (value instanceof Value.NiwPriorValue p) {
            return Evaluator.count(p.prior().dim(), "variable");
        } else if (value instanceof Value.NiwPosteriorValue p) {
            return Evaluator.count(p.posterior().dim(), "variable") + ", " + Evaluator.count((int) p.posterior().n(), "row");
        } else if (value instanceof Value.NormalPosteriorValue p) {
            return Evaluator.count(p.prior().dim(), "variable") + ", " + Evaluator.count((int) p.n(), "row");
        } else if (value instanceof Value.OnlineGaussianValue o) {
            return Evaluator.count(o.state().dim(), "variable") + ", " + Evaluator.count((int) o.state().count(), "row");
        } else if (value instanceof Value.PredictionValue p) {
            return classes(p.classes().size());
        } else if (value instanceof Value.EvaluationValue e) {
            return Evaluator.count((int) e.evaluation().rows(), "row");
        } else if (value instanceof Value.IntervalsValue i) {
            return Evaluator.count(i.names().size(), "variable");
        }
        return "1";
    }

    private static String classes(int n) {
        return n + (n == 1 ? " class" : " classes");
    }
}
