package gm.lang.ast;

import gm.lang.Span;

import java.util.List;
import java.util.Optional;

/** An expression of the language. Every node is immutable and knows its source span. */
public sealed interface Expression extends Node {

    record NumberLiteral(Span span, double value, String text) implements Expression {}

    record StringLiteral(Span span, String value) implements Expression {}

    record BooleanLiteral(Span span, boolean value) implements Expression {}

    /** {@code [a, b, c]}; a vector of vectors is a matrix. */
    record VectorLiteral(Span span, List<Expression> elements) implements Expression {
        public VectorLiteral {
            elements = List.copyOf(elements);
        }
    }

    record Name(Span span, String name) implements Expression {}

    /** {@code target.name}: a column of a dataset or a property of a model. */
    record Member(Span span, Expression target, Word member) implements Expression {}

    /** {@code target[i, j]}: 1-based element indexing, or column selection by name on a dataset. */
    record Index(Span span, Expression target, List<Expression> indices) implements Expression {
        public Index {
            indices = List.copyOf(indices);
        }
    }

    record Transpose(Span span, Expression operand) implements Expression {}

    record Negate(Span span, Expression operand) implements Expression {}

    record Not(Span span, Expression operand) implements Expression {}

    record Binary(Span span, BinaryOperator operator, Expression left, Expression right) implements Expression {}

    /** {@code data where condition}: the rows of a dataset for which the condition holds. */
    record Where(Span span, Expression data, Expression condition) implements Expression {}

    record Call(Span span, Word function, List<Argument> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** A call argument, optionally named: {@code height = [67, 79]}. */
    record Argument(Span span, Optional<Word> name, Expression value) implements Node {}

    record Load(Span span, String path, Span pathSpan, LoadOptions options) implements Expression {}

    /** {@code load model "q.json"}: a model saved by {@code save}. */
    record LoadModel(Span span, String path, Span pathSpan) implements Expression {}

    /** {@code fit gaussian data [estimator E] [covariance C] [by column]}; option words are already validated. */
    record FitGaussian(Span span, Expression data, Optional<Word> estimator, Optional<Word> covariance, Optional<Word> by)
            implements Expression {}

    /** {@code classify qda|lda|rda|nb data by label [options]}; the method and option words are validated. */
    record Classify(Span span, Word method, Expression data, ClassifierOptions options) implements Expression {}

    /** {@code qda classes (a, b) means M covs C [prior P]}: a classifier stated by its parameters. */
    record QdaParameters(Span span, List<Word> classes, Expression means, Expression covs, Optional<Prior> prior)
            implements Expression {
        public QdaParameters {
            classes = List.copyOf(classes);
        }
    }

    /** {@code naive bayes classes (...) [prior P] feature x1 bernoulli [...] feature x2 gaussian means [...] variances [...]}. */
    record NaiveBayesParameters(Span span, List<Word> classes, Optional<Prior> prior, List<NaiveBayesFeature> features)
            implements Expression {
        public NaiveBayesParameters {
            classes = List.copyOf(classes);
            features = List.copyOf(features);
        }
    }

    /** One feature of a naive Bayes model given by parameters: Bernoulli probabilities, or Gaussian means and variances. */
    record NaiveBayesFeature(Span span, Word name, Optional<Expression> probabilities, Optional<Expression> means,
                             Optional<Expression> variances) implements Node {}

    /** {@code prior empirical|uniform} or {@code prior [0.5, 0.25, 0.25]}. */
    record Prior(Span span, Optional<Word> named, Optional<Expression> probabilities) implements Node {}

    /** {@code predict q at [x, y]}, or {@code predict q at (x1 = 0)} with only some features given. */
    record PredictAt(Span span, Expression model, Optional<Expression> point, List<Argument> partial) implements Expression {
        public PredictAt {
            partial = List.copyOf(partial);
        }
    }

    record PredictOn(Span span, Expression model, Expression data) implements Expression {}

    /** {@code evaluate q on data [cv 10 | cv loo]}: folds empty means leave-one-out. */
    record Evaluate(Span span, Expression model, Expression data, Optional<CrossValidation> crossValidation)
            implements Expression {}

    record CrossValidation(Span span, java.util.OptionalInt folds) implements Node {}

    record Boundary(Span span, Expression model) implements Expression {}
    /** {@code posterior niw data [prior p]}: the normal-inverse-Wishart posterior; a weak default prior when none is given. */
    record PosteriorNiw(Span span, Expression data, Optional<Expression> prior) implements Expression {}

    /**
     * {@code posterior normal data known variance|covariance K prior p}: the Gaussian posterior of the mean when the
     * covariance is known; {@code knownWord} is the word written ("variance" or "covariance").
     */
    record PosteriorNormal(Span span, Expression data, Word knownWord, Expression known, Expression prior)
            implements Expression {}

    /** {@code niw(mean m, kappa k, nu n, scale S)}; all four parameters are present (checked when parsing). */
    record NiwPrior(Span span, Expression mean, Expression kappa, Expression nu, Expression scale) implements Expression {}

    /** {@code online gaussian d} (a dimension) or {@code online gaussian data} (start from its rows). */
    record OnlineGaussian(Span span, Expression start) implements Expression {}

    /** {@code explain E}: E's derivation is printed; E is a posterior, a condition(...) call or a fit (checked when parsing). */
    record Explain(Span span, Expression subject) implements Expression {}

    enum BinaryOperator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), POWER("^"),
        EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="),
        AND("and"), OR("or");

        private final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
