package gm.lang;

import gm.lang.ast.ClassifierOptions;
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
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the immutable AST from the parse tree, checking option values against their allowed words. */
final class AstBuilder extends GmBaseVisitor<Object> {

    static final List<String> DELIMITERS = List.of("comma", "tab", "semicolon", "whitespace");
    static final List<String> ESTIMATORS = List.of("mle", "unbiased");
    static final List<String> COVARIANCES = List.of("full", "diagonal", "spherical");
    static final List<String> PLOT_KINDS = List.of("hist", "scatter", "pairs", "scatter3d", "boundary", "pdf", "qq");
    static final List<String> CLASSIFIERS = List.of("qda", "lda", "rda", "nb");
    static final List<String> FEATURE_KINDS = List.of("gaussian", "bernoulli");
    static final List<String> NAMED_PRIORS = List.of("empirical", "uniform");
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
        if (context.getChildCount() == 1) {
            return new Statement.Help(span(context), Optional.empty());
        }
        List<String> words = context.children.subList(1, context.getChildCount()).stream().map(ParseTree::getText).toList();
        ParseTree first = context.getChild(1);
        Token firstToken = first instanceof ParserRuleContext rule ? rule.getStart() : ((TerminalNode) first).getSymbol();
        Word topic = new Word(span(firstToken).to(span(context.getStop())), String.join(" ", words));
        return new Statement.Help(span(context), Optional.of(topic));
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
    public Statement visitExpectStatement(GmParser.ExpectStatementContext context) {
        return new Statement.Expect(span(context), expression(context.expression()));
    }

    @Override
    public Statement visitExpectCloseStatement(GmParser.ExpectCloseStatementContext context) {
        List<GmParser.ExpressionContext> parts = context.expression();
        return new Statement.ExpectClose(span(context), expression(parts.get(0)), expression(parts.get(1)),
                parts.size() > 2 ? Optional.of(expression(parts.get(2))) : Optional.empty());
    }

    @Override
    public Statement visitExpectErrorStatement(GmParser.ExpectErrorStatementContext context) {
        return new Statement.ExpectError(span(context), statement(context.statement()));
    }

    @Override
    public Statement visitSaveStatement(GmParser.SaveStatementContext context) {
        Token path = context.STRING().getSymbol();
        return new Statement.Save(span(context), expression(context.expression()), unquote(path), span(path));
    }

    @Override
    public Statement visitRunStatement(GmParser.RunStatementContext context) {
        Token path = context.STRING().getSymbol();
        return new Statement.Run(span(context), unquote(path), span(path));
    }

    @Override
    public Statement visitListStatement(GmParser.ListStatementContext context) {
        return new Statement.ListVariables(span(context));
    }

    @Override
    public Statement visitExpressionStatement(GmParser.ExpressionStatementContext context) {
        return new Statement.ExpressionStatement(span(context), expression(context.expression()));
    }

    @Override
    public Statement visitPlotStatement(GmParser.PlotStatementContext context) {
        Word kind = allowed(word(context.identifier()), PLOT_KINDS, "plot");
        List<GmParser.ExpressionContext> expressions = context.expression();
        Optional<Expression> on = Optional.empty();
        List<Expression> subjects = new ArrayList<>();
        for (GmParser.ExpressionContext e : expressions) {
            subjects.add(expression(e));
        }
        if (context.ON() != null) {
            on = Optional.of(subjects.remove(subjects.size() - 1));
        }
        Optional<Expression> bins = Optional.empty();
        Optional<Word> by = Optional.empty();
        Optional<Expression> with = Optional.empty();
        Optional<Word> file = Optional.empty();
        Optional<Expression> level = Optional.empty();
        Optional<Expression> sigma = Optional.empty();
        Optional<Expression> size = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<Expression> xlim = Optional.empty();
        Optional<Expression> ylim = Optional.empty();
        for (GmParser.PlotOptionContext option : context.plotOption()) {
            if (option instanceof GmParser.BinsOptionContext o) {
                bins = Optional.of(expression(o.expression()));
            } else if (option instanceof GmParser.PlotByOptionContext o) {
                by = Optional.of(word(o.identifier()));
            } else if (option instanceof GmParser.WithOptionContext o) {
                with = Optional.of(expression(o.expression()));
            } else if (option instanceof GmParser.ToOptionContext o) {
                file = Optional.of(new Word(span(o.STRING().getSymbol()), unquote(o.STRING().getSymbol())));
            } else if (option instanceof GmParser.LevelOptionContext o) {
                level = Optional.of(expression(o.expression()));
            } else if (option instanceof GmParser.SigmaOptionContext o) {
                sigma = Optional.of(expression(o.expression()));
            } else if (option instanceof GmParser.SizeOptionContext o) {
                size = Optional.of(expression(o.expression()));
            } else if (option instanceof GmParser.TitleOptionContext o) {
                title = Optional.of(unquote(o.STRING().getSymbol()));
            } else if (option instanceof GmParser.XlimOptionContext o) {
                xlim = Optional.of(expression(o.expression()));
            } else if (option instanceof GmParser.YlimOptionContext o) {
                ylim = Optional.of(expression(o.expression()));
            }
        }
        Span span = span(context);
        if (level.isPresent() && sigma.isPresent()) {
            errors.add(new Diagnostic(sigma.get().span(), "give the ellipse coverage as 'level' or as 'sigma', not both"));
        }
        if (kind != null) {
            boolean boundary = kind.text().equals("boundary");
            if (boundary && on.isEmpty()) {
                errors.add(new Diagnostic(span, "plot boundary needs the data to draw the regions over",
                        "write plot boundary q on hw[height, weight]"));
            }
            if (!boundary && on.isPresent()) {
                errors.add(new Diagnostic(on.get().span(), "'on' belongs to plot boundary only"));
            }
            if (subjects.size() > 1 && !kind.text().equals("pdf")) {
                errors.add(new Diagnostic(subjects.get(1).span(), "plot " + kind.text() + " takes one thing to plot",
                        "only plot pdf overlays several: plot pdf prior, posterior"));
            }
        }
        return new Statement.Plot(span, kind == null ? word(context.identifier()) : kind, subjects, on,
                new gm.lang.ast.PlotOptions(bins, by, with, file, level, sigma, size, title, xlim, ylim));
    }

    @Override
    public Statement visitNormalityStatement(GmParser.NormalityStatementContext context) {
        return new Statement.Normality(span(context), expression(context.expression()));
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

    @Override
    public Expression visitLoadModelExpression(GmParser.LoadModelExpressionContext context) {
        Token path = context.STRING().getSymbol();
        return new Expression.LoadModel(span(context), unquote(path), span(path));
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
    public Expression visitClassifyExpression(GmParser.ClassifyExpressionContext context) {
        Word method = allowed(word(context.identifier()), CLASSIFIERS, "classifier");
        Optional<Word> by = Optional.empty();
        Optional<Word> covariance = Optional.empty();
        Optional<Word> estimator = Optional.empty();
        Optional<Expression.Prior> prior = Optional.empty();
        Optional<Expression> alpha = Optional.empty();
        List<ClassifierOptions.FeatureKind> features = new ArrayList<>();
        for (GmParser.ClassifyOptionContext option : context.classifyOption()) {
            if (option instanceof GmParser.ClassifyByOptionContext b) {
                by = Optional.of(word(b.identifier()));
            } else if (option instanceof GmParser.ClassifyCovarianceOptionContext c) {
                covariance = Optional.ofNullable(allowed(word(c.identifier()), COVARIANCES, "covariance"));
            } else if (option instanceof GmParser.ClassifyEstimatorOptionContext e) {
                estimator = Optional.ofNullable(allowed(word(e.identifier()), ESTIMATORS, "estimator"));
            } else if (option instanceof GmParser.ClassifyPriorOptionContext p) {
                prior = Optional.of(prior(p, p.expression()));
            } else if (option instanceof GmParser.ClassifyAlphaOptionContext a) {
                alpha = Optional.of(expression(a.expression()));
            } else if (option instanceof GmParser.ClassifyFeatureOptionContext f) {
                Word kind = allowed(word(f.identifier(1)), FEATURE_KINDS, "feature kind");
                if (kind != null) {
                    features.add(new ClassifierOptions.FeatureKind(word(f.identifier(0)), kind));
                }
            }
        }
        Span span = span(context);
        if (method != null) {
            if (by.isEmpty()) {
                errors.add(new Diagnostic(span, "classify needs the column of class labels", "add 'by COLUMN', e.g. classify "
                        + method.text() + " hw[height, weight] by gender"));
            }
            if (method.text().equals("rda") && alpha.isEmpty()) {
                errors.add(new Diagnostic(method.span(), "rda needs its mixing weight", "add 'alpha 0.5' (1 is qda, 0 is lda)"));
            }
            if (!method.text().equals("rda") && alpha.isPresent()) {
                errors.add(new Diagnostic(alpha.get().span(), "alpha applies to rda only", "use 'classify rda ... alpha 0.5'"));
            }
            if (!method.text().equals("nb") && !features.isEmpty()) {
                errors.add(new Diagnostic(features.get(0).feature().span(), "feature kinds apply to naive Bayes only",
                        "use 'classify nb ...'"));
            }
            if (method.text().equals("nb") && covariance.isPresent()) {
                errors.add(new Diagnostic(covariance.get().span(), "naive Bayes has no covariance option: its features are independent within a class"));
            }
        }
        return new Expression.Classify(span, method == null ? word(context.identifier()) : method,
                expression(context.expression()), new ClassifierOptions(by, covariance, estimator, prior, alpha, features));
    }

    /** {@code prior uniform} / {@code prior empirical} name a rule; anything else is the vector of probabilities. */
    private Expression.Prior prior(ParserRuleContext option, GmParser.ExpressionContext value) {
        Expression probabilities = expression(value);
        if (probabilities instanceof Expression.Name name && NAMED_PRIORS.contains(name.name())) {
            return new Expression.Prior(span(option), Optional.of(new Word(name.span(), name.name())), Optional.empty());
        }
        return new Expression.Prior(span(option), Optional.empty(), Optional.of(probabilities));
    }

    @Override
    public Expression visitQdaParameters(GmParser.QdaParametersContext context) {
        Optional<Expression> means = Optional.empty();
        Optional<Expression> covs = Optional.empty();
        Optional<Expression.Prior> prior = Optional.empty();
        for (GmParser.GaussianClassifierParameterContext parameter : context.gaussianClassifierParameter()) {
            if (parameter instanceof GmParser.MeansParameterContext m) {
                means = Optional.of(expression(m.expression()));
            } else if (parameter instanceof GmParser.CovsParameterContext c) {
                covs = Optional.of(expression(c.expression()));
            } else if (parameter instanceof GmParser.GaussianPriorParameterContext p) {
                prior = Optional.of(prior(p, p.expression()));
            }
        }
        Span span = span(context);
        if (means.isEmpty() || covs.isEmpty()) {
            errors.add(new Diagnostic(span, "a qda model needs 'means' and 'covs'",
                    "write qda classes (a, b) means [[0, 0], [1, 1]] covs [[[1, 0], [0, 1]], [[1, 0], [0, 1]]]"));
            return new Expression.QdaParameters(span, classes(context.classList()), new Expression.VectorLiteral(span, List.of()),
                    new Expression.VectorLiteral(span, List.of()), prior);
        }
        return new Expression.QdaParameters(span, classes(context.classList()), means.get(), covs.get(), prior);
    }

    @Override
    public Expression visitNaiveBayesParameters(GmParser.NaiveBayesParametersContext context) {
        Optional<Expression.Prior> prior = Optional.empty();
        List<Expression.NaiveBayesFeature> features = new ArrayList<>();
        for (GmParser.NaiveBayesParameterContext parameter : context.naiveBayesParameter()) {
            if (parameter instanceof GmParser.NaiveBayesPriorParameterContext p) {
                prior = Optional.of(prior(p, p.expression()));
            } else if (parameter instanceof GmParser.BernoulliFeatureContext b) {
                features.add(new Expression.NaiveBayesFeature(span(b), word(b.identifier()), Optional.of(expression(b.expression())),
                        Optional.empty(), Optional.empty()));
            } else if (parameter instanceof GmParser.GaussianFeatureContext g) {
                features.add(new Expression.NaiveBayesFeature(span(g), word(g.identifier()), Optional.empty(),
                        Optional.of(expression(g.expression(0))), Optional.of(expression(g.expression(1)))));
            }
        }
        if (features.isEmpty()) {
            errors.add(new Diagnostic(span(context), "a naive Bayes model needs at least one feature",
                    "add e.g. feature x1 bernoulli [0.5, 0.5] or feature x2 gaussian means [0, 1] variances [1, 1]"));
        }
        return new Expression.NaiveBayesParameters(span(context), classes(context.classList()), prior, features);
    }

    private List<Word> classes(GmParser.ClassListContext context) {
        List<Word> classes = new ArrayList<>();
        for (GmParser.ClassLabelContext label : context.classLabel()) {
            String text = label.STRING() != null ? unquote(label.STRING().getSymbol()) : label.getText();
            classes.add(new Word(span(label), text));
        }
        return classes;
    }

    @Override
    public Expression visitPredictAtNamed(GmParser.PredictAtNamedContext context) {
        List<Expression.Argument> values = new ArrayList<>();
        for (GmParser.ArgumentContext argument : context.argument()) {
            if (argument.identifier() == null) {
                errors.add(new Diagnostic(span(argument), "name each feature given: predict q at (x1 = 0, x2 = 1.5)"));
                continue;
            }
            values.add(new Expression.Argument(span(argument), Optional.of(word(argument.identifier())), expression(argument.expression())));
        }
        return new Expression.PredictAt(span(context), expression(context.expression()), Optional.empty(), values);
    }

    @Override
    public Expression visitPredictAt(GmParser.PredictAtContext context) {
        return new Expression.PredictAt(span(context), expression(context.expression(0)), Optional.of(expression(context.expression(1))),
                List.of());
    }

    @Override
    public Expression visitPredictOn(GmParser.PredictOnContext context) {
        return new Expression.PredictOn(span(context), expression(context.expression(0)), expression(context.expression(1)));
    }

    @Override
    public Expression visitEvaluateExpression(GmParser.EvaluateExpressionContext context) {
        Optional<Expression.CrossValidation> crossValidation = Optional.empty();
        if (context.CV() != null) {
            Span span = TokenSpans.of(sourceName, context.CV().getSymbol());
            if (context.NUMBER() != null) {
                String text = context.NUMBER().getText();
                Span number = span(context.NUMBER().getSymbol());
                if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 2) {
                    errors.add(new Diagnostic(number, "cross-validation needs a whole number of folds, at least 2, not " + text,
                            "e.g. cv 10, or cv loo for leave-one-out"));
                } else {
                    crossValidation = Optional.of(new Expression.CrossValidation(span.to(number), java.util.OptionalInt.of(Integer.parseInt(text))));
                }
            } else {
                Word loo = allowed(word(context.identifier()), List.of("loo"), "cross-validation");
                if (loo != null) {
                    crossValidation = Optional.of(new Expression.CrossValidation(span.to(loo.span()), java.util.OptionalInt.empty()));
                }
            }
        }
        return new Expression.Evaluate(span(context), expression(context.expression(0)), expression(context.expression(1)), crossValidation);
    }

    @Override
    public Expression visitBoundaryExpression(GmParser.BoundaryExpressionContext context) {
        return new Expression.Boundary(span(context), expression(context.expression()));
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
