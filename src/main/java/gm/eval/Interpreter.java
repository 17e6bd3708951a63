package gm.eval;

import gm.data.DataException;
import gm.io.FileWriteException;
import gm.lang.Diagnostic;
import gm.lang.DiagnosticRenderer;
import gm.lang.GmException;
import gm.lang.GmParsing;
import gm.lang.Source;
import gm.lang.ast.Statement;
import gm.runtime.GaussianException;
import gm.runtime.Interruption;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The one entry point for running gm text: the REPL, scripts, {@code -e} and the tests all call {@link #run(Source)}.
 * A program with syntax errors reports all of them and runs nothing; a runtime error stops it at that statement.
 */
public final class Interpreter {

    /** How a run ended, with the exit code a script run reports (sysexits: 65 bad input, 70 software error). */
    public enum Outcome {
        COMPLETED(0), EXIT_REQUESTED(0), SYNTAX_ERROR(65), RUNTIME_ERROR(70), EXPECTATION_FAILED(1);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** How printed values are written: as aligned text, or as one JSON object per line ({@code --format json}). */
    public enum OutputFormat {
        TEXT, JSON
    }

    /** Expectations checked by the runs so far: the ones that held and the ones that failed. */
    public record ExpectationCount(int passed, int failed) {}

    /** The variable that holds the last value printed (or computed by a bare expression ending in ';'). */
    static final String ANSWER = "ans";

    /** A script run by {@code run "file"} failed; its error has been reported. */
    private static final class ScriptFailed extends RuntimeException {
        ScriptFailed() {
            super(null, null, false, false);
        }
    }

    private final Session session;
    /** Where messages, tables and notes go; in JSON mode each line becomes a {"type": "text"} object. */
    private final PrintStream out;
    /** Where printed values go: the same stream as {@code out} for text. */
    private final PrintStream values;
    private final OutputFormat format;
    private final PrintStream err;
    private final boolean debug;
    private final Deque<Path> runningScripts = new ArrayDeque<>();
    private int expectationsPassed;
    private int expectationsFailed;

    public Interpreter(Session session, PrintStream out, PrintStream err, boolean debug) {
        this(session, out, err, debug, OutputFormat.TEXT);
    }

    public Interpreter(Session session, PrintStream out, PrintStream err, boolean debug, OutputFormat format) {
        this.session = session;
        this.values = out;
        this.out = format == OutputFormat.JSON ? new PrintStream(new JsonTextLines(out), true, StandardCharsets.UTF_8) : out;
        this.format = format;
        this.err = err;
        this.debug = debug;
    }

    /** The names of the built-in functions, for completion in the REPL. */
    public static SortedSet<String> functionNames() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new Evaluator(new Session(), new Source("<functions>", "", Path.of("")), nowhere).functions().names();
    }

    public ExpectationCount expectations() {
        return new ExpectationCount(expectationsPassed, expectationsFailed);
    }

    public Outcome run(Source source) {
        GmParsing.Result parsed = GmParsing.parse(source);
        if (!parsed.ok()) {
            for (Diagnostic error : parsed.errors()) {
                report(error, source);
            }
            return Outcome.SYNTAX_ERROR;
        }
        Evaluator evaluator = new Evaluator(session, source, out);
        int failedBefore = expectationsFailed;
        for (Statement statement : parsed.program().statements()) {
            try {
                if (!execute(statement, evaluator)) {
                    return Outcome.EXIT_REQUESTED;
                }
            } catch (ScriptFailed e) {
                return Outcome.RUNTIME_ERROR;
            } catch (GmException e) {
                report(e.diagnostic(), source);
                return Outcome.RUNTIME_ERROR;
            } catch (DataException | GaussianException e) {
                String hint = e instanceof DataException d ? d.hint() : ((GaussianException) e).hint();
                report(new Diagnostic(statement.span(), e.getMessage(), hint), source);
                return Outcome.RUNTIME_ERROR;
            } catch (FileWriteException e) {
                report(new Diagnostic(statement.span(), e.getMessage(), e.hint()), source);
                return Outcome.RUNTIME_ERROR;
            } catch (Interruption.Interrupted e) {
                report(new Diagnostic(statement.span(), "interrupted", "the variables keep the values they had before this statement"), source);
                return Outcome.RUNTIME_ERROR;
            } catch (StackOverflowError e) {
                report(new Diagnostic(statement.span(), "this statement is nested too deeply to evaluate",
                        "split it into smaller statements with variables"), source);
                return Outcome.RUNTIME_ERROR;
            } catch (OutOfMemoryError e) {
                report(new Diagnostic(statement.span(), "there is not enough memory for this statement",
                        "the variables keep their values; work with less data, or give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g"), source);
                return Outcome.RUNTIME_ERROR;
            } catch (RuntimeException e) {
                if (debug) {
                    e.printStackTrace(err);
                }
                report(new Diagnostic(statement.span(), "internal error: " + e, "please report this; run with --debug for details"), source);
                return Outcome.RUNTIME_ERROR;
            } finally {
                out.flush();
            }
        }
        return expectationsFailed > failedBefore ? Outcome.EXPECTATION_FAILED : Outcome.COMPLETED;
    }

    private void report(Diagnostic diagnostic, Source source) {
        out.flush();
        err.print(DiagnosticRenderer.render(diagnostic, source));
        err.flush();
    }

    /** Runs one statement; false when it asks to stop. */
    private boolean execute(Statement statement, Evaluator evaluator) {
        if (statement instanceof Statement.Assignment a) {
            session.set(a.target().text(), evaluator.evaluate(a.value()));
        } else if (statement instanceof Statement.Print p) {
            printAll(p, evaluator);
        } else if (statement instanceof Statement.ExpressionStatement e) {
            show(evaluator.evaluate(e.expression()));
        } else if (statement instanceof Statement.Describe d) {
            Value value = evaluator.evaluate(d.data());
            // a file whose bytes are held is described faster from its columns in memory than in three passes
            if (value instanceof Value.DatasetValue streamed && streamed.file().filter(f -> !f.isHeld()).isPresent()) {
                out.print(RuntimeErrors.at(d.data().span(),
                        () -> Describing.describe(streamed.file().get(), streamed.names(), formatter())));
            } else {
                gm.data.Dataset data = value instanceof Value.ColumnValue c
                        ? gm.data.Dataset.of(java.util.List.of(c.column()))
                        : Coerce.dataset(value, d.data().span(), "the argument of describe").data();
                out.print(Describing.describe(data, formatter()));
            }
        } else if (statement instanceof Statement.SetOption s) {
            setOption(s, evaluator);
        } else if (statement instanceof Statement.Seed s) {
            session.seed(Coerce.wholeNumber(evaluator.evaluate(s.value()), s.value().span(), "the seed"));
        } else if (statement instanceof Statement.Update u) {
            Online.update(u, session, evaluator.evaluate(u.data()), out);
        } else if (statement instanceof Statement.CompareCovariance c) {
            Distributions.compare(c, evaluator.evaluate(c.data()), out, formatter());
        } else if (statement instanceof Statement.Plot plot) {
            new Plotting(evaluator, out).plot(plot);
        } else if (statement instanceof Statement.Normality normality) {
            Value value = evaluator.evaluate(normality.data());
            out.print(NormalityReport.report(value, normality.data().span(), evaluator.sourceText(normality.data().span()), formatter()));
        } else if (statement instanceof Statement.Help h) {
            out.print(h.topic().map(Help::topic).orElseGet(Help::text));
        } else if (statement instanceof Statement.Exit) {
            return false;
        } else if (statement instanceof Statement.QuietExpression q) {
            session.set(ANSWER, evaluator.evaluate(q.expression()));
        } else if (statement instanceof Statement.Expect e) {
            count(new Expectations(evaluator, evaluator.source(), session.digits()).condition(e), evaluator.source());
        } else if (statement instanceof Statement.ExpectClose e) {
            count(new Expectations(evaluator, evaluator.source(), session.digits()).close(e), evaluator.source());
        } else if (statement instanceof Statement.ExpectError e) {
            expectError(e, evaluator);
        } else if (statement instanceof Statement.Save s) {
            SavedFiles.save(s, evaluator.evaluate(s.value()), s.value().span(), evaluator.files(), out);
        } else if (statement instanceof Statement.Run r) {
            runScript(r, evaluator.source());
        } else if (statement instanceof Statement.ListVariables) {
            out.print(Variables.list(session));
        }
        return true;
    }

    /** Prints a value of a bare expression or a print statement, and keeps it in {@code ans}. */
    private void show(Value value) {
        session.set(ANSWER, value);
        if (format == OutputFormat.JSON) {
            out.flush();
            values.println(ValueJson.of(value));
        } else {
            out.print(formatter().format(value));
        }
    }

    private void count(Optional<Expectations.Failure> failure, Source source) {
        if (failure.isEmpty()) {
            expectationsPassed++;
            return;
        }
        expectationsFailed++;
        out.flush();
        StringBuilder text = new StringBuilder(DiagnosticRenderer.render(failure.get().diagnostic(), source));
        failure.get().details().forEach(line -> text.append("  ").append(line).append('\n'));
        err.print(text);
        err.flush();
    }

    /** {@code expect error S}: S must fail with an error the user caused (a bug in gm does not count). */
    private void expectError(Statement.ExpectError expectation, Evaluator evaluator) {
        try {
            execute(expectation.statement(), evaluator);
        } catch (GmException | DataException | GaussianException | ScriptFailed e) {
            expectationsPassed++;
            return;
        }
        count(Optional.of(new Expectations.Failure(new Diagnostic(expectation.statement().span(),
                "expectation failed: this statement was expected to fail, but it ran without an error"), List.of())),
                evaluator.source());
    }

    /** {@code run "file.gm"}: the script runs in this session; its errors are reported in its own name. */
    private void runScript(Statement.Run run, Source current) {
        Path path = new FileAccess(current.folder(), session.sandbox()).forReading(run.path(), run.pathSpan())
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new GmException(run.pathSpan(), "no such script: " + run.path(),
                    "relative paths start at " + current.folder() + (current.name().startsWith("<") ? "" : ", the script's folder"));
        }
        if (runningScripts.contains(path)) {
            throw new GmException(run.pathSpan(), "script " + run.path() + " is already running",
                    "a script cannot run itself, directly or through other scripts");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GmException(run.pathSpan(), "cannot read " + run.path() + ": " + e.getMessage());
        }
        String name = FileAccess.shown(path).toString();
        runningScripts.push(path);
        try {
            Outcome outcome = run(new Source(name, text, path.getParent()));
            if (outcome == Outcome.SYNTAX_ERROR || outcome == Outcome.RUNTIME_ERROR) {
                throw new ScriptFailed();
            }
        } finally {
            runningScripts.pop();
        }
    }

    /** Values that print on one line share a line, separated by spaces; larger values (tables) get lines of their own. */
    private void printAll(Statement.Print print, Evaluator evaluator) {
        StringBuilder line = new StringBuilder();
        for (var expression : print.values()) {
            Value value = evaluator.evaluate(expression);
            if (format == OutputFormat.JSON) {
                show(value);
                continue;
            }
            session.set(ANSWER, value);
            String text = formatter().format(value);
            boolean oneLine = text.indexOf('\n') == text.length() - 1;
            if (oneLine) {
                line.append(line.length() > 0 ? " " : "").append(text, 0, text.length() - 1);
                continue;
            }
            if (line.length() > 0) {
                out.println(line);
                line.setLength(0);
            }
            out.print(text);
        }
        if (line.length() > 0) {
            out.println(line);
        }
    }

    private void setOption(Statement.SetOption statement, Evaluator evaluator) {
        String option = statement.option().text();
        if (!option.equals("digits")) {
            throw new GmException(statement.option().span(), "unknown setting '" + option + "'", "settings: digits");
        }
        int digits = Coerce.wholeNumber(evaluator.evaluate(statement.value()), statement.value().span(), "digits");
        if (digits < 1 || digits > 17) {
            throw new GmException(statement.value().span(), "digits must be between 1 and 17, not " + digits,
                    "17 significant digits show every double exactly");
        }
        session.digits(digits);
    }

    private ValueFormatter formatter() {
        return new ValueFormatter(session.digits());
    }
}
