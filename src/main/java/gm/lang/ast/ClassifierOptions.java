package gm.lang.ast;

import java.util.List;
import java.util.Optional;

/**
 * The options of {@code classify}: the label column, covariance structure, estimator, class prior, the RDA mixing
 * weight, and per-feature kinds for naive Bayes ({@code feature smoker bernoulli}). Words are already validated.
 */
public record ClassifierOptions(Optional<Word> by, Optional<Word> covariance, Optional<Word> estimator,
                                Optional<Expression.Prior> prior, Optional<Expression> alpha, List<FeatureKind> features) {

    public ClassifierOptions {
        features = List.copyOf(features);
    }

    /** {@code feature NAME gaussian|bernoulli}. */
    public record FeatureKind(Word feature, Word kind) {}
}
