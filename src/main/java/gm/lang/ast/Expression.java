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

    /** {@code fit gaussian data [estimator E] [covariance C] [by column]}; option words are already validated. */
    record FitGaussian(Span span, Expression data, Optional<Word> estimator, Optional<Word> covariance, Optional<Word> by)
            implements Expression {}

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
