package gm.runtime.classify;

/** The class-conditional distribution of one naive Bayes feature. */
public enum FeatureKind {
    /** Normal with a mean and a variance per class. */
    GAUSSIAN,
    /** Takes 0 or 1, with a probability of 1 per class. */
    BERNOULLI,
    /** When fitting: BERNOULLI if every value of the column is 0 or 1, else GAUSSIAN. */
    AUTO
}
