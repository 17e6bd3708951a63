package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.ArrayList;
import java.util.List;

import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.Gaussian;
import gm.runtime.GaussianException;
import gm.runtime.Moments;

/**
 * A generative classifier with a Gaussian class-conditional density per class (Murphy §4.2): quadratic (one
 * covariance per class), linear (one pooled within-class covariance shared by all classes), regularised (a blend of
 * the two) or given by parameters. Immutable.
 *
 * <p>The fitting factories take per-class {@link Moments} of the rows minus an origin (null for zero), as
 * {@link gm.runtime.GaussianFit#fit} does, so that co-moments stay exact for data far from zero. Covariances are
 * normalised by n_c (MLE) or n_c - 1 (unbiased) per class; the pooled within-class covariance by n or n - C, the
 * conventions of R's {@code MASS::qda} and {@code MASS::lda} with {@code method = "mle"} and {@code "moment"}.
 */
public final class GaussianClassifier implements Classifier {
    private static final List<String> LLR_TERMS = List.of("quadratic", "linear", "constant", "log-determinant");

    private final List<String> classes;
    private final List<String> features;
    private final double[] logPriors;
    private final List<Gaussian> classConditionals;

    private GaussianClassifier(List<String> classes, List<String> features, double[] logPriors,
            List<Gaussian> classConditionals) {
        this.classes = classes;
        this.features = features;
        this.logPriors = logPriors;
        this.classConditionals = List.copyOf(classConditionals);
    }

    /**
     * Quadratic discriminant analysis: each class gets its own covariance, constrained to the given structure. A full
     * covariance of d features needs d + 1 rows in every class (d deviations from the class mean must span the
     * space); diagonal and spherical ones need 2 (one row has variance 0).
     */
    public static GaussianClassifier qda(List<String> classes, List<Moments> perClass, double[] origin,
            List<String> features, Estimator estimator, CovarianceStructure structure, ClassPrior prior) {
        Training training = Training.check(classes, perClass, origin, features, estimator, structure, prior);
        List<Gaussian> conditionals = new ArrayList<>();
        for (int c = 0; c < training.classCount(); c++) {
            conditionals.add(training.classCovarianceGaussian(c));
        }
        return new GaussianClassifier(training.classes, training.features, training.logPriors, conditionals);
    }

    /**
     * Linear discriminant analysis: every class shares the pooled within-class covariance Σ_c (co-moment of class c)
     * divided by n (MLE) or n - C (unbiased), then constrained to the given structure; not the covariance of all
     * rows about the overall mean. A full pooled covariance needs C + d rows in all, diagonal and spherical C + 1.
     */
    public static GaussianClassifier lda(List<String> classes, List<Moments> perClass, double[] origin,
            List<String> features, Estimator estimator, CovarianceStructure structure, ClassPrior prior) {
        Training training = Training.check(classes, perClass, origin, features, estimator, structure, prior);
        training.requirePooledRows();
        double[][] pooled = training.pooledCovariance();
        training.requireNoConstantColumn(pooled);
        List<Gaussian> conditionals = new ArrayList<>();
        for (int c = 0; c < training.classCount(); c++) {
            conditionals.add(training.gaussian(c, pooled, "the pooled within-class ",
                    "drop one of the collinear columns, or use covariance diagonal"));
        }
        return new GaussianClassifier(training.classes, training.features, training.logPriors, conditionals);
    }

    /**
     * Regularised discriminant analysis (Friedman 1989; Hastie, Tibshirani and Friedman, ESL eq. 4.13): class c gets
     * α·Σ_c + (1 - α)·Σ_pooled, with both matrices estimated as in {@link #qda} and {@link #lda} and the structure
     * applied to the blend. α = 1 is exactly {@link #qda}, α = 0 exactly {@link #lda}; in between a class needs only
     * the rows its estimator needs (1 for MLE, 2 for unbiased), as long as the blend is non-singular.
     */
    public static GaussianClassifier rda(List<String> classes, List<Moments> perClass, double[] origin,
            List<String> features, Estimator estimator, CovarianceStructure structure, ClassPrior prior, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new GaussianException("the rda weight alpha must lie in [0, 1], got " + Wording.number(alpha),
                    "alpha = 1 gives qda (one covariance per class), alpha = 0 lda (one shared covariance)");
        }
        if (alpha == 1) {
            return qda(classes, perClass, origin, features, estimator, structure, prior);
        }
        if (alpha == 0) {
            return lda(classes, perClass, origin, features, estimator, structure, prior);
        }
        Training training = Training.check(classes, perClass, origin, features, estimator, structure, prior);
        training.requireEstimatorRows();
        double[][] pooled = training.pooledCovariance();
        List<Gaussian> conditionals = new ArrayList<>();
        for (int c = 0; c < training.classCount(); c++) {
            conditionals.add(training.blendedCovarianceGaussian(c, pooled, alpha));
        }
        return new GaussianClassifier(training.classes, training.features, training.logPriors, conditionals);
    }

    /**
     * A classifier given by its parameters (textbook exercises): one mean and one positive-definite covariance per
     * class. An empirical prior is an error here: there are no training rows.
     */
    public static GaussianClassifier fromParameters(List<String> classes, List<String> features, double[][] means,
            double[][][] covs, ClassPrior prior) {
        List<String> checkedClasses = Text.classes(classes);
        List<String> checkedFeatures = Text.names(features, "feature");
        int classCount = checkedClasses.size();
        if (means == null || means.length != classCount || covs == null || covs.length != classCount) {
            throw new GaussianException("there are " + classCount + " classes " + Wording.tuple(checkedClasses) + " but "
                    + (means == null ? 0 : means.length) + " means and " + (covs == null ? 0 : covs.length)
                    + " covariances", "give one mean and one covariance per class, in class order");
        }
        requirePrior(prior);
        List<Gaussian> conditionals = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            try {
                conditionals.add(Gaussian.of(means[c], covs[c], checkedFeatures));
            } catch (GaussianException e) {
                throw new GaussianException("class '" + checkedClasses.get(c) + "': " + e.getMessage(), e.hint());
            }
        }
        return new GaussianClassifier(checkedClasses, checkedFeatures,
                prior.logProbabilities(checkedClasses, null), conditionals);
    }

    /**
     * A classifier saved earlier, exactly as it was: its log prior and class-conditional Gaussian per class, in class
     * order, all over the same features.
     */
    public static GaussianClassifier restore(List<String> classes, List<String> features, double[] logPriors,
            List<Gaussian> classConditionals) {
        List<String> checkedClasses = Text.classes(classes);
        List<String> checkedFeatures = Text.names(features, "feature");
        if (logPriors.length != checkedClasses.size() || classConditionals.size() != checkedClasses.size()) {
            throw new GaussianException("there are " + checkedClasses.size() + " classes but " + logPriors.length
                    + " log priors and " + classConditionals.size() + " class Gaussians", "give one of each per class");
        }
        for (Gaussian conditional : classConditionals) {
            if (!conditional.names().equals(checkedFeatures)) {
                throw new GaussianException("a class Gaussian is over " + Wording.tuple(conditional.names())
                        + ", not the features " + Wording.tuple(checkedFeatures), "give every class the same features");
            }
        }
        return new GaussianClassifier(checkedClasses, checkedFeatures, logPriors.clone(), classConditionals);
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

    /**
     * p(x | c) per class, in class order. Fitted ones carry their covariance structure and the class's own row
     * count; given ones are FULL with n = 0.
     */
    public List<Gaussian> classConditionals() {
        return classConditionals;
    }

    @Override
    public Prediction predict(double[] x) {
        return Prediction.fromLogJoint(classes, logJoint(x));
    }

    @Override
    public int predictedIndex(double[] x) {
        return Prediction.bestOf(classes, logJoint(x));
    }

    private double[] logJoint(double[] x) {
        Text.requirePoint(x, features);
        double[] logJoint = new double[classes.size()];
        double[] scratch = new double[x.length];
        for (int c = 0; c < logJoint.length; c++) {
            logJoint[c] = logPriors[c] + classConditionals.get(c).logpdf(x, scratch);
        }
        return logJoint;
    }

    /** The missing features are integrated out exactly: each class's marginal Gaussian over the observed ones. */
    @Override
    public Prediction predictPartial(int[] observed, double[] values) {
        Text.requireObserved(observed, values, features);
        double[] logJoint = logPriors.clone();
        if (observed.length > 0) {
            for (int c = 0; c < logJoint.length; c++) {
                logJoint[c] += classConditionals.get(c).marginal(observed).logpdf(values);
            }
        }
        return Prediction.fromLogJoint(classes, logJoint);
    }

    /**
     * log N(x | μ₁, Σ₁) - log N(x | μ₂, Σ₂) for the first class against the second, with the terms of the
     * discriminant written in x: quadratic -½xᵀ(Σ₁⁻¹ - Σ₂⁻¹)x (0 when the covariance is shared), linear
     * xᵀ(Σ₁⁻¹μ₁ - Σ₂⁻¹μ₂), constant -½(μ₁ᵀΣ₁⁻¹μ₁ - μ₂ᵀΣ₂⁻¹μ₂) and log-determinant -½(log|Σ₁| - log|Σ₂|). The total is
     * the difference of the two log densities, computed directly; the terms add up to it up to the rounding of the
     * expansion (which loses digits when x or the means are large compared to the spread).
     */
    @Override
    public LogLikelihoodRatio llr(double[] x) {
        Text.requireTwoClasses(classes, "llr");
        Text.requirePoint(x, features);
        Gaussian first = classConditionals.get(0);
        Gaussian second = classConditionals.get(1);
        double[] firstMean = first.mean();
        double[] secondMean = second.mean();
        double[] firstPrecisionMean = first.precisionTimes(firstMean);
        double[] secondPrecisionMean = second.precisionTimes(secondMean);
        double quadratic = -0.5 * (dot(x, first.precisionTimes(x)) - dot(x, second.precisionTimes(x)));
        double linear = dot(x, firstPrecisionMean) - dot(x, secondPrecisionMean);
        double constant = -0.5 * (dot(firstMean, firstPrecisionMean) - dot(secondMean, secondPrecisionMean));
        double logDeterminant = -0.5 * (first.logDet() - second.logDet());
        return new LogLikelihoodRatio(classes.get(0), classes.get(1), first.logpdf(x) - second.logpdf(x), LLR_TERMS,
                new double[] {quadratic, linear, constant, logDeterminant}, logPriors[0] - logPriors[1]);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void requirePrior(ClassPrior prior) {
        if (prior == null) {
            throw new GaussianException("no class prior was given", "give an empirical, uniform or explicit prior");
        }
    }

    @Override
    public String toString() {
        return "GaussianClassifier classes " + Wording.tuple(classes) + " features " + Wording.tuple(features);
    }

    /** Checked training statistics: class means (origin added back), co-moments, row counts and log priors. */
    private static final class Training {
        private final List<String> classes;
        private final List<String> features;
        private final List<Moments> perClass;
        private final double[][] means;
        private final long[] rows;
        private final Estimator estimator;
        private final CovarianceStructure structure;
        private final double[] logPriors;

        private Training(List<String> classes, List<String> features, List<Moments> perClass, double[][] means,
                long[] rows, Estimator estimator, CovarianceStructure structure, double[] logPriors) {
            this.classes = classes;
            this.features = features;
            this.perClass = perClass;
            this.means = means;
            this.rows = rows;
            this.estimator = estimator;
            this.structure = structure;
            this.logPriors = logPriors;
        }

        static Training check(List<String> classes, List<Moments> perClass, double[] origin, List<String> features,
                Estimator estimator, CovarianceStructure structure, ClassPrior prior) {
            List<String> checkedClasses = Text.classes(classes);
            List<String> checkedFeatures = Text.names(features, "feature");
            if (estimator == null || structure == null) {
                throw new GaussianException("no " + (estimator == null ? "estimator" : "covariance structure")
                        + " was given", "choose MLE or unbiased, and a full, diagonal or spherical covariance");
            }
            requirePrior(prior);
            int d = checkedFeatures.size();
            if (perClass == null || perClass.size() != checkedClasses.size()) {
                throw new GaussianException("there are " + checkedClasses.size() + " classes "
                        + Wording.tuple(checkedClasses) + " but statistics for " + (perClass == null ? 0 : perClass.size()),
                        "give the statistics of each class, in class order");
            }
            if (origin != null) {
                Text.requirePoint(origin, checkedFeatures, "the origin");
            }
            double[][] means = new double[checkedClasses.size()][];
            long[] rows = new long[checkedClasses.size()];
            for (int c = 0; c < checkedClasses.size(); c++) {
                Moments moments = perClass.get(c);
                String name = checkedClasses.get(c);
                if (moments == null || moments.dim() != d) {
                    throw new GaussianException("the statistics of class '" + name + "' have "
                            + (moments == null ? 0 : moments.dim()) + " columns but there are "
                            + Text.count(d, "feature") + " " + Wording.tuple(checkedFeatures),
                            "give statistics over the same columns for every class");
                }
                if (moments.count() == 0) {
                    throw new GaussianException("class '" + name + "' has no rows",
                            "add rows of class '" + name + "', or leave it out of the class list");
                }
                rows[c] = moments.count();
                means[c] = moments.mean();
                for (int i = 0; origin != null && i < d; i++) {
                    means[c][i] += origin[i];
                }
            }
            return new Training(checkedClasses, checkedFeatures, List.copyOf(perClass), means, rows, estimator,
                    structure, prior.logProbabilities(checkedClasses, rows));
        }

        int classCount() {
            return classes.size();
        }

        private String structureName() {
            return structure.name().toLowerCase();
        }

        private String className(int c) {
            return "class '" + classes.get(c) + "'";
        }

        Gaussian classCovarianceGaussian(int c) {
            int d = features.size();
            int needed = structure == CovarianceStructure.FULL ? d + 1 : 2;
            if (rows[c] < needed) {
                throw new GaussianException(className(c) + " has " + Text.count(rows[c], "row") + "; a "
                        + structureName() + " covariance of " + Wording.tuple(features) + " needs at least " + needed,
                        "add rows to " + className(c) + ", "
                                + (structure == CovarianceStructure.FULL
                                        ? "use covariance diagonal or spherical (2 rows per class), " : "")
                                + "or share one covariance across classes with lda or rda");
            }
            double[][] cov = constrain(perClass.get(c).covariance(estimator));
            List<String> constant = constantColumns(cov);
            if (!constant.isEmpty()) {
                throw new GaussianException(className(c) + ": " + columns(constant) + " constant (variance 0 over its "
                        + Text.count(rows[c], "row") + ")", "drop " + Wording.quotedList(constant)
                                + ", or share one covariance across classes with lda, or rda with alpha < 1");
            }
            return gaussian(c, cov, className(c) + ": ",
                    "drop one of the collinear columns, use covariance diagonal, or share one covariance across classes"
                            + " with lda, or rda with alpha < 1");
        }

        /** Σ_c comoment_c / (n or n - C), constrained to the structure. */
        double[][] pooledCovariance() {
            int d = features.size();
            double[][] scatter = new double[d][d];
            for (int c = 0; c < classCount(); c++) {
                double[][] comoment = perClass.get(c).comoment();
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        scatter[i][j] += comoment[i][j];
                    }
                }
            }
            // Callers have checked the rows: n - C ≥ 1 whenever the unbiased estimator is used.
            long divisor = estimator == Estimator.MLE ? totalRows() : totalRows() - classCount();
            for (double[] row : scatter) {
                for (int j = 0; j < d; j++) {
                    row[j] /= divisor;
                }
            }
            return constrain(scatter);
        }

        /** A full pooled covariance of d features needs C + d rows in all, diagonal and spherical ones C + 1. */
        void requirePooledRows() {
            int d = features.size();
            long total = totalRows();
            long needed = classCount() + (structure == CovarianceStructure.FULL ? d : 1);
            if (total < needed) {
                throw new GaussianException("the pooled within-class " + structureName() + " covariance of "
                        + Wording.tuple(features) + " needs at least " + needed + " rows (" + classCount() + " classes + "
                        + (structure == CovarianceStructure.FULL ? Text.count(d, "feature") : "1") + "), got " + total,
                        structure == CovarianceStructure.FULL ? "add rows, or use covariance diagonal or spherical"
                                : "add rows");
            }
        }

        /** With the unbiased estimator each class covariance divides by n_c - 1, so every class needs 2 rows. */
        void requireEstimatorRows() {
            for (int c = 0; c < classCount(); c++) {
                if (estimator == Estimator.UNBIASED && rows[c] < 2) {
                    throw new GaussianException(className(c) + " has 1 row; an unbiased covariance needs at least 2",
                            "add rows to " + className(c) + ", use the MLE estimator, or alpha = 0 (lda)");
                }
            }
        }

        private long totalRows() {
            long total = 0;
            for (long n : rows) {
                total += n;
            }
            return total;
        }

        Gaussian blendedCovarianceGaussian(int c, double[][] pooled, double alpha) {
            double[][] own = constrain(perClass.get(c).covariance(estimator));
            int d = features.size();
            double[][] blend = new double[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    blend[i][j] = alpha * own[i][j] + (1 - alpha) * pooled[i][j];
                }
            }
            requireNoConstantColumn(blend);
            return gaussian(c, blend, className(c) + " (rda, alpha = " + Wording.number(alpha) + "): ",
                    "drop one of the collinear columns, or use covariance diagonal");
        }

        /** A blend or pooled matrix has a zero variance only when the column is constant within every class. */
        void requireNoConstantColumn(double[][] cov) {
            List<String> constant = constantColumns(cov);
            if (!constant.isEmpty()) {
                throw new GaussianException(columns(constant) + " constant within every class (pooled within-class"
                        + " variance 0)", "drop " + Wording.quotedList(constant));
            }
        }

        /** N(mean_c, cov) carrying the structure and the class's row count; a singular cov is blamed on its owner. */
        Gaussian gaussian(int c, double[][] cov, String owner, String collinearHint) {
            try {
                return Gaussian.of(means[c], cov, features).withMetadata(structure, rows[c], null);
            } catch (GaussianException e) {
                throw new GaussianException(owner + e.getMessage(), collinearHint);
            }
        }

        private double[][] constrain(double[][] cov) {
            int d = cov.length;
            if (structure == CovarianceStructure.FULL) {
                return cov;
            }
            double[][] constrained = new double[d][d];
            double trace = 0;
            for (int i = 0; i < d; i++) {
                trace += cov[i][i];
            }
            for (int i = 0; i < d; i++) {
                constrained[i][i] = structure == CovarianceStructure.DIAGONAL ? cov[i][i] : trace / d;
            }
            return constrained;
        }

        private List<String> constantColumns(double[][] cov) {
            List<String> constant = new ArrayList<>();
            for (int i = 0; i < cov.length; i++) {
                if (cov[i][i] == 0) {
                    constant.add(features.get(i));
                }
            }
            return constant;
        }

        /** "column 'x' is", "columns 'x' and 'y' are" */
        private static String columns(List<String> names) {
            return (names.size() == 1 ? "column " : "columns ") + Wording.quotedList(names)
                    + (names.size() == 1 ? " is" : " are");
        }
    }
}
