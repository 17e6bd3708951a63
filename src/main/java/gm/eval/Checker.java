package gm.eval;

import gm.data.DataException;
import gm.lang.Diagnostic;
import gm.lang.GmException;
import gm.lang.GmParsing;
import gm.lang.Source;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.lang.ast.Expression;
import gm.lang.ast.Statement;
import gm.lang.ast.Word;
import gm.runtime.GaussianException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code gm check FILE.gm}: finds the problems of a script without running it. It parses the script, then follows
 * its statements in order, knowing which variables exist and, where it can tell, which columns a dataset has: those
 * of {@code table(...)}, of {@code columns (...)}, or of the data file itself when it is readable. It reports unknown
 * variables, functions, columns, settings, help topics and missing scripts, every one found.
 */
public final class Checker {

    /**
     * What the checker knows of a variable: a dataset's columns and those of the dataset it was selected from, and
     * whether it is surely not a dataset (so that {@code v[k]} names no column).
     */
    private record Known(Optional<List<String>> columns, Optional<List<String>> sourceColumns, boolean notDataset) {
        /** Anything, a dataset of unknown columns included. */
        static final Known OTHER = new Known(Optional.empty(), Optional.empty(), false);
        static final Known NOT_DATASET = new Known(Optional.empty(), Optional.empty(), true);

        static Known dataset(List<String> columns) {
            return new Known(Optional.of(columns), Optional.of(columns), false);
        }
    }

    private final Map<String, Known> variables = new LinkedHashMap<>();
    private final Set<Path> savedFiles = new HashSet<>();
    private final Deque<Path> checkingScripts = new ArrayDeque<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<Diagnostic, Source> sources = new LinkedHashMap<>();
    private final Set<String> functions;
    private final Set<String> specialForms;
    private Source source;
    private Evaluator loader;

    private Checker() {
        Functions builtins = new Evaluator(new Session(), new Source("<check>", "", Path.of("")), silent()).functions();
        functions = builtins.names();
        specialForms = builtins.specialFormNames();
    }

    /** A problem and the source it is in (a script run by {@code run} is checked too). */
    public record Problem(Diagnostic diagnostic, Source source) {}

    public static List<Problem> check(Source source) {
        Checker checker = new Checker();
        checker.script(source);
        return checker.problems.stream().map(d -> new Problem(d, checker.sources.get(d))).toList();
    }

    private void script(Source script) {
        GmParsing.Result parsed = GmParsing.parse(script);
        if (!parsed.ok()) {
            parsed.errors().forEach(error -> report(error, script));
            return;
        }
        Source outer = source;
        Evaluator outerLoader = loader;
        source = script;
        loader = new Evaluator(new Session(), script, silent());
        try {
            for (Statement statement : parsed.program().statements()) {
                statement(statement);
            }
        } finally {
            source = outer;
            loader = outerLoader;
        }
    }

    private void report(Diagnostic diagnostic, Source in) {
        problems.add(diagnostic);
        sources.put(diagnostic, in);
    }

    private void problem(Span span, String message, String hint) {
        report(new Diagnostic(span, message, hint), source);
    }

    private void statement(Statement statement) {
        if (statement instanceof Statement.Assignment a) {
            variables.put(a.target().text(), expression(a.value(), Optional.empty()));
        } else if (statement instanceof Statement.Print p) {
            p.values().forEach(v -> expression(v, Optional.empty()));
            variables.put(Interpreter.ANSWER, Known.OTHER);
        } else if (statement instanceof Statement.ExpressionStatement e) {
            variables.put(Interpreter.ANSWER, expression(e.expression(), Optional.empty()));
        } else if (statement instanceof Statement.QuietExpression q) {
            variables.put(Interpreter.ANSWER, expression(q.expression(), Optional.empty()));
        } else if (statement instanceof Statement.Describe d) {
            expression(d.data(), Optional.empty());
        } else if (statement instanceof Statement.SetOption s) {
            if (!s.option().text().equals("digits")) {
                problem(s.option().span(), "unknown setting '" + s.option().text() + "'", "settings: digits");
            }
            expression(s.value(), Optional.empty());
        } else if (statement instanceof Statement.Help h) {
            h.topic().ifPresent(this::helpTopic);
        } else if (statement instanceof Statement.Seed s) {
            expression(s.value(), Optional.empty());
        } else if (statement instanceof Statement.Update u) {
            name(u.target().span(), u.target().text(), Optional.empty());
            expression(u.data(), Optional.empty());
        } else if (statement instanceof Statement.CompareCovariance c) {
            expression(c.data(), Optional.empty());
        } else if (statement instanceof Statement.Expect e) {
            expression(e.condition(), Optional.empty());
        } else if (statement instanceof Statement.ExpectClose e) {
            expression(e.actual(), Optional.empty());
            expression(e.expected(), Optional.empty());
            e.tolerance().ifPresent(t -> expression(t, Optional.empty()));
        } else if (statement instanceof Statement.Save s) {
            expression(s.value(), Optional.empty());
            savedFiles.add(source.folder().resolve(s.path()).toAbsolutePath().normalize());
        } else if (statement instanceof Statement.Run r) {
            runScript(r);
        } else if (statement instanceof Statement.Normality n) {
            expression(n.data(), Optional.empty());
        } else if (statement instanceof Statement.Plot p) {
            plot(p);
        }
        // expect error S: S is meant to fail, so its problems are not reported; exit, ls: nothing to check.
    }

    private void plot(Statement.Plot plot) {
        Known data = Known.OTHER;
        for (Expression subject : plot.subjects()) {
            Known known = expression(subject, Optional.empty());
            data = data.sourceColumns().isPresent() ? data : known;
        }
        plot.on().ifPresent(on -> expression(on, Optional.empty()));
        Known plotted = data;
        plot.options().by().ifPresent(by -> plotted.sourceColumns().ifPresent(names -> column(by, names)));
        Stream.of(plot.options().bins(), plot.options().with(), plot.options().level(), plot.options().sigma(),
                plot.options().size(), plot.options().xlim(), plot.options().ylim())
                .flatMap(Optional::stream).forEach(option -> expression(option, Optional.empty()));
    }

    private void helpTopic(Word topic) {
        try {
            Help.topic(topic);
        } catch (GmException e) {
            report(e.diagnostic(), source);
        }
    }

    private void runScript(Statement.Run run) {
        Path path = source.folder().resolve(run.path()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            problem(run.pathSpan(), "no such script: " + run.path(), "relative paths start at " + source.folder());
            return;
        }
        if (checkingScripts.contains(path)) {
            problem(run.pathSpan(), "script " + run.path() + " runs itself", "a script cannot run itself, directly or through other scripts");
            return;
        }
        try {
            checkingScripts.push(path);
            script(new Source(run.path(), Files.readString(path, StandardCharsets.UTF_8), path.getParent()));
        } catch (IOException e) {
            problem(run.pathSpan(), "cannot read " + run.path() + ": " + e.getMessage(), null);
        } finally {
            checkingScripts.pop();
        }
    }

    /**
     * Checks an expression and returns what is known of its value.
     *
     * @param columns inside a {@code where} condition, the columns of the dataset being filtered (empty when unknown)
     */
    private Known expression(Expression expression, Optional<Optional<List<String>>> columns) {
        if (expression instanceof Expression.Name n) {
            return name(n.span(), n.name(), columns);
        } else if (expression instanceof Expression.Member m) {
            Known target = expression(m.target(), columns);
            target.columns().ifPresent(names -> column(m.member(), names));
            return Known.NOT_DATASET; // a column or a property, never a dataset
        } else if (expression instanceof Expression.Index index) {
            return index(index, columns);
        } else if (expression instanceof Expression.Where where) {
            Known data = expression(where.data(), columns);
            expression(where.condition(), Optional.of(data.columns()));
            return data;
        } else if (expression instanceof Expression.Call call) {
            return call(call, columns);
        } else if (expression instanceof Expression.Load load) {
            return load(load);
        } else if (expression instanceof Expression.LoadModel load) {
            Path path = source.folder().resolve(load.path()).toAbsolutePath().normalize();
            if (!savedFiles.contains(path) && !Files.isRegularFile(path)) {
                problem(load.pathSpan(), "no such file: " + load.path(), "relative paths start at " + source.folder());
            }
            return Known.OTHER;
        } else if (expression instanceof Expression.FitGaussian fit) {
            Known data = expression(fit.data(), columns);
            fit.by().ifPresent(by -> data.sourceColumns().ifPresent(names -> column(by, names)));
            return Known.NOT_DATASET;
        } else if (expression instanceof Expression.Classify classify) {
            Known data = expression(classify.data(), columns);
            classify.options().by().ifPresent(by -> data.sourceColumns().ifPresent(names -> column(by, names)));
            classify.options().features().forEach(f -> data.columns().ifPresent(names -> column(f.feature(), names)));
            classify.options().prior().flatMap(Expression.Prior::probabilities).ifPresent(p -> expression(p, columns));
            classify.options().alpha().ifPresent(a -> expression(a, columns));
            return Known.NOT_DATASET;
        }
        for (Expression part : parts(expression)) {
            expression(part, columns);
        }
        boolean literalOrArithmetic = expression instanceof Expression.NumberLiteral
                || expression instanceof Expression.StringLiteral || expression instanceof Expression.VectorLiteral
                || expression instanceof Expression.Binary || expression instanceof Expression.Negate
                || expression instanceof Expression.Transpose || expression instanceof Expression.Not;
        return literalOrArithmetic ? Known.NOT_DATASET : Known.OTHER;
    }

    private Known name(Span span, String name, Optional<Optional<List<String>>> columns) {
        if (columns.isPresent()) {
            if (columns.get().isEmpty() || columns.get().get().contains(name)) {
                return Known.OTHER;
            }
        }
        Known known = variables.get(name);
        if (known != null) {
            return known;
        }
        List<String> candidates = new ArrayList<>(variables.keySet());
        columns.flatMap(c -> c).ifPresent(candidates::addAll);
        String what = columns.isPresent() ? "unknown column or variable '" : "unknown variable '";
        problem(span, what + name + "'", Suggestions.closest(name, candidates).map(s -> "did you mean '" + s + "'?").orElse(null));
        return Known.OTHER;
    }

    private void column(Word word, List<String> names) {
        if (!names.contains(word.text())) {
            problem(word.span(), "unknown column '" + word.text() + "'", Suggestions.hint(word.text(), names, "columns"));
        }
    }

    private Known index(Expression.Index index, Optional<Optional<List<String>>> columns) {
        Known target = expression(index.target(), columns);
        if (target.columns().isEmpty()) {
            // a bare name may be a column of a dataset whose columns are not known
            Optional<Optional<List<String>>> names = target.notDataset() ? columns : Optional.of(Optional.empty());
            index.indices().forEach(i -> expression(i, i instanceof Expression.Name ? names : columns));
            return Known.OTHER;
        }
        List<String> selected = new ArrayList<>();
        for (Expression column : index.indices()) {
            String name = column instanceof Expression.Name n ? n.name()
                    : column instanceof Expression.StringLiteral s ? s.value() : null;
            if (name == null) {
                expression(column, columns);
                return new Known(Optional.empty(), target.sourceColumns(), false);
            }
            column(new Word(column.span(), name), target.columns().get());
            selected.add(name);
        }
        return new Known(Optional.of(selected), target.sourceColumns(), false);
    }

    private Known call(Expression.Call call, Optional<Optional<List<String>>> columns) {
        String function = call.function().text();
        if (!functions.contains(function)) {
            problem(call.function().span(), "unknown function '" + function + "'",
                    Suggestions.closest(function, functions).map(s -> "did you mean '" + s + "'?").orElse("see 'help' for the functions"));
        }
        for (Expression.Argument argument : call.arguments()) {
            boolean bareWord = argument.value() instanceof Expression.Name
                    || argument.value() instanceof Expression.VectorLiteral v && v.elements().stream().allMatch(e -> e instanceof Expression.Name);
            if (!(specialForms.contains(function) && bareWord)) {
                expression(argument.value(), columns);
            }
        }
        if (function.equals("table")) {
            return Known.dataset(call.arguments().stream().flatMap(a -> a.name().stream()).map(Word::text).toList());
        }
        if (function.equals("complete") && call.arguments().size() == 1) {
            return expression(call.arguments().get(0).value(), columns);
        }
        return Known.OTHER;
    }

    /** The columns of a load: named by 'columns (...)', else read from the file, which must then exist. */
    private Known load(Expression.Load load) {
        Path path = source.folder().resolve(load.path()).toAbsolutePath().normalize();
        if (savedFiles.contains(path)) {
            return load.options().columns().map(words -> Known.dataset(words.stream().map(Word::text).toList()))
                    .orElse(Known.OTHER);
        }
        try {
            return Known.dataset(Loading.columnNames(load, source, loader.files()));
        } catch (GmException e) {
            report(e.diagnostic(), source);
        } catch (DataException | GaussianException e) {
            problem(load.pathSpan(), e.getMessage(), null);
        }
        return Known.OTHER;
    }

    /** The sub-expressions of the expressions not handled above, in source order. */
    private static List<Expression> parts(Expression expression) {
        List<Expression> parts = new ArrayList<>();
        if (expression instanceof Expression.VectorLiteral v) {
            parts.addAll(v.elements());
        } else if (expression instanceof Expression.Transpose t) {
            parts.add(t.operand());
        } else if (expression instanceof Expression.Negate n) {
            parts.add(n.operand());
        } else if (expression instanceof Expression.Not n) {
            parts.add(n.operand());
        } else if (expression instanceof Expression.Binary b) {
            parts.add(b.left());
            parts.add(b.right());
        } else if (expression instanceof Expression.QdaParameters q) {
            parts.add(q.means());
            parts.add(q.covs());
            q.prior().flatMap(Expression.Prior::probabilities).ifPresent(parts::add);
        } else if (expression instanceof Expression.NaiveBayesParameters nb) {
            nb.prior().flatMap(Expression.Prior::probabilities).ifPresent(parts::add);
            for (Expression.NaiveBayesFeature feature : nb.features()) {
                feature.probabilities().ifPresent(parts::add);
                feature.means().ifPresent(parts::add);
                feature.variances().ifPresent(parts::add);
            }
        } else if (expression instanceof Expression.PredictAt p) {
            parts.add(p.model());
            p.point().ifPresent(parts::add);
            p.partial().forEach(a -> parts.add(a.value()));
        } else if (expression instanceof Expression.PredictOn p) {
            parts.add(p.model());
            parts.add(p.data());
        } else if (expression instanceof Expression.Evaluate e) {
            parts.add(e.model());
            parts.add(e.data());
        } else if (expression instanceof Expression.Boundary b) {
            parts.add(b.model());
        } else if (expression instanceof Expression.PosteriorNiw p) {
            parts.add(p.data());
            p.prior().ifPresent(parts::add);
        } else if (expression instanceof Expression.PosteriorNormal p) {
            parts.add(p.data());
            parts.add(p.known());
            parts.add(p.prior());
        } else if (expression instanceof Expression.NiwPrior p) {
            parts.addAll(List.of(p.mean(), p.kappa(), p.nu(), p.scale()));
        } else if (expression instanceof Expression.OnlineGaussian o) {
            parts.add(o.start());
        } else if (expression instanceof Expression.Explain e) {
            parts.add(e.subject());
        }
        return parts;
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }
}
