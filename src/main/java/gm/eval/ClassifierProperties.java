package gm.eval;

import gm.eval.Value.ClassifierValue;
import gm.eval.Value.EvaluationValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.PredictionValue;
import gm.eval.Value.StringValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.Suggestions;

import java.util.List;
import java.util.Optional;

/** Properties of classifiers ({@code q.priors}), predictions ({@code p.class}) and evaluations ({@code e.error}). */
final class ClassifierProperties {

    private static final List<String> CLASSIFIER = List.of("classes", "features", "priors");
    private static final List<String> PREDICTION = List.of("class", "posterior", "logposterior");
    private static final List<String> EVALUATION = List.of("error", "confusion", "recall", "n");

    private ClassifierProperties() {
    }

    static Value get(Value target, String property, Span span) {
        if (target instanceof ClassifierValue c) {
            var classifier = c.classifier();
            switch (property) {
                case "classes":
                    return new TextVectorValue(classifier.classes());
                case "features":
                    return new TextVectorValue(classifier.features());
                case "priors":
                    return new VectorValue(java.util.Arrays.stream(classifier.logPriors()).map(Math::exp).toArray(),
                            Optional.of(classifier.classes()));
                default:
                    throw unknown(target, property, span, CLASSIFIER);
            }
        }
        if (target instanceof PredictionValue p) {
            switch (property) {
                case "class":
                    return new StringValue(p.prediction().predictedClass());
                case "posterior":
                    return new VectorValue(p.prediction().posterior(), Optional.of(p.classes()));
                case "logposterior":
                    return new VectorValue(p.prediction().logPosterior(), Optional.of(p.classes()));
                default:
                    throw unknown(target, property, span, PREDICTION);
            }
        }
        var evaluation = ((EvaluationValue) target).evaluation();
        switch (property) {
            case "error":
                return new NumberValue(evaluation.errorRate());
            case "confusion":
                return Classification.confusion(evaluation);
            case "recall":
                return new VectorValue(evaluation.recall(), Optional.of(evaluation.classes()));
            case "n":
                return new NumberValue(evaluation.rows());
            default:
                throw unknown(target, property, span, EVALUATION);
        }
    }

    private static GmException unknown(Value target, String property, Span span, List<String> known) {
        return new GmException(span, target.kind() + " has no property '" + property + "'",
                Suggestions.hint(property, known, "properties"));
    }
}
