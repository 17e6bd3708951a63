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

import java.io.PrintStream;

/**
 * The one entry point for running gm text: the REPL, scripts, {@code -e} and the tests all call {@link #run(Source)}.
 * A program with syntax errors reports all of them and runs nothing; a runtime error stops it at that statement.
 */
public final class Interpreter {

    /** How a run ended, with the exit code a script run reports (sysexits: 65 bad input, 70 software error). */
    public enum Outcome {
        COMPLETED(0), EXIT_REQUESTED(0), SYNTAX_ERROR(65), RUNTIME_ERROR(70);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Session session;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;

    public Interpreter(Session session, PrintStream out, PrintStream err, boolean debug) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.debug = debug;
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
        for (Statement statement : parsed.program().statements()) {
            try {
                if (!execute(statement, evaluator)) {
                    return Outcome.EXIT_REQUESTED;
                }
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
        return Outcome.COMPLETED;
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
            out.print(formatter().format(evaluator.evaluate(e.expression())));
        } else if (statement instanceof Statement.Describe d) {
            Value value = evaluator.evaluate(d.data());
            gm.data.Dataset data = value instanceof Value.ColumnValue c
                    ? gm.data.Dataset.of(java.util.List.of(c.column()))
                    : Coerce.dataset(value, d.data().span(), "the argument of describe").data();
            out.print(Describing.describe(data, formatter()));
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
        } else if (statement instanceof Statement.Help) {
            out.print(Help.text());
        } else if (statement instanceof Statement.Exit) {
            return false;
        }
        return true;
    }

    /** Values that print on one line share a line, separated by spaces; larger values (tables) get lines of their own. */
    private void printAll(Statement.Print print, Evaluator evaluator) {
        StringBuilder line = new StringBuilder();
        for (var expression : print.values()) {
            String text = formatter().format(evaluator.evaluate(expression));
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
