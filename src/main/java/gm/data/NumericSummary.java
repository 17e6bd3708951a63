package gm.data;

/**
 * Summary of a numeric column. {@code n} counts non-missing values; {@code sd} uses the n&minus;1 denominator;
 * quartiles and median follow R's default quantile (type 7). Statistics that do not exist are NaN
 * (all when n = 0; sd when n = 1; skewness and excess kurtosis, the moment estimators g1 and g2, when the values do
 * not vary).
 */
public record NumericSummary(String name, int n, int missing, double mean, double sd, double skewness,
                             double excessKurtosis, double min, double q1, double median, double q3, double max) {
}
