package gm.lang;

import gm.lang.ast.Expression;
import gm.lang.ast.Expression.BinaryOperator;
import gm.lang.ast.LoadOptions;
import gm.lang.ast.Program;
import gm.lang.ast.Statement;
import gm.lang.ast.Word;
import gm.lang.parser.GmBaseVisitor;
import gm.lang.parser.GmLexer;
import gm.lang.parser.GmParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the immutable AST from the parse tree, checking option values against their allowed words. */
final class AstBuilder extends GmBaseVisitor<Object> {

    static final List<String> DELIMITERS = List.of("comma", "tab", "semicolon", "whitespace");
    static final List<String> ESTIMATORS = List.of("mle", "unbiased");
    static final List<String> COVARIANCES = List.of("full", "diagonal", "spherical");
    static final List<String> NIW_PARAMETERS = List.of("mean", "kappa", "nu", "scale");

    private final String sourceName;
    private final List<Diagnostic> errors = new ArrayList<>();

    AstBuilder(String sourceName) {
        this.sourceName = sourceName;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    Program program(GmParser.ProgramContext context) {
        return new Program(context.statement().stream().map(this::statement).toList());
    }

    private Statement statement(GmParser.StatementContext context) {
        return (Statement) visit(context);
    }

    private Expression expression(ParserRuleContext context) {
        return (Expression) visit(context);
    }

    private Span span(ParserRuleContext context) {
        return TokenSpans.of(sourceName, context);
    }

    private Span span(Token token) {
        return TokenSpans.of(sourceName, token);
    }

    private Word word(GmParser.IdentifierContext context) {
        return new Word(span(context), context.getText());
    }

    // statements

    @Override
    public Statement visitAssignment(GmParser.AssignmentContext context) {
        return new Statement.Assignment(span(context), word(context.identifier()), expression(context.expression()));
    }

    @Override
    public Statement visitPrintStatement(GmParser.PrintStatementContext context) {
        return new Statement.Print(span(context), context.expression().stream().map(this::expression).toList());
    }

    @Override
    public Statement visitDescribeStatement(GmParser.DescribeStatementContext context) {
        return new Statement.Describe(span(context), expression(context.expression()));
    }

    @Override
    public Statement visitSetStatement(GmParser.SetStatementContext context) {
        return new Statement.SetOption(span(context), word(context.identifier()), expression(context.expression()));
    }

    @Override
    public Statement visitHelpStatement(GmParser.HelpStatementContext context) {
        return new Statement.Help(span(context), Optional.ofNullable(context.identifier()).map(this::word));
    }

    @Override
    public Statement visitSeedStatement(GmParser.SeedStatementContext context) {
        return new Statement.Seed(span(context), expression(context.expression()));
    }

    @Override
    public Statement visitUpdateStatement(GmParser.UpdateStatementContext context) {
        return new Statement.Update(span(context), word(context.identifier()), expression(context.expression()));
    }

    @Override
    public Statement visitCompareCovarianceStatement(GmParser.CompareCovarianceStatementContext context) {
        return new Statement.CompareCovariance(span(context), expression(context.expression()));
    }

    @Override
    public Statement visitExitStatement(GmParser.ExitStatementContext context) {
        return new Statement.Exit(span(context));
    }

    @Override
    public Statement visitExpressionStatement(GmParser.ExpressionStatementContext context) {
        return new Statement.ExpressionStatement(span(context), expression(context.expression()));
    }

    // expressions

    @Override
    public Expression visitPrimaryExpression(GmParser.PrimaryExpressionContext context) {
        return expression(context.primary());
    }

    @Override
    public Expression visitMemberExpression(GmParser.MemberExpressionContext context) {
        return new Expression.Member(span(context), expression(context.expression()), word(context.identifier()));
    }

    @Override
    public Expression visitIndexExpression(GmParser.IndexExpressionContext context) {
        List<GmParser.ExpressionContext> parts = context.expression();
        return new Expression.Index(span(context), expression(parts.get(0)),
                parts.subList(1, parts.size()).stream().map(this::expression).toList());
    }

    @Override
    public Expression visitTransposeExpression(GmParser.TransposeExpressionContext context) {
        return new Expression.Transpose(span(context), expression(context.expression()));
    }

    @Override
    public Expression visitPowerExpression(GmParser.PowerExpressionContext context) {
        return binary(context, BinaryOperator.POWER, context.expression(0), context.expression(1));
    }

    @Override
    public Expression visitNegateExpression(GmParser.NegateExpressionContext context) {
        return new Expression.Negate(span(context), expression(context.expression()));
    }

    @Override
    public Expression visitMultiplicativeExpression(GmParser.MultiplicativeExpressionContext context) {
        BinaryOperator operator = context.operator.getType() == GmLexer.STAR ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
        return binary(context, operator, context.expression(0), context.expression(1));
    }

    @Override
    public Expression visitAdditiveExpression(GmParser.AdditiveExpressionContext context) {
        BinaryOperator operator = context.operator.getType() == GmLexer.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
        return binary(context, operator, context.expression(0), context.expression(1));
    }

    @Override
    public Expression visitComparisonExpression(GmParser.ComparisonExpressionContext context) {
        BinaryOperator operator = switch (context.operator.getType()) {
            case GmLexer.EQ -> BinaryOperator.EQUAL;
            case GmLexer.NE -> BinaryOperator.NOT_EQUAL;
            case GmLexer.LT -> BinaryOperator.LESS;
            case GmLexer.LE -> BinaryOperator.LESS_EQUAL;
            case GmLexer.GT -> BinaryOperator.GREATER;
            default -> BinaryOperator.GREATER_EQUAL;
        };
        return binary(context, operator, context.expression(0), context.expression(1));
    }

    @Override
    public Expression visitNotExpression(GmParser.NotExpressionContext context) {
        return new Expression.Not(span(context), expression(context.expression()));
    }

    @Override
    public Expression visitAndExpression(GmParser.AndExpressionContext context) {
        return binary(context, BinaryOperator.AND, context.expression(0), context.expression(1));
    }

    @Override
    public Expression visitOrExpression(GmParser.OrExpressionContext context) {
        return binary(context, BinaryOperator.OR, context.expression(0), context.expression(1));
    }

    @Override
    public Expression visitWhereExpression(GmParser.WhereExpressionContext context) {
        return new Expression.Where(span(context), expression(context.expression(0)), expression(context.expression(1)));
    }

    private Expression binary(ParserRuleContext context, BinaryOperator operator, ParserRuleContext left, ParserRuleContext right) {
        return new Expression.Binary(span(context), operator, expression(left), expression(right));
    }

    // primaries

    @Override
    public Expression visitLoadExpression(GmParser.LoadExpressionContext context) {
        Optional<Word> delimiter = Optional.empty();
        Optional<Boolean> header = Optional.empty();
        List<String> missing = new ArrayList<>();
        int skip = 0;
        Optional<List<Word>> columns = Optional.empty();
        for (GmParser.LoadOptionContext option : context.loadOption()) {
            if (option instanceof GmParser.ColumnsOptionContext c) {
                columns = Optional.of(c.identifier().stream().map(this::word).toList());
            } else if (option instanceof GmParser.DelimiterOptionContext d) {
                delimiter = Optional.ofNullable(delimiter(d));
            } else if (option instanceof GmParser.MissingOptionContext m) {
                missing.add(unquote(m.STRING().getSymbol()));
            } else if (option instanceof GmParser.SkipOptionContext s) {
                skip = lineCount(s.NUMBER().getSymbol());
            } else if (option instanceof GmParser.HeaderOptionContext h) {
                header = Optional.of(h.TRUE() != null);
            }
        }
        Token path = context.STRING().getSymbol();
        return new Expression.Load(span(context), unquote(path), span(path),
                new LoadOptions(delimiter, header, missing, skip, columns));
    }

    private Word delimiter(GmParser.DelimiterOptionContext context) {
        if (context.identifier() != null) {
            return allowed(word(context.identifier()), DELIMITERS, "delimiter");
        }
        Token token = context.STRING().getSymbol();
        String text = unquote(token);
        String name = switch (text) {
            case "," -> "comma";
            case "\t" -> "tab";
            case ";" -> "semicolon";
            case " " -> "whitespace";
            default -> null;
        };
        if (name == null) {
            errors.add(new Diagnostic(span(token), "unsupported delimiter " + token.getText(),
                    "use comma, tab, semicolon or whitespace"));
        }
        return name == null ? null : new Word(span(token), name);
    }

    private int lineCount(Token number) {
        String text = number.getText();
        if (!text.matches("[0-9]+") || text.length() > 9) {
            errors.add(new Diagnostic(span(number), "skip needs a whole number of lines, not " + text));
            return 0;
        }
        return Integer.parseInt(text);
    }

    @Override
    public Expression visitFitGaussianExpression(GmParser.FitGaussianExpressionContext context) {
        Optional<Word> estimator = Optional.empty();
        Optional<Word> covariance = Optional.empty();
        Optional<Word> by = Optional.empty();
        for (GmParser.FitOptionContext option : context.fitOption()) {
            if (option instanceof GmParser.EstimatorOptionContext e) {
                estimator = Optional.ofNullable(allowed(word(e.identifier()), ESTIMATORS, "estimator"));
            } else if (option instanceof GmParser.CovarianceOptionContext c) {
                covariance = Optional.ofNullable(allowed(word(c.identifier()), COVARIANCES, "covariance"));
            } else if (option instanceof GmParser.ByOptionContext b) {
                by = Optional.of(word(b.identifier()));
            }
        }
        return new Expression.FitGaussian(span(context), expression(context.expression()), estimator, covariance, by);
    }

    @Override
    public Expression visitPosteriorNiwExpression(GmParser.PosteriorNiwExpressionContext context) {
        List<GmParser.ExpressionContext> parts = context.expression();
        return new Expression.PosteriorNiw(span(context), expression(parts.get(0)),
                parts.size() > 1 ? Optional.of(expression(parts.get(1))) : Optional.empty());
    }

    @Override
    public Expression visitPosteriorNormalExpression(GmParser.PosteriorNormalExpressionContext context) {
        List<GmParser.ExpressionContext> parts = context.expression();
        Word known = new Word(span(context.knownWord), context.knownWord.getText());
        return new Expression.PosteriorNormal(span(context), expression(parts.get(0)), known, expression(parts.get(1)),
                expression(parts.get(2)));
    }

    @Override
    public Expression visitNiwPriorExpression(GmParser.NiwPriorExpressionContext context) {
        java.util.Map<String, Expression> given = new java.util.LinkedHashMap<>();
        for (GmParser.NiwParameterContext parameter : context.niwParameter()) {
            Word name = word(parameter.identifier());
            if (allowed(name, NIW_PARAMETERS, "niw parameter") == null) {
                continue;
            }
            if (given.put(name.text(), expression(parameter.expression())) != null) {
                errors.add(new Diagnostic(name.span(), "niw parameter '" + name.text() + "' is given twice"));
            }
        }
        List<String> missing = NIW_PARAMETERS.stream().filter(p -> !given.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            errors.add(new Diagnostic(span(context), "niw(...) is missing " + String.join(", ", missing),
                    "write niw(mean [0, 0], kappa 0.01, nu 4, scale [[1, 0], [0, 1]])"));
        }
        return new Expression.NiwPrior(span(context), given.get("mean"), given.get("kappa"), given.get("nu"),
                given.get("scale"));
    }

    @Override
    public Expression visitOnlineGaussianExpression(GmParser.OnlineGaussianExpressionContext context) {
        return new Expression.OnlineGaussian(span(context), expression(context.expression()));
    }

    @Override
    public Expression visitExplainExpression(GmParser.ExplainExpressionContext context) {
        Expression subject = expression(context.expression());
        boolean explainable = subject instanceof Expression.PosteriorNiw || subject instanceof Expression.PosteriorNormal
                || subject instanceof Expression.FitGaussian
                || subject instanceof Expression.Call call && call.function().text().equals("condition");
        if (!explainable) {
            errors.add(new Diagnostic(subject.span(), "explain has no derivation to show for this expression",
                    "write explain in front of posterior niw, posterior normal, condition(...) or fit gaussian"));
        }
        return new Expression.Explain(span(context), subject);
    }

    private Word allowed(Word value, List<String> allowed, String option) {
        if (allowed.contains(value.text())) {
            return value;
        }
        String hint = Suggestions.closest(value.text(), allowed)
                .map(s -> "did you mean '" + s + "'?")
                .orElse(option + " is one of: " + String.join(", ", allowed));
        errors.add(new Diagnostic(value.span(), "unknown " + option + " '" + value.text() + "'", hint));
        return null;
    }

    @Override
    public Expression visitCallExpression(GmParser.CallExpressionContext context) {
        List<Expression.Argument> arguments = context.argument().stream()
                .map(a -> new Expression.Argument(span(a), Optional.ofNullable(a.identifier()).map(this::word),
                        expression(a.expression())))
                .toList();
        return new Expression.Call(span(context), word(context.identifier()), arguments);
    }

    @Override
    public Expression visitNumberLiteral(GmParser.NumberLiteralContext context) {
        String text = context.getText();
        return new Expression.NumberLiteral(span(context), Double.parseDouble(text), text);
    }

    @Override
    public Expression visitStringLiteral(GmParser.StringLiteralContext context) {
        return new Expression.StringLiteral(span(context), unquote(context.STRING().getSymbol()));
    }

    @Override
    public Expression visitBooleanLiteral(GmParser.BooleanLiteralContext context) {
        return new Expression.BooleanLiteral(span(context), context.TRUE() != null);
    }

    @Override
    public Expression visitVectorLiteral(GmParser.VectorLiteralContext context) {
        return new Expression.VectorLiteral(span(context), context.expression().stream().map(this::expression).toList());
    }

    @Override
    public Expression visitParenthesized(GmParser.ParenthesizedContext context) {
        return expression(context.expression());
    }

    @Override
    public Expression visitName(GmParser.NameContext context) {
        return new Expression.Name(span(context), context.getText());
    }

    /** The string's value: quotes removed and escapes (\n, \t, \", \\) resolved. */
    private String unquote(Token token) {
        String text = token.getText();
        String body = text.substring(1, text.length() - 1);
        StringBuilder value = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                value.append(c);
                continue;
            }
            char escaped = body.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case '"', '\\' -> value.append(escaped);
                default -> {
                    errors.add(new Diagnostic(span(token), "unknown escape '\\" + escaped + "' in string",
                            "use \\n, \\t, \\\" or \\\\"));
                    value.append(escaped);
                }
            }
        }
        return value.toString();
    }
}
