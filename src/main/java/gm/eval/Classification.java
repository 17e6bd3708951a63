package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.data.TableFile;
import gm.eval.Value.ClassifierValue;
import gm.eval.Value.DatasetValue;
import gm.eval.Value.EvaluationValue;
import gm.eval.Value.MatrixValue;
import gm.eval.Value.PredictionValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.lang.ast.ClassifierOptions;
import gm.lang.ast.Expression;
import gm.lang.ast.Word;
import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.Moments;
import gm.runtime.classify.ClassPrior;
import gm.runtime.classify.Classifier;
import gm.runtime.classify.DecisionBoundary1d;
import gm.runtime.classify.Evaluation;
import gm.runtime.classify.FeatureKind;
import gm.runtime.classify.GaussianClassifier;
import gm.runtime.classify.NaiveBayesClassifier;
import gm.runtime.classify.NaiveBayesFeature;
import gm.runtime.classify.Prediction;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The classifier statements: {@code classify}, classifiers from parameters, {@code predict}, {@code evaluate}, {@code error}. */
final class Classification {

    /** The label column assumed for classifiers stated by parameters, which were never trained on a column. */
    static final String DEFAULT_LABEL_COLUMN = "class";

    private final Evaluator evaluator;
    private final PrintStream out;

    Classification(Evaluator evaluator, PrintStream out) {
        this.evaluator = evaluator;
        this.out = out;
    }

    // training

    Value classify(Expression.Classify classify, Scope scope) {
        String method = classify.method().text();
        ClassifierOptions options = classify.options();
        DatasetValue data = Coerce.dataset(evaluator.evaluate(classify.data(), scope), classify.data().span(), "the data of 'classify'");
        Word by = options.by().orElseThrow();
        if (data.file().isPresent()) {
            return classifyStreamed(classify, data, data.file().get(), Evaluator.groupColumnName(data, by.text(), by.span()), scope);
        }
        Column labelColumn = Evaluator.groupColumn(data, by.text(), by.span());
        Estimator estimator = options.estimator().map(w -> Estimator.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(Estimator.MLE);
        CovarianceStructure structure = options.covariance()
                .map(w -> CovarianceStructure.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(CovarianceStructure.FULL);
        ClassPrior prior = options.prior().map(p -> prior(p, scope)).orElse(ClassPrior.empirical());
        double alpha = options.alpha().map(a -> Coerce.number(evaluator.evaluate(a, scope), a.span(), "alpha")).orElse(Double.NaN);

        LabelledRows rows = LabelledRows.forTraining(data, labelColumn, method.equals("nb"), classify.data().span(),
                "classify " + method, out);
        List<FeatureKind> kinds = featureKinds(options, rows.features());
        ClassifierTraining training = new ClassifierTraining(method, estimator, structure, prior, alpha, kinds);
        Classifier classifier = RuntimeErrors.at(classify.span(), () -> train(training, rows, null));
        if (classifier instanceof NaiveBayesClassifier nb) {
            out.println("classify nb: " + describeKinds(nb, options));
        }
        return new ClassifierValue(classifier, method, labelColumn.name(), Optional.of(training));
    }

    /** {@code classify qda|lda|rda} on a file read as it streams by: per-class moments without holding the rows. */
    private Value classifyStreamed(Expression.Classify classify, DatasetValue data, TableFile file, String label, Scope scope) {
        String method = classify.method().text();
        ClassifierOptions options = classify.options();
        Estimator estimator = options.estimator().map(w -> Estimator.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(Estimator.MLE);
        CovarianceStructure structure = options.covariance()
                .map(w -> CovarianceStructure.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(CovarianceStructure.FULL);
        ClassPrior prior = options.prior().map(p -> prior(p, scope)).orElse(ClassPrior.empirical());
        double alpha = options.alpha().map(a -> Coerce.number(evaluator.evaluate(a, scope), a.span(), "alpha")).orElse(Double.NaN);
        Span span = classify.data().span();
        List<String> features = LabelledRows.streamedFeatures(data, file, label, method.equals("nb"), span);
        ClassifierTraining training = new ClassifierTraining(method, estimator, structure, prior, alpha,
                featureKinds(options, features));
        if (method.equals("nb")) {
            StreamedStatistics.NaiveBayesRows rows = streamed(span,
                    () -> StreamedStatistics.naiveBayes(file, features, label, "classify nb"));
            reportDropped("classify nb", rows.dropped(), rows.rows(), span, rows.classes().isEmpty());
            NaiveBayesClassifier nb = RuntimeErrors.at(classify.span(), () -> NaiveBayesClassifier.fit(rows.classes(), rows.statistics(),
                    features, training.kinds().toArray(new FeatureKind[0]), estimator, prior, 0));
            out.println("classify nb: " + describeKinds(nb, options));
            return new ClassifierValue(nb, method, label, Optional.of(training));
        }
        StreamedStatistics.GroupedMoments grouped = streamed(span,
                () -> StreamedStatistics.groupedMoments(file, features, label, "classify " + method, data.loadMoments()));
        reportDropped("classify " + method, grouped.dropped(), grouped.rows(), span, grouped.byLevel().isEmpty());
        List<String> classes = List.copyOf(grouped.byLevel().keySet());
        List<Moments> perClass = List.copyOf(grouped.byLevel().values());
        double[] origin = features.stream().mapToDouble(file::origin).toArray();
        Classifier classifier = RuntimeErrors.at(classify.span(), () -> gaussian(training, classes, perClass, origin, features));
        return new ClassifierValue(classifier, method, label, Optional.of(training));
    }

    /** Says how many rows were dropped (as {@link LabelledRows} does), and refuses data with no complete row. */
    private void reportDropped(String statement, long dropped, long rows, Span span, boolean none) {
        if (dropped > 0) {
            out.println(statement + ": dropped " + dropped + " of " + rows + " rows with a missing label or feature");
        }
        if (none) {
            throw new GmException(span, "no complete rows: every row has a missing label or feature");
        }
    }

    private List<FeatureKind> featureKinds(ClassifierOptions options, List<String> features) {
        List<FeatureKind> kinds = new ArrayList<>(java.util.Collections.nCopies(features.size(), FeatureKind.AUTO));
        for (ClassifierOptions.FeatureKind kind : options.features()) {
            int position = features.indexOf(kind.feature().text());
            if (position < 0) {
                throw new GmException(kind.feature().span(), "unknown feature '" + kind.feature().text() + "'",
                        Suggestions.hint(kind.feature().text(), features, "features"));
            }
            kinds.set(position, FeatureKind.valueOf(kind.kind().text().toUpperCase(Locale.ROOT)));
        }
        return kinds;
    }

    private static String describeKinds(NaiveBayesClassifier nb, ClassifierOptions options) {
        List<String> given = options.features().stream().map(f -> f.feature().text()).toList();
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < nb.features().size(); j++) {
            String name = nb.features().get(j);
            parts.add(name + " " + nb.kinds()[j].name().toLowerCase(Locale.ROOT) + (given.contains(name) ? "" : " (inferred)"));
        }
        return String.join(", ", parts);
    }

    /** A statistic of a streamed file, its errors reported at the span (a row's infinite value as in memory). */
    private static <T> T streamed(Span span, java.util.function.Supplier<T> statistic) {
        try {
            return RuntimeErrors.at(span, statistic);
        } catch (StreamedStatistics.InfiniteValue e) {
            throw Fitting.infiniteValue(span, e.row, e.column, e.value);
        }
    }

    /** Fits the classifier on the rows where {@code mask} is true (all rows when it is null). */
    private static Classifier train(ClassifierTraining training, LabelledRows rows, boolean[] mask) {
        if (training.method().equals("nb")) {
            double[][] values = selected(rows.values(), mask);
            int[] labels = selected(rows.labels(), mask);
            return NaiveBayesClassifier.fit(rows.classes(), values, labels, rows.features(),
                    training.kinds().toArray(new FeatureKind[0]), training.estimator(), training.prior(), 0);
        }
        List<Moments> perClass = new ArrayList<>();
        for (int c = 0; c < rows.classes().size(); c++) {
            perClass.add(new Moments(rows.features().size()));
        }
        for (int i = 0; i < rows.rowCount(); i++) {
            if (mask == null || mask[i]) {
                perClass.get(rows.labels()[i]).add(rows.deltas()[i]);
            }
        }
        return gaussian(training, rows.classes(), perClass, rows.origin(), rows.features());
    }

    private static Classifier gaussian(ClassifierTraining training, List<String> classes, List<Moments> perClass,
                                       double[] origin, List<String> features) {
        return switch (training.method()) {
            case "qda" -> GaussianClassifier.qda(classes, perClass, origin, features,
                    training.estimator(), training.structure(), training.prior());
            case "lda" -> GaussianClassifier.lda(classes, perClass, origin, features,
                    training.estimator(), training.structure(), training.prior());
            default -> GaussianClassifier.rda(classes, perClass, origin, features,
                    training.estimator(), training.structure(), training.prior(), training.alpha());
        };
    }

    private static double[][] selected(double[][] rows, boolean[] mask) {
        if (mask == null) {
            return rows;
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (mask[i]) {
                kept.add(rows[i]);
            }
        }
        return kept.toArray(new double[0][]);
    }

    private static int[] selected(int[] labels, boolean[] mask) {
        if (mask == null) {
            return labels;
        }
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> mask[i]).map(i -> labels[i]).toArray();
    }

    private ClassPrior prior(Expression.Prior prior, Scope scope) {
        if (prior.named().isPresent()) {
            return prior.named().get().text().equals("uniform") ? ClassPrior.uniform() : ClassPrior.empirical();
        }
        Expression probabilities = prior.probabilities().orElseThrow();
        double[] p = Coerce.vector(evaluator.evaluate(probabilities, scope), probabilities.span(), "a prior");
        return RuntimeErrors.at(probabilities.span(), () -> ClassPrior.of(p));
    }

    // classifiers from parameters

    Value qdaParameters(Expression.QdaParameters qda, Scope scope) {
        List<String> classes = qda.classes().stream().map(Word::text).toList();
        double[][] means = Coerce.matrix(evaluator.evaluate(qda.means(), scope), qda.means().span(), "means (one row per class)");
        double[][][] covs = matrices(qda.covs(), scope);
        List<String> features = defaultFeatureNames(means.length == 0 ? 0 : means[0].length);
        ClassPrior prior = qda.prior().map(p -> prior(p, scope)).orElse(ClassPrior.uniform());
        Classifier classifier = RuntimeErrors.at(qda.span(), () -> GaussianClassifier.fromParameters(classes, features, means, covs, prior));
        return new ClassifierValue(classifier, "qda", DEFAULT_LABEL_COLUMN, Optional.empty());
    }

    /** {@code [[[...]], [[...]]]}: one covariance matrix per class, written as a list of matrices. */
    private double[][][] matrices(Expression covs, Scope scope) {
        if (!(covs instanceof Expression.VectorLiteral list)) {
            throw new GmException(covs.span(), "write the covariances as a list of matrices, one per class",
                    "e.g. covs [[[1, 0], [0, 1]], [[2, 0], [0, 2]]]");
        }
        double[][][] matrices = new double[list.elements().size()][][];
        for (int c = 0; c < matrices.length; c++) {
            Expression element = list.elements().get(c);
            matrices[c] = Coerce.matrix(evaluator.evaluate(element, scope), element.span(), "covariance " + (c + 1));
        }
        return matrices;
    }

    private static List<String> defaultFeatureNames(int d) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
        }
        return names;
    }

    Value naiveBayesParameters(Expression.NaiveBayesParameters nb, Scope scope) {
        List<String> classes = nb.classes().stream().map(Word::text).toList();
        List<NaiveBayesFeature> features = new ArrayList<>();
        for (Expression.NaiveBayesFeature feature : nb.features()) {
            String name = feature.name().text();
            if (feature.probabilities().isPresent()) {
                Expression p = feature.probabilities().get();
                double[] probabilities = Coerce.vector(evaluator.evaluate(p, scope), p.span(), "the probabilities of '" + name + "'");
                features.add(RuntimeErrors.at(feature.span(), () -> NaiveBayesFeature.bernoulli(name, probabilities)));
            } else {
                Expression m = feature.means().orElseThrow();
                Expression v = feature.variances().orElseThrow();
                double[] means = Coerce.vector(evaluator.evaluate(m, scope), m.span(), "the means of '" + name + "'");
                double[] variances = Coerce.vector(evaluator.evaluate(v, scope), v.span(), "the variances of '" + name + "'");
                features.add(RuntimeErrors.at(feature.span(), () -> NaiveBayesFeature.gaussian(name, means, variances)));
            }
        }
        ClassPrior prior = nb.prior().map(p -> prior(p, scope)).orElse(ClassPrior.uniform());
        Classifier classifier = RuntimeErrors.at(nb.span(), () -> NaiveBayesClassifier.fromParameters(classes, features, prior));
        return new ClassifierValue(classifier, "nb", DEFAULT_LABEL_COLUMN, Optional.empty());
    }

    // using a classifier

    Value predictAt(Expression.PredictAt predict, Scope scope) {
        ClassifierValue model = classifier(predict.model(), scope);
        Classifier classifier = model.classifier();
        if (predict.point().isPresent()) {
            Expression pointExpression = predict.point().get();
            double[] point = Coerce.vector(evaluator.evaluate(pointExpression, scope), pointExpression.span(), "the point");
            if (point.length != classifier.features().size()) {
                throw new GmException(pointExpression.span(), "the point has " + Evaluator.count(point.length, "value")
                        + " but the classifier has " + Evaluator.count(classifier.features().size(), "feature") + " ("
                        + String.join(", ", classifier.features()) + ")",
                        "give a value for each feature, or name some of them: predict q at (" + classifier.features().get(0) + " = 0)");
            }
            return new PredictionValue(RuntimeErrors.at(predict.span(), () -> classifier.predict(point)), classifier.classes());
        }
        int[] observed = new int[predict.partial().size()];
        double[] values = new double[observed.length];
        for (int k = 0; k < observed.length; k++) {
            Expression.Argument argument = predict.partial().get(k);
            Word name = argument.name().orElseThrow();
            observed[k] = classifier.features().indexOf(name.text());
            if (observed[k] < 0) {
                throw new GmException(name.span(), "the classifier has no feature '" + name.text() + "'",
                        Suggestions.hint(name.text(), classifier.features(), "features"));
            }
            values[k] = Coerce.number(evaluator.evaluate(argument.value(), scope), argument.value().span(), "the value of " + name.text());
        }
        return new PredictionValue(RuntimeErrors.at(predict.span(), () -> classifier.predictPartial(observed, values)), classifier.classes());
    }

    /** A dataset with the predicted class and each class's posterior probability, row by row (NA where a feature is missing). */
    Value predictOn(Expression.PredictOn predict, Scope scope) {
        ClassifierValue model = classifier(predict.model(), scope);
        Classifier classifier = model.classifier();
        DatasetValue data = Coerce.dataset(evaluator.evaluate(predict.data(), scope), predict.data().span(), "the data to predict");
        List<NumericColumn> features = new ArrayList<>();
        for (String name : classifier.features()) {
            Column column = data.data().column(name).orElseThrow(() -> Evaluator.unknownColumn(predict.data().span(), name, data.data()));
            if (!(column instanceof NumericColumn numeric)) {
                throw new GmException(predict.data().span(), "feature '" + name + "' must be numeric");
            }
            features.add(numeric);
        }
        int rows = data.data().rowCount();
        int classes = classifier.classes().size();
        String[] predicted = new String[rows];
        double[][] posterior = new double[classes][rows];
        for (int i = 0; i < rows; i++) {
            double[] x = new double[features.size()];
            boolean complete = true;
            for (int j = 0; j < x.length; j++) {
                x[j] = features.get(j).get(i);
                complete &= !Double.isNaN(x[j]);
            }
            if (!complete) {
                for (int c = 0; c < classes; c++) {
                    posterior[c][i] = Double.NaN;
                }
                continue;
            }
            Prediction prediction = RuntimeErrors.at(predict.span(), () -> classifier.predict(x));
            predicted[i] = prediction.predictedClass();
            double[] p = prediction.posterior();
            for (int c = 0; c < classes; c++) {
                posterior[c][i] = p[c];
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(CategoricalColumn.of("predicted", predicted));
        for (int c = 0; c < classes; c++) {
            columns.add(NumericColumn.of("p_" + classifier.classes().get(c), posterior[c]));
        }
        return new DatasetValue(Dataset.of(columns));
    }

    Value evaluate(Expression.Evaluate evaluate, Scope scope) {
        ClassifierValue model = classifier(evaluate.model(), scope);
        DatasetValue data = Coerce.dataset(evaluator.evaluate(evaluate.data(), scope), evaluate.data().span(), "the data to evaluate on");
        if (data.file().isPresent() && evaluate.crossValidation().isEmpty()) {
            Evaluation evaluation = streamedEvaluation(model, data, data.file().get(), evaluate.data().span(), "evaluate");
            return new EvaluationValue(evaluation, "training/test error of " + model.method() + " on " + evaluation.rows() + " rows");
        }
        LabelledRows rows = testRows(model, data, evaluate.data().span(), "evaluate");
        if (evaluate.crossValidation().isEmpty()) {
            Evaluation evaluation = RuntimeErrors.at(evaluate.span(), () -> Evaluation.onRows(model.classifier(), rows.values(), rows.labels()));
            return new EvaluationValue(evaluation, "training/test error of " + model.method() + " on " + rows.rowCount() + " rows");
        }
        ClassifierTraining training = model.training().orElseThrow(() -> new GmException(evaluate.crossValidation().get().span(),
                "cross-validation refits the classifier, but this one was given by its parameters, not trained on data",
                "train it with 'classify " + model.method() + " DATA by LABEL'"));
        Expression.CrossValidation cv = evaluate.crossValidation().get();
        Evaluation evaluation = RuntimeErrors.at(cv.span(), () -> cv.folds().isPresent()
                ? Evaluation.crossValidate(rows.values(), rows.labels(), cv.folds().getAsInt(), mask -> train(training, rows, mask))
                : Evaluation.leaveOneOut(rows.values(), rows.labels(), mask -> train(training, rows, mask)));
        String folds = cv.folds().isPresent() ? cv.folds().getAsInt() + "-fold cross-validated" : "leave-one-out cross-validated";
        return new EvaluationValue(evaluation, folds + " error of " + model.method() + " on " + rows.rowCount() + " rows");
    }

    /** error(q, data): the misclassification rate on the data, whose label column is the one q was trained on. */
    double errorRate(ClassifierValue model, DatasetValue data, Span span) {
        if (data.file().isPresent()) {
            return streamedEvaluation(model, data, data.file().get(), span, "error").errorRate();
        }
        LabelledRows rows = testRows(model, data, span, "error");
        return RuntimeErrors.at(span, () -> Evaluation.onRows(model.classifier(), rows.values(), rows.labels())).errorRate();
    }

    /** The classifier's predictions on a file's complete rows, counted as the file streams by. */
    private Evaluation streamedEvaluation(ClassifierValue model, DatasetValue data, TableFile file, Span span, String statement) {
        String label = model.labelColumn();
        if (!file.names().contains(label)) {
            throw new GmException(span, "the data has no column '" + label + "' with the true classes", model.training().isPresent()
                    ? "the classifier was trained on labels in '" + label + "'"
                    : "a classifier given by parameters reads the true classes from a column named '" + DEFAULT_LABEL_COLUMN + "'");
        }
        Classifier classifier = model.classifier();
        for (String feature : classifier.features()) {
            if (!data.names().contains(feature)) {
                throw Evaluator.unknownColumn(span, feature, data.names());
            }
            if (!file.isNumeric(feature)) {
                throw new GmException(span, classifier instanceof NaiveBayesClassifier
                        ? "feature '" + feature + "' is categorical here" : "feature '" + feature + "' must be numeric",
                        classifier instanceof NaiveBayesClassifier ? "code it as 0/1 in the data to predict" : null);
            }
        }
        StreamedStatistics.Confusion confusion;
        try {
            confusion = streamed(span, () -> StreamedStatistics.confusion(file, classifier, label, statement));
        } catch (StreamedStatistics.UnknownClass e) {
            throw new GmException(span, "row " + (e.row + 1) + " has class '" + e.label + "', which the classifier does not know",
                    "its classes are " + String.join(", ", classifier.classes()));
        }
        if (confusion.dropped() > 0) {
            out.println(statement + ": dropped " + confusion.dropped() + " of " + confusion.rows() + " rows with a missing label or feature");
        }
        if (confusion.dropped() == confusion.rows()) {
            throw new GmException(span, "no complete rows: every row has a missing label or feature");
        }
        return RuntimeErrors.at(span, () -> Evaluation.ofConfusion(classifier.classes(), confusion.counts()));
    }

    private LabelledRows testRows(ClassifierValue model, DatasetValue data, Span span, String statement) {
        Column labels = data.data().column(model.labelColumn()).or(() -> data.source().column(model.labelColumn()))
                .orElseThrow(() -> new GmException(span, "the data has no column '" + model.labelColumn()
                        + "' with the true classes", model.training().isPresent()
                        ? "the classifier was trained on labels in '" + model.labelColumn() + "'"
                        : "a classifier given by parameters reads the true classes from a column named '"
                                + DEFAULT_LABEL_COLUMN + "'"));
        Classifier classifier = model.classifier();
        if (classifier instanceof NaiveBayesClassifier) {
            for (String feature : classifier.features()) {
                if (data.data().column(feature).orElse(null) instanceof CategoricalColumn) {
                    throw new GmException(span, "feature '" + feature + "' is categorical here",
                            "code it as 0/1 in the data to predict");
                }
            }
        }
        return LabelledRows.forTesting(data, labels, classifier.features(), classifier.classes(), span, statement, out);
    }

    /** llr(q, x) for a two-class model: the log-likelihood ratio and its terms. */
    Value logLikelihoodRatio(ClassifierValue model, double[] x, Span span) {
        var ratio = RuntimeErrors.at(span, () -> model.classifier().llr(x));
        List<String> labels = new ArrayList<>(ratio.termNames());
        labels.add("total");
        double[] values = Arrays.copyOf(ratio.terms(), ratio.terms().length + 1);
        values[values.length - 1] = ratio.total();
        return new VectorValue(values, Optional.of(labels));
    }

    /** boundary q: for a 1-d two-class Gaussian model, the exact intervals where each class wins. */
    Value boundary(Expression.Boundary boundary, Scope scope) {
        ClassifierValue model = classifier(boundary.model(), scope);
        if (!(model.classifier() instanceof GaussianClassifier gaussian)) {
            throw new GmException(boundary.model().span(), "boundary needs a Gaussian classifier (qda, lda, rda), not naive Bayes");
        }
        DecisionBoundary1d regions = RuntimeErrors.at(boundary.span(), () -> DecisionBoundary1d.of(gaussian));
        return new Value.BoundaryValue(regions, gaussian.features().get(0));
    }

    private ClassifierValue classifier(Expression model, Scope scope) {
        Value value = evaluator.evaluate(model, scope);
        if (value instanceof ClassifierValue c) {
            return c;
        }
        throw new GmException(model.span(), "expected a classifier, not " + value.kind(),
                "make one with classify qda DATA by LABEL");
    }

    static MatrixValue confusion(Evaluation evaluation) {
        long[][] counts = evaluation.confusion();
        double[][] rows = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            rows[i] = Arrays.stream(counts[i]).asDoubleStream().toArray();
        }
        return new MatrixValue(rows, Optional.of(evaluation.classes()));
    }
}
