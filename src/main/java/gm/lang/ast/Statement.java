package gm.lang.ast;

import gm.lang.Span;

import java.util.List;
import java.util.Optional;

/** A statement of the language. */
public sealed interface Statement extends Node {

    record Assignment(Span span, Word target, Expression value) implements Statement {}

    record Print(Span span, List<Expression> values) implements Statement {
        public Print {
            values = List.copyOf(values);
        }
    }

    record Describe(Span span, Expression data) implements Statement {}

    /** {@code set digits 17}: a session setting. */
    record SetOption(Span span, Word option, Expression value) implements Statement {}

    record Help(Span span, Optional<Word> topic) implements Statement {}

    record Exit(Span span) implements Statement {}

    /** {@code seed 42}: every later random draw is reproducible. */
    record Seed(Span span, Expression value) implements Statement {}

    /** {@code update s with data}: folds a row (or every row of a dataset) into the online Gaussian {@code s}. */
    record Update(Span span, Word target, Expression data) implements Statement {}

    /** {@code compare covariance data}: log-likelihood, AIC and BIC of the full, diagonal and spherical fits. */
    record CompareCovariance(Span span, Expression data) implements Statement {}

    /**
     * {@code plot KIND subjects [on data] [options]}: kind is one of hist, scatter, pairs, scatter3d, boundary, pdf, qq
     * (validated); without {@code to "file"} the plot is drawn as text.
     */
    record Plot(Span span, Word kind, List<Expression> subjects, Optional<Expression> on, PlotOptions options)
            implements Statement {
        public Plot {
            subjects = List.copyOf(subjects);
        }
    }

    /** {@code normality data}: skewness, kurtosis, Jarque–Bera and Shapiro–Wilk tests (and Mardia's for several columns). */
    record Normality(Span span, Expression data) implements Statement {}

    /** A bare expression: its value is printed. */
    record ExpressionStatement(Span span, Expression expression) implements Statement {}

    /** {@code expect CONDITION}: the condition must be true (every element, for a vector of booleans). */
    record Expect(Span span, Expression condition) implements Statement {}

    /** {@code expect ACTUAL ≈ EXPECTED [tol T]} (also {@code ~=}): numbers, vectors or matrices equal within a tolerance. */
    record ExpectClose(Span span, Expression actual, Expression expected, Optional<Expression> tolerance) implements Statement {}

    /** {@code expect error STATEMENT}: the statement must fail with an error. */
    record ExpectError(Span span, Statement statement) implements Statement {}

    /** {@code save VALUE to "file"}: a model as JSON, a dataset as CSV. */
    record Save(Span span, Expression value, String path, Span pathSpan) implements Statement {}

    /** {@code run "file.gm"}: runs a script in the current session. */
    record Run(Span span, String path, Span pathSpan) implements Statement {}

    /** {@code ls}: the session's variables with their type and size. */
    record ListVariables(Span span) implements Statement {}

    /** A bare expression followed by {@code ;}: evaluated (and kept in {@code ans}) but not printed. */
    record QuietExpression(Span span, Expression expression) implements Statement {}
}
