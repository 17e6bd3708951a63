package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.DataException;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.eval.Value.BooleanValue;
import gm.eval.Value.ColumnValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.GaussianGroupValue;
import gm.eval.Value.GaussianValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.StringValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Source;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.lang.ast.Expression;
import gm.runtime.Gaussian;
import gm.runtime.Interruption;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/** Evaluates expressions to values. */
final class Evaluator {

    private final Session session;
    private final Source source;
    private final PrintStream out;
    private final Functions functions;
    private final Classification classification;
    private final FileAccess files;

    Evaluator(Session session, Source source, PrintStream out) {
        this.session = session;
        this.source = source;
        this.out = out;
        this.files = new FileAccess(source.folder(), session.sandbox());
        this.classification = new Classification(this, out);
        this.functions = new Functions(this, classification);
    }

    PrintStream out() {
        return out;
    }

    Source source() {
        return source;
    }

    FileAccess files() {
        return files;
    }

    /** The source text of a span, e.g. to label a curve with the expression that made it. */
    String sourceText(Span span) {
        return source.text().substring(span.start(), span.end());
    }

    Session session() {
        return session;
    }

    Functions functions() {
        return functions;
    }

    Value evaluate(Expression expression) {
        return evaluate(expression, Scope.of(session));
    }

    Value evaluate(Expression expression, Scope scope) {
        Interruption.check();
        if (expression instanceof Expression.NumberLiteral n) {
            return new NumberValue(n.value());
        } else if (expression instanceof Expression.StringLiteral s) {
            return new StringValue(s.value());
        } else if (expression instanceof Expression.BooleanLiteral b) {
            return new BooleanValue(b.value());
        } else if (expression instanceof Expression.VectorLiteral v) {
            return vectorLiteral(v, scope);
        } else if (expression instanceof Expression.Name name) {
            return scope.resolve(name);
        } else if (expression instanceof Expression.Member member) {
            return member(member, scope);
        } else if (expression instanceof Expression.Index index) {
            return index(index, scope);
        } else if (expression instanceof Expression.Transpose t) {
            return Arithmetic.transpose(evaluate(t.operand(), scope), t.span());
        } else if (expression instanceof Expression.Negate negate) {
            return Arithmetic.negate(evaluate(negate.operand(), scope), negate.span());
        } else if (expression instanceof Expression.Not not) {
            return Arithmetic.not(evaluate(not.operand(), scope), not.span());
        } else if (expression instanceof Expression.Binary binary) {
            return Arithmetic.binary(binary.operator(), evaluate(binary.left(), scope), evaluate(binary.right(), scope),
                    binary.span());
        } else if (expression instanceof Expression.Where where) {
            return where(where, scope);
        } else if (expression instanceof Expression.Call call) {
            return functions.call(call, scope);
        } else if (expression instanceof Expression.Load load) {
            return Loading.load(load, source, files, out);
        } else if (expression instanceof Expression.LoadModel load) {
            return SavedFiles.load(load, source, files);
        } else if (expression instanceof Expression.FitGaussian fit) {
            return Fitting.fit(fit, evaluate(fit.data(), scope), out);
        } else if (expression instanceof Expression.Classify classify) {
            return classification.classify(classify, scope);
        } else if (expression instanceof Expression.QdaParameters qda) {
            return classification.qdaParameters(qda, scope);
        } else if (expression instanceof Expression.NaiveBayesParameters nb) {
            return classification.naiveBayesParameters(nb, scope);
        } else if (expression instanceof Expression.PredictAt predict) {
            return classification.predictAt(predict, scope);
        } else if (expression instanceof Expression.PredictOn predict) {
            return classification.predictOn(predict, scope);
        } else if (expression instanceof Expression.Evaluate evaluate) {
            return classification.evaluate(evaluate, scope);
        } else if (expression instanceof Expression.Boundary boundary) {
            return classification.boundary(boundary, scope);
        } else if (expression instanceof Expression.PosteriorNiw posterior) {
            return Bayesian.posteriorNiw(posterior, this, scope);
        } else if (expression instanceof Expression.PosteriorNormal posterior) {
            return Bayesian.posteriorNormal(posterior, this, scope);
        } else if (expression instanceof Expression.NiwPrior prior) {
            return Bayesian.niwPrior(prior, this, scope);
        } else if (expression instanceof Expression.OnlineGaussian online) {
            return Online.start(online, evaluate(online.start(), scope), out);
        } else if (expression instanceof Expression.Explain explain) {
            return Explain.explain(explain, this, scope);
        }
        throw new IllegalStateException("unhandled expression " + expression);
    }

    private Value vectorLiteral(Expression.VectorLiteral literal, Scope scope) {
        List<Value> elements = new ArrayList<>();
        for (Expression element : literal.elements()) {
            elements.add(evaluate(element, scope));
        }
        if (elements.isEmpty()) {
            return new VectorValue(new double[0]);
        }
        if (elements.stream().allMatch(e -> e instanceof NumberValue)) {
            return new VectorValue(elements.stream().mapToDouble(e -> ((NumberValue) e).value()).toArray());
        }
        if (elements.stream().allMatch(e -> e instanceof StringValue)) {
            return new TextVectorValue(elements.stream().map(e -> ((StringValue) e).value()).toList());
        }
        if (elements.stream().allMatch(e -> e instanceof VectorValue)) {
            double[][] rows = new double[elements.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = ((VectorValue) elements.get(i)).values();
                if (rows[i].length == 0) {
                    throw new GmException(literal.elements().get(i).span(), "matrix row " + (i + 1) + " is empty",
                            "every row of a matrix needs at least one number; [] alone is an empty vector");
                }
                if (rows[i].length != rows[0].length) {
                    throw new GmException(literal.elements().get(i).span(), "matrix row " + (i + 1) + " has "
                            + count(rows[i].length, "element") + ", row 1 has " + rows[0].length, "every row needs the same length");
                }
            }
            return new MatrixValue(rows);
        }
        for (int i = 0; i < elements.size(); i++) {
            Value element = elements.get(i);
            if (!(element instanceof NumberValue || element instanceof StringValue || element instanceof VectorValue)) {
                throw new GmException(literal.elements().get(i).span(),
                        "a [...] literal holds numbers, strings or rows of numbers, not " + element.kind());
            }
        }
        throw new GmException(literal.span(), "a [...] literal cannot mix numbers, strings and rows",
                "write all numbers, all strings, or all rows of the same length");
    }

    private Value member(Expression.Member member, Scope scope) {
        Value target = evaluate(member.target(), scope);
        String name = member.member().text();
        Span span = member.member().span();
        if (target instanceof DatasetValue d) {
            if (!d.names().contains(name)) {
                throw unknownColumn(span, name, d.names());
            }
            Dataset data = d.file().isPresent() ? d.file().get().materialize(List.of(name)) : d.data();
            return new ColumnValue(data.column(name).orElseThrow());
        }
        if (target instanceof GaussianValue g) {
            return GaussianProperties.get(g.gaussian(), name, span);
        }
        if (target instanceof Value.ClassifierValue || target instanceof Value.PredictionValue
                || target instanceof Value.EvaluationValue) {
            return ClassifierProperties.get(target, name, span);
        }
        if (ModelProperties.handles(target)) {
            return ModelProperties.get(target, name, span);
        }
        if (target instanceof GaussianGroupValue group) {
            if (name.equals("levels")) {
                return new TextVectorValue(group.levels());
            }
            throw new GmException(span, "a group of Gaussians has no property '" + name + "'",
                    "pick one group by its level, e.g. gs[" + group.levels().get(0) + "]; or ask for its levels");
        }
        throw new GmException(span, target.kind() + " has no property '" + name + "'");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static GmException unknownColumn(Span span, String name, Dataset data) {
        return unknownColumn(span, name, data.names());
    }

    static GmException unknownColumn(Span span, String name, List<String> columns) {
        return new GmException(span, "unknown column '" + name + "'", Suggestions.hint(name, columns, "columns"));
    }

    private Value index(Expression.Index index, Scope scope) {
        Value target = evaluate(index.target(), scope);
        if (target instanceof DatasetValue d) {
            return selectColumns(d, index, scope);
        }
        if (target instanceof GaussianGroupValue group) {
            return groupMember(group, index, scope);
        }
        List<Integer> positions = new ArrayList<>();
        for (Expression position : index.indices()) {
            positions.add(Coerce.wholeNumber(evaluate(position, scope), position.span(), "an index"));
        }
        if (target instanceof MatrixValue m) {
            double[][] rows = m.rows();
            int i = checkedIndex(positions.get(0), rows.length, index.indices().get(0).span(), "row");
            if (positions.size() == 1) {
                return new VectorValue(rows[i]);
            }
            requireIndexCount(index, 2);
            int j = checkedIndex(positions.get(1), m.columnCount(), index.indices().get(1).span(), "column");
            return new NumberValue(rows[i][j]);
        }
        requireIndexCount(index, 1);
        Span span = index.indices().get(0).span();
        Optional<List<String>> texts = Coerce.texts(target);
        if (texts.isPresent()) {
            String text = texts.get().get(checkedIndex(positions.get(0), texts.get().size(), span, "element"));
            return text == null ? new NumberValue(Double.NaN) : new StringValue(text);
        }
        Optional<double[]> numbers = Coerce.numbers(target);
        if (numbers.isPresent() && !(target instanceof NumberValue)) {
            return new NumberValue(numbers.get()[checkedIndex(positions.get(0), numbers.get().length, span, "element")]);
        }
        throw new GmException(index.target().span(), "cannot index " + target.kind());
    }

    private void requireIndexCount(Expression.Index index, int count) {
        if (index.indices().size() != count) {
            throw new GmException(index.span(), "expected " + count + (count == 1 ? " index" : " indices") + ", got "
                    + index.indices().size());
        }
    }

    private static int checkedIndex(int position, int size, Span span, String what) {
        if (position < 1 || position > size) {
            throw new GmException(span, what + " index " + position + " is out of range: valid indices are 1 to " + size,
                    position == 0 ? "indexing starts at 1, as in R and the textbook" : null);
        }
        return position - 1;
    }

    /** {@code ds[a, b]} selects columns by name (bare names or strings), in the order given. */
    private Value selectColumns(DatasetValue d, Expression.Index index, Scope scope) {
        Set<String> names = new LinkedHashSet<>();
        for (Expression column : index.indices()) {
            String name;
            if (column instanceof Expression.Name n) {
                name = n.name();
            } else if (evaluate(column, scope) instanceof StringValue s) {
                name = s.value();
            } else {
                throw new GmException(column.span(), "select columns by name, e.g. ds[height, weight]");
            }
            if (!d.names().contains(name)) {
                throw unknownColumn(column.span(), name, d.names());
            }
            if (!names.add(name)) {
                throw new GmException(column.span(), "column '" + name + "' is selected twice");
            }
        }
        if (d.file().isPresent()) {
            return d.withColumns(List.copyOf(names));
        }
        try {
            return new DatasetValue(d.data().select(List.copyOf(names)), d.source());
        } catch (DataException e) {
            throw new GmException(index.span(), e.getMessage(), e.hint());
        }
    }

    private Value groupMember(GaussianGroupValue group, Expression.Index index, Scope scope) {
        requireIndexCount(index, 1);
        Expression key = index.indices().get(0);
        Value value = evaluate(key, scope);
        String level = value instanceof NumberValue n ? NumericLevels.name(n.value())
                : value instanceof StringValue s ? s.value() : null;
        int position = level == null ? -1 : group.levels().indexOf(level);
        if (position < 0) {
            throw new GmException(key.span(), "no group " + (level == null ? value.kind() : "'" + level + "'")
                    + " in the Gaussians by " + group.groupColumn(), "groups: " + String.join(", ", group.levels()));
        }
        Gaussian gaussian = group.gaussians().get(position);
        return new GaussianValue(gaussian);
    }

    private Value where(Expression.Where where, Scope scope) {
        DatasetValue d = Coerce.dataset(evaluate(where.data(), scope), where.data().span(), "the left of 'where'");
        Value condition = evaluate(where.condition(), scope.withColumns(d.source()));
        boolean[] keep = Arithmetic.booleans(condition, where.condition().span());
        int rows = d.data().rowCount();
        if (keep.length == 1 && rows != 1) {
            boolean all = keep[0];
            keep = new boolean[rows];
            java.util.Arrays.fill(keep, all);
        }
        if (keep.length != rows) {
            throw new GmException(where.condition().span(), "the condition gives " + keep.length
                    + " values but the dataset has " + rows + " rows");
        }
        return new DatasetValue(d.data().filter(keep), d.source().filter(keep));
    }

    /** A column's name from a dataset or, failing that, from the dataset it was selected from (a file's columns). */
    static String groupColumnName(DatasetValue d, String name, Span span) {
        List<String> all = d.file().map(f -> f.names()).orElseGet(() -> d.source().names());
        if (!d.names().contains(name) && !all.contains(name)) {
            throw unknownColumn(span, name, all);
        }
        return name;
    }

    /** A column by name from a dataset or, failing that, from the dataset it was selected from. */
    static Column groupColumn(DatasetValue d, String name, Span span) {
        return d.data().column(name).or(() -> d.source().column(name))
                .orElseThrow(() -> unknownColumn(span, name, d.source()));
    }

    /**
     * The group level of each row, as {@link #levelsOf} writes it. For row after row: a numeric column's values are
     * formatted once each, not once per row.
     */
    static IntFunction<String> levelsAt(Column column) {
        if (column instanceof CategoricalColumn c) {
            return c::get;
        }
        NumericColumn numeric = (NumericColumn) column;
        NumericLevels levels = new NumericLevels();
        return row -> levels.of(numeric.get(row));
    }

    static List<String> levelsOf(Column column) {
        if (column instanceof CategoricalColumn c) {
            return c.levels();
        }
        NumericColumn numeric = (NumericColumn) column;
        return java.util.Arrays.stream(numeric.values()).filter(v -> !Double.isNaN(v)).sorted().distinct()
                .mapToObj(NumericLevels::name).toList();
    }
}
