package gm.eval;

import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.classify.ClassPrior;
import gm.runtime.classify.FeatureKind;

import java.util.List;

/** How a classifier was trained, so cross-validation can refit it on each fold with the same options. */
record ClassifierTraining(String method, Estimator estimator, CovarianceStructure structure, ClassPrior prior, double alpha,
                          List<FeatureKind> kinds) {

    ClassifierTraining {
        kinds = List.copyOf(kinds);
    }
}
