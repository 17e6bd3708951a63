package gm.runtime.classify;

import gm.runtime.Wording;

import java.util.Arrays;
import java.util.List;

import gm.runtime.GaussianException;

/**
 * log p(x | numerator) - log p(x | denominator) for a two-class model, split into named terms whose sum is
 * {@link #total()} (up to rounding). Adding {@link #priorLogOdds()} gives the posterior log odds
 * log p(numerator | x) - log p(denominator | x).
 *
 * @param termNames one name per term: the feature names for naive Bayes; "quadratic", "linear", "constant" and
 *                  "log-determinant" for Gaussian class-conditionals
 */
public record LogLikelihoodRatio(String numeratorClass, String denominatorClass, double total, List<String> termNames,
        double[] terms, double priorLogOdds) {
    public LogLikelihoodRatio {
        termNames = List.copyOf(termNames);
        terms = terms.clone();
    }

    @Override
    public double[] terms() {
        return terms.clone();
    }

    /** The term with the given name. */
    public double term(String name) {
        int position = termNames.indexOf(name);
        if (position < 0) {
            throw new GaussianException("the log-likelihood ratio has no term '" + name + "'",
                    "use one of " + Wording.quotedList(termNames));
        }
        return terms[position];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogLikelihoodRatio that && numeratorClass.equals(that.numeratorClass)
                && denominatorClass.equals(that.denominatorClass) && Double.compare(total, that.total) == 0
                && termNames.equals(that.termNames) && Arrays.equals(terms, that.terms)
                && Double.compare(priorLogOdds, that.priorLogOdds) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * termNames.hashCode() + Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return "llr(" + numeratorClass + " : " + denominatorClass + ") = " + total + " = " + termNames + " "
                + Arrays.toString(terms);
    }
}
