package gm.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** The statements and functions with one-line descriptions, for {@code help}. */
final class Help {

    private static final Map<String, String> STATEMENTS = new LinkedHashMap<>();

    static {
        STATEMENTS.put("x = EXPR", "name a value");
        STATEMENTS.put("print EXPR, ...", "print values (a bare expression prints too)");
        STATEMENTS.put("load \"FILE\" [OPTIONS]", "read a CSV/TSV file; options: delimiter, header, missing, skip, columns");
        STATEMENTS.put("describe DATA", "n, missing, mean, sd, quartiles per column; levels of categorical columns");
        STATEMENTS.put("DATA[a, b]  DATA.a", "select columns; one column");
        STATEMENTS.put("DATA where COND", "rows where a condition holds: ==, !=, <, <=, >, >=, and, or, not");
        STATEMENTS.put("table(a = [...], b = [...])", "a small dataset typed inline");
        STATEMENTS.put("fit gaussian DATA [OPTIONS]", "MLE Gaussian; options: estimator mle|unbiased, covariance full|diagonal|spherical, by COLUMN");
        STATEMENTS.put("g.mean g.cov g.corr g.sd g.n", "properties of a fitted Gaussian; gs[LEVEL] picks one group");
        STATEMENTS.put("classify qda|lda|rda|nb DATA by LABEL", "train a classifier; options: covariance, estimator, prior, alpha, feature");
        STATEMENTS.put("qda classes (...) means M covs C", "a QDA classifier from its parameters (also: naive bayes classes ... feature ...)");
        STATEMENTS.put("predict q at X | on DATA", "the class and posterior probabilities; at (x1 = 0) marginalises the rest");
        STATEMENTS.put("evaluate q on DATA [cv K|loo]", "error rate, confusion matrix, recall; cross-validated with cv");
        STATEMENTS.put("boundary q", "decision regions of a 1-d two-class classifier");
        STATEMENTS.put("seed N", "make every later random draw reproducible");
        STATEMENTS.put("compare covariance DATA", "loglik, AIC and BIC of full, diagonal and spherical fits");
        STATEMENTS.put("posterior niw DATA [prior P]", "NIW posterior; P = niw(mean m, kappa k, nu n, scale S)");
        STATEMENTS.put("posterior normal DATA ...", "posterior of the mean: ... known variance V (or covariance C) prior P");
        STATEMENTS.put("s = online gaussian D|DATA", "a Gaussian estimate updated row by row; s.mean s.cov s.precision");
        STATEMENTS.put("update s with ROW|DATA", "fold rows into an online Gaussian");
        STATEMENTS.put("explain EXPR", "the derivation of posterior niw|normal, condition(...) or fit gaussian");
        STATEMENTS.put("plot KIND X [options] [to \"FILE\"]", "hist, scatter, pairs, scatter3d, boundary, pdf, qq; PNG/SVG, or text");
        STATEMENTS.put("normality X", "skewness, kurtosis, Jarque–Bera and Shapiro–Wilk tests; Mardia's for several columns");
        STATEMENTS.put("set digits N", "significant digits shown (default 6, up to 17)");
        STATEMENTS.put("help", "this list");
        STATEMENTS.put("exit", "leave the REPL (also Ctrl-D)");
    }

    private Help() {
    }

    static String text() {
        StringBuilder text = new StringBuilder("statements:\n");
        int width = STATEMENTS.keySet().stream().mapToInt(String::length).max().orElse(0);
        STATEMENTS.forEach((syntax, description) ->
                text.append("  ").append(syntax).append(" ".repeat(width - syntax.length() + 2)).append(description).append('\n'));
        text.append("functions:\n  sqrt exp log abs ceil floor round  (element-wise)\n")
                .append("  sum mean min max sd var length  (missing values left out)\n")
                .append("  inv(A) det(A)  A * x  x' * x  A[i, j]  (1-based)\n")
                .append("  loglik(g, DATA)  error(q, DATA)  llr(q, x)\n")
                .append("  gaussian(m, S) normal(m, v) uniform(a, b) bernoulli(p) rademacher() sample(dist, n)\n")
                .append("  pdf logpdf llr normconst mahalanobis entropy kl  cov corr standardize whiten\n")
                .append("  condition(g, a = 1) marginal(g, [a]) bic(g, DATA) aic(g, DATA)\n")
                .append("  credible(post, 0.95) predictive(post) evidence(post)\n")
                .append("see docs/language.md for every statement with examples\n");
        return text.toString();
    }
}
