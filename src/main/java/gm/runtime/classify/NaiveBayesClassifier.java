package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gm.runtime.Estimator;
import gm.runtime.GaussianException;

/**
 * Naive Bayes (Murphy §3.5): the features are independent given the class, each Gaussian or Bernoulli, so
 * log p(x | c) is a sum of one term per feature and a missing feature simply drops out of the sum (exact
 * marginalisation). Immutable.
 */
public final class NaiveBayesClassifier implements Classifier {
    private final List<String> classes;
    private final List<NaiveBayesFeature> featureModels;
    private final List<String> features;
    private final double[] logPriors;

    private NaiveBayesClassifier(List<String> classes, List<NaiveBayesFeature> featureModels, double[] logPriors) {
        this.classes = classes;
        this.featureModels = List.copyOf(featureModels);
        this.features = featureModels.stream().map(NaiveBayesFeature::name).toList();
        this.logPriors = logPriors;
    }

    /**
     * Fits per-class means and variances (divided by n_c for MLE, as scikit-learn's GaussianNB with
     * var_smoothing = 0; by n_c - 1 for unbiased, as R's e1071::naiveBayes) and per-class Bernoulli probabilities
     * (ones + s) / (n_c + 2s) with pseudo-count s = bernoulliSmoothing: s = 1 is Laplace smoothing, as
     * scikit-learn's BernoulliNB(alpha = 1); s = 0 is the plain frequency, as e1071, and is an error when a class has
     * only 0s or only 1s in a column, since that probability would rule the class out for any row with the other
     * value.
     *
     * @param labels each row's class, as a position in classes
     * @param kinds  one per feature; AUTO becomes BERNOULLI when every value of the column is 0 or 1, else GAUSSIAN
     *               (see {@link #kinds()})
     */
    public static NaiveBayesClassifier fit(List<String> classes, double[][] rows, int[] labels, List<String> features,
            FeatureKind[] kinds, Estimator estimator, ClassPrior prior, double bernoulliSmoothing) {
        List<String> checkedClasses = Text.classes(classes);
        List<String> checkedFeatures = Text.names(features, "feature");
        int classCount = checkedClasses.size();
        int d = checkedFeatures.size();
        requireRows(rows, labels, checkedClasses, checkedFeatures);
        requireOptions(checkedFeatures, kinds, estimator, prior, bernoulliSmoothing);
        Statistics statistics = new Statistics(classCount, d);
        for (int r = 0; r < rows.length; r++) {
            statistics.add(r, rows[r], labels[r]);
        }
        return fitted(checkedClasses, checkedFeatures, statistics, kinds, estimator, prior, bernoulliSmoothing);
    }

    /**
     * {@link #fit} from the rows' statistics: the same parameters (up to the rounding of merged parts), for rows that
     * were not held, e.g. a file read in chunks. A row number in a message is the statistics' row index plus one.
     */
    public static NaiveBayesClassifier fit(List<String> classes, Statistics statistics, List<String> features,
            FeatureKind[] kinds, Estimator estimator, ClassPrior prior, double bernoulliSmoothing) {
        List<String> checkedClasses = Text.classes(classes);
        List<String> checkedFeatures = Text.names(features, "feature");
        if (statistics == null || statistics.classCount != checkedClasses.size() || statistics.d != checkedFeatures.size()) {
            throw new GaussianException("the statistics are not of " + Text.count(checkedClasses.size(), "class") + " and "
                    + Text.count(checkedFeatures.size(), "feature"), "accumulate them over the classes and features given");
        }
        requireOptions(checkedFeatures, kinds, estimator, prior, bernoulliSmoothing);
        return fitted(checkedClasses, checkedFeatures, statistics, kinds, estimator, prior, bernoulliSmoothing);
    }

    private static void requireOptions(List<String> features, FeatureKind[] kinds, Estimator estimator,
            ClassPrior prior, double bernoulliSmoothing) {
        int d = features.size();
        if (kinds == null || kinds.length != d) {
            throw new GaussianException("there are " + Text.count(d, "feature") + " " + Wording.tuple(features)
                    + " but " + (kinds == null ? 0 : kinds.length) + " feature kinds", "give one kind per feature");
        }
        if (estimator == null || prior == null) {
            throw new GaussianException("no " + (estimator == null ? "estimator" : "class prior") + " was given",
                    "choose MLE or unbiased, and an empirical, uniform or explicit prior");
        }
        if (!(bernoulliSmoothing >= 0 && Double.isFinite(bernoulliSmoothing))) {
            throw new GaussianException("the Bernoulli smoothing pseudo-count must be finite and at least 0, got "
                    + bernoulliSmoothing, "use 0 for plain frequencies or 1 for Laplace smoothing");
        }
    }

    private static NaiveBayesClassifier fitted(List<String> checkedClasses, List<String> checkedFeatures,
            Statistics statistics, FeatureKind[] kinds, Estimator estimator, ClassPrior prior, double bernoulliSmoothing) {
        int classCount = checkedClasses.size();
        int d = checkedFeatures.size();
        long[] rowsPerClass = statistics.rows.clone();
        for (int c = 0; c < classCount; c++) {
            if (rowsPerClass[c] == 0) {
                throw new GaussianException("class '" + checkedClasses.get(c) + "' has no rows",
                        "add rows of class '" + checkedClasses.get(c) + "', or leave it out of the class list");
            }
        }
        List<NaiveBayesFeature> models = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            String name = checkedFeatures.get(j);
            FeatureKind kind = resolveKind(kinds[j], statistics, j, name);
            models.add(kind == FeatureKind.BERNOULLI
                    ? fitBernoulli(checkedClasses, statistics, j, name, rowsPerClass, bernoulliSmoothing)
                    : fitGaussian(checkedClasses, statistics, j, name, rowsPerClass, estimator));
        }
        return new NaiveBayesClassifier(checkedClasses, models, prior.logProbabilities(checkedClasses, rowsPerClass));
    }

    /**
     * What fitting needs of labelled rows: per class the number of rows and, per feature, the running mean and
     * co-moment (Welford's update, merged with Chan et al.'s) and the number of 1s; per feature the first row whose
     * value is neither 0 nor 1. Mutable accumulator.
     */
    public static final class Statistics {
        private final int classCount;
        private final int d;
        private final long[] rows;
        private final double[][] means;
        private final double[][] comoments;
        private final long[][] ones;
        private final long[] firstNonBinaryRow;
        private final double[] firstNonBinaryValue;

        public Statistics(int classCount, int d) {
            this.classCount = classCount;
            this.d = d;
            rows = new long[classCount];
            means = new double[classCount][d];
            comoments = new double[classCount][d];
            ones = new long[classCount][d];
            firstNonBinaryRow = new long[d];
            java.util.Arrays.fill(firstNonBinaryRow, -1);
            firstNonBinaryValue = new double[d];
        }

        /** Adds row number {@code row} (from 0), of class {@code label} (a position in the classes). */
        public void add(long row, double[] x, int label) {
            long seen = ++rows[label];
            double[] mean = means[label];
            double[] comoment = comoments[label];
            for (int j = 0; j < d; j++) {
                double delta = x[j] - mean[j];
                mean[j] += delta / seen;
                comoment[j] += delta * (x[j] - mean[j]);
                if (x[j] == 1) {
                    ones[label][j]++;
                } else if (x[j] != 0 && firstNonBinaryRow[j] < 0) {
                    firstNonBinaryRow[j] = row;
                    firstNonBinaryValue[j] = x[j];
                }
            }
        }

        /** The statistics of single classes (each of one class) as those of one row set, class by class. */
        public static Statistics combine(List<Statistics> perClass) {
            int d = perClass.isEmpty() ? 0 : perClass.get(0).d;
            Statistics all = new Statistics(perClass.size(), d);
            for (int c = 0; c < perClass.size(); c++) {
                Statistics one = perClass.get(c);
                if (one.classCount != 1 || one.d != d) {
                    throw new GaussianException("class " + (c + 1) + "'s statistics are not of one class and " + d
                            + " features", "accumulate each class on its own");
                }
                all.rows[c] = one.rows[0];
                all.means[c] = one.means[0].clone();
                all.comoments[c] = one.comoments[0].clone();
                all.ones[c] = one.ones[0].clone();
                for (int j = 0; j < d; j++) {
                    if (one.firstNonBinaryRow[j] >= 0
                            && (all.firstNonBinaryRow[j] < 0 || one.firstNonBinaryRow[j] < all.firstNonBinaryRow[j])) {
                        all.firstNonBinaryRow[j] = one.firstNonBinaryRow[j];
                        all.firstNonBinaryValue[j] = one.firstNonBinaryValue[j];
                    }
                }
            }
            return all;
        }

        /** Adds the statistics of rows that come after these ones. */
        public void merge(Statistics later) {
            for (int c = 0; c < classCount; c++) {
                long total = rows[c] + later.rows[c];
                if (later.rows[c] > 0) {
                    for (int j = 0; j < d; j++) {
                        double delta = later.means[c][j] - means[c][j];
                        comoments[c][j] += later.comoments[c][j] + delta * delta * ((double) rows[c] * later.rows[c] / total);
                        means[c][j] += delta * ((double) later.rows[c] / total);
                        ones[c][j] += later.ones[c][j];
                    }
                }
                rows[c] = total;
            }
            for (int j = 0; j < d; j++) {
                if (firstNonBinaryRow[j] < 0 && later.firstNonBinaryRow[j] >= 0) {
                    firstNonBinaryRow[j] = later.firstNonBinaryRow[j];
                    firstNonBinaryValue[j] = later.firstNonBinaryValue[j];
                }
            }
        }
    }

    /** A classifier given by its per-feature parameters; an empirical prior is an error (there are no rows). */
    public static NaiveBayesClassifier fromParameters(List<String> classes, List<NaiveBayesFeature> features,
            ClassPrior prior) {
        List<String> checkedClasses = Text.classes(classes);
        if (features == null || features.isEmpty() || features.stream().anyMatch(Objects::isNull)) {
            throw new GaussianException("a naive Bayes classifier needs at least one feature", "give every feature");
        }
        Text.names(features.stream().map(NaiveBayesFeature::name).toList(), "feature");
        for (NaiveBayesFeature feature : features) {
            feature.requireValidFor(checkedClasses);
        }
        if (prior == null) {
            throw new GaussianException("no class prior was given", "give a uniform or explicit prior");
        }
        return new NaiveBayesClassifier(checkedClasses, features, prior.logProbabilities(checkedClasses, null));
    }

    /** A classifier saved earlier, exactly as it was: its log priors and per-feature models, in class order. */
    public static NaiveBayesClassifier restore(List<String> classes, List<NaiveBayesFeature> features, double[] logPriors) {
        List<String> checkedClasses = Text.classes(classes);
        if (features.isEmpty() || logPriors.length != checkedClasses.size()) {
            throw new GaussianException("there are " + checkedClasses.size() + " classes, " + features.size()
                    + " features and " + logPriors.length + " log priors", "give at least one feature and one log prior per class");
        }
        Text.names(features.stream().map(NaiveBayesFeature::name).toList(), "feature");
        for (NaiveBayesFeature feature : features) {
            feature.requireValidFor(checkedClasses);
        }
        return new NaiveBayesClassifier(checkedClasses, features, logPriors.clone());
    }

    private static void requireRows(double[][] rows, int[] labels, List<String> classes, List<String> features) {
        if (rows == null || labels == null || rows.length != labels.length) {
            throw new GaussianException("there are " + (rows == null ? 0 : rows.length) + " rows but "
                    + (labels == null ? 0 : labels.length) + " labels", "give one label per row");
        }
        Text.requireLabels(labels, classes);
        for (int r = 0; r < rows.length; r++) {
            try {
                Text.requirePoint(rows[r], features, "row " + (r + 1));
            } catch (GaussianException e) {
                throw new GaussianException(e.getMessage(), "remove or impute missing values before fitting");
            }
        }
    }

    private static FeatureKind resolveKind(FeatureKind kind, Statistics statistics, int j, String name) {
        if (kind == null) {
            throw new GaussianException("feature '" + name + "' has no kind", "give gaussian, bernoulli or auto");
        }
        boolean binary = statistics.firstNonBinaryRow[j] < 0;
        if (!binary && kind == FeatureKind.BERNOULLI) {
            throw new GaussianException("'" + name + "' is a Bernoulli feature and takes 0 or 1, but row "
                    + (statistics.firstNonBinaryRow[j] + 1)
                    + " has " + Wording.number(statistics.firstNonBinaryValue[j]), "code it as 0/1, or model it as a Gaussian feature");
        }
        return kind == FeatureKind.AUTO ? (binary ? FeatureKind.BERNOULLI : FeatureKind.GAUSSIAN) : kind;
    }

    private static NaiveBayesFeature fitBernoulli(List<String> classes, Statistics statistics, int j,
            String name, long[] rowsPerClass, double smoothing) {
        long[] ones = new long[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            ones[c] = statistics.ones[c][j];
        }
        double[] probabilities = new double[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            probabilities[c] = (ones[c] + smoothing) / (rowsPerClass[c] + 2 * smoothing);
            if (probabilities[c] == 0 || probabilities[c] == 1) {
                throw new GaussianException("class '" + classes.get(c) + "': Bernoulli feature '" + name + "' is "
                        + (ones[c] == 0 ? 0 : 1) + " in all " + Text.count(rowsPerClass[c], "row") + ", so p(" + name
                        + " = " + (ones[c] == 0 ? 1 : 0) + ") would be 0 and rule the class out",
                        "use Bernoulli smoothing 1 (Laplace, as scikit-learn's BernoulliNB), or drop '" + name + "'");
            }
        }
        return NaiveBayesFeature.bernoulli(name, probabilities);
    }

    private static NaiveBayesFeature fitGaussian(List<String> classes, Statistics statistics, int j,
            String name, long[] rowsPerClass, Estimator estimator) {
        int classCount = classes.size();
        double[] means = new double[classCount];
        double[] comoments = new double[classCount];
        for (int c = 0; c < classCount; c++) {
            means[c] = statistics.means[c][j];
            comoments[c] = statistics.comoments[c][j];
        }
        double[] variances = new double[classCount];
        for (int c = 0; c < classCount; c++) {
            String className = "class '" + classes.get(c) + "'";
            if (rowsPerClass[c] < 2) {
                throw new GaussianException(className + " has 1 row; the variance of Gaussian feature '" + name
                        + "' needs at least 2", "add rows to " + className);
            }
            if (comoments[c] == 0) {
                throw new GaussianException(className + ": Gaussian feature '" + name
                        + "' is constant (variance 0 over "
                        + Text.count(rowsPerClass[c], "row") + ")", "drop '" + name + "'; naive Bayes needs a positive"
                                + " variance in every class");
            }
            variances[c] = comoments[c] / (estimator == Estimator.MLE ? rowsPerClass[c] : rowsPerClass[c] - 1);
        }
        return NaiveBayesFeature.gaussian(name, means, variances);
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public List<String> features() {
        return features;
    }

    @Override
    public double[] logPriors() {
        return logPriors.clone();
    }

    /** One model per feature, in feature order. */
    public List<NaiveBayesFeature> featureModels() {
        return featureModels;
    }

    /** The kind of each feature (GAUSSIAN or BERNOULLI, never AUTO: fitting resolves it). */
    public FeatureKind[] kinds() {
        return featureModels.stream().map(NaiveBayesFeature::kind).toArray(FeatureKind[]::new);
    }

    @Override
    public Prediction predict(double[] x) {
        Text.requirePoint(x, features);
        return predictPartial(allFeatures(), x);
    }

    /** A missing feature's term integrates to 1, so it is simply left out of the sum. */
    @Override
    public Prediction predictPartial(int[] observed, double[] values) {
        requireObservedValues(observed, values);
        double[] logJoint = logPriors.clone();
        for (int i = 0; i < observed.length; i++) {
            NaiveBayesFeature feature = featureModels.get(observed[i]);
            for (int c = 0; c < logJoint.length; c++) {
                logJoint[c] += feature.logLikelihood(c, values[i]);
            }
        }
        return Prediction.fromLogJoint(classes, logJoint);
    }

    /** One term per feature: log p(x_j | first class) - log p(x_j | second class). */
    @Override
    public LogLikelihoodRatio llr(double[] x) {
        Text.requireTwoClasses(classes, "llr");
        Text.requirePoint(x, features);
        requireObservedValues(allFeatures(), x);
        double[] terms = new double[x.length];
        double total = 0;
        for (int j = 0; j < x.length; j++) {
            NaiveBayesFeature feature = featureModels.get(j);
            double first = feature.logLikelihood(0, x[j]);
            double second = feature.logLikelihood(1, x[j]);
            if (first == Double.NEGATIVE_INFINITY && second == Double.NEGATIVE_INFINITY) {
                throw new GaussianException("'" + features.get(j) + "' = " + Wording.number(x[j])
                        + " has probability 0 under"
                        + " both classes, so their likelihood ratio is undefined",
                        "give Bernoulli probabilities strictly between 0 and 1");
            }
            terms[j] = first - second;
            total += terms[j];
        }
        if (Double.isNaN(total)) {
            throw new GaussianException("the point has probability 0 under each class through different features, so"
                    + " the likelihood ratio is undefined", "give Bernoulli probabilities strictly between 0 and 1");
        }
        return new LogLikelihoodRatio(classes.get(0), classes.get(1), total, features, terms,
                logPriors[0] - logPriors[1]);
    }

    private int[] allFeatures() {
        int[] all = new int[features.size()];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        return all;
    }

    private void requireObservedValues(int[] observed, double[] values) {
        Text.requireObserved(observed, values, features);
        for (int i = 0; i < observed.length; i++) {
            featureModels.get(observed[i]).requireValue(values[i]);
        }
    }

    @Override
    public String toString() {
        return "NaiveBayesClassifier classes " + Wording.tuple(classes) + " features " + featureModels;
    }
}
