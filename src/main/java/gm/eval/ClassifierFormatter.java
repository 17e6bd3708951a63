package gm.eval;

import gm.eval.Value.BoundaryValue;
import gm.eval.Value.ClassifierValue;
import gm.eval.Value.EvaluationValue;
import gm.eval.Value.PredictionValue;
import gm.runtime.Gaussian;
import gm.runtime.classify.DecisionBoundary1d;
import gm.runtime.classify.Evaluation;
import gm.runtime.classify.FeatureKind;
import gm.runtime.classify.GaussianClassifier;
import gm.runtime.classify.NaiveBayesClassifier;
import gm.runtime.classify.NaiveBayesFeature;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Text of classifiers (priors, means, covariances per class), predictions, evaluations and decision regions. */
final class ClassifierFormatter {

    private final ValueFormatter format;

    ClassifierFormatter(ValueFormatter format) {
        this.format = format;
    }

    String format(Value value) {
        if (value instanceof ClassifierValue c) {
            return classifier(c);
        } else if (value instanceof PredictionValue p) {
            return prediction(p);
        } else if (value instanceof EvaluationValue e) {
            return evaluation(e);
        }
        return boundary((BoundaryValue) value);
    }

    private String classifier(ClassifierValue value) {
        var classifier = value.classifier();
        StringBuilder text = new StringBuilder(value.method() + " classifier of " + value.labelColumn() + " from ("
                + String.join(", ", classifier.features()) + "): " + classifier.classes().size() + " classes\n");
        double[] priors = java.util.Arrays.stream(classifier.logPriors()).map(Math::exp).toArray();
        if (classifier instanceof NaiveBayesClassifier nb) {
            return text.append(naiveBayes(nb, priors)).toString();
        }
        List<Gaussian> conditionals = ((GaussianClassifier) classifier).classConditionals();
        for (int c = 0; c < conditionals.size(); c++) {
            Gaussian g = conditionals.get(c);
            text.append("class ").append(classifier.classes().get(c)).append(": prior ").append(format.number(priors[c])).append('\n');
            text.append("  mean:\n").append(ValueFormatter.indent(ValueFormatter.indent(format.vector(g.mean(), Optional.of(g.names())))));
            text.append("  covariance:\n").append(ValueFormatter.indent(ValueFormatter.indent(format.matrix(g.cov(), Optional.of(g.names())))));
        }
        return text.toString();
    }

    private String naiveBayes(NaiveBayesClassifier nb, double[] priors) {
        List<String> header = new ArrayList<>(List.of("class", "prior"));
        for (NaiveBayesFeature feature : nb.featureModels()) {
            if (feature.kind() == FeatureKind.BERNOULLI) {
                header.add(feature.name() + ": p(1)");
            } else {
                header.add(feature.name() + ": mean");
                header.add(feature.name() + ": variance");
            }
        }
        TextTable table = new TextTable(header, true);
        for (int c = 0; c < nb.classes().size(); c++) {
            List<String> cells = new ArrayList<>(List.of(nb.classes().get(c), format.number(priors[c])));
            for (NaiveBayesFeature feature : nb.featureModels()) {
                if (feature.kind() == FeatureKind.BERNOULLI) {
                    cells.add(format.number(feature.probabilitiesOfOne()[c]));
                } else {
                    cells.add(format.number(feature.means()[c]));
                    cells.add(format.number(feature.variances()[c]));
                }
            }
            table.row(cells);
        }
        return ValueFormatter.indent(table.render());
    }

    private String prediction(PredictionValue value) {
        StringBuilder text = new StringBuilder("predicted class: " + value.prediction().predictedClass() + "\n");
        TextTable table = new TextTable(List.of("class", "posterior"), true);
        double[] posterior = value.prediction().posterior();
        for (int c = 0; c < posterior.length; c++) {
            table.row(List.of(value.classes().get(c), format.number(posterior[c])));
        }
        return text.append(ValueFormatter.indent(table.render())).toString();
    }

    private String evaluation(EvaluationValue value) {
        Evaluation e = value.evaluation();
        StringBuilder text = new StringBuilder(value.description() + "\n");
        text.append("error rate: ").append(format.number(e.errorRate())).append(" (").append(e.errors()).append(" of ")
                .append(e.rows()).append(" rows misclassified)\n");
        List<String> header = new ArrayList<>(List.of("true \\ predicted"));
        header.addAll(e.classes());
        header.add("recall");
        TextTable table = new TextTable(header, true);
        long[][] confusion = e.confusion();
        double[] recall = e.recall();
        for (int t = 0; t < confusion.length; t++) {
            List<String> cells = new ArrayList<>(List.of(e.classes().get(t)));
            for (long count : confusion[t]) {
                cells.add(String.valueOf(count));
            }
            cells.add(Double.isNaN(recall[t]) ? "—" : format.number(recall[t]));
            table.row(cells);
        }
        return text.append(ValueFormatter.indent(table.render())).toString();
    }

    private String boundary(BoundaryValue value) {
        StringBuilder text = new StringBuilder();
        String x = value.feature();
        for (DecisionBoundary1d.Region region : value.regions().regions()) {
            text.append("class ").append(region.winner()).append(" where ");
            boolean lowerOpen = region.lower() == Double.NEGATIVE_INFINITY;
            boolean upperOpen = region.upper() == Double.POSITIVE_INFINITY;
            if (lowerOpen && upperOpen) {
                text.append("-Inf < ").append(x).append(" < Inf (everywhere)");
            } else if (lowerOpen) {
                text.append(x).append(" < ").append(format.number(region.upper()));
            } else if (upperOpen) {
                text.append(x).append(" > ").append(format.number(region.lower()));
            } else {
                text.append(format.number(region.lower())).append(" < ").append(x).append(" < ").append(format.number(region.upper()));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
