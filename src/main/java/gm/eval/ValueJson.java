package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.json.Json;
import gm.json.JsonObject;
import gm.runtime.Gaussian;
import gm.runtime.Moments;
import gm.runtime.NiwPrior;
import gm.runtime.OnlineGaussian;
import gm.runtime.classify.DecisionBoundary1d;
import gm.runtime.classify.Evaluation;
import gm.runtime.classify.GaussianClassifier;
import gm.runtime.classify.NaiveBayesClassifier;
import gm.runtime.classify.NaiveBayesFeature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every value as one JSON object with a {@code "type"} member: what {@code --format json} prints and what
 * {@code save} writes for a model. The schema is documented in docs/language.md ("JSON output and model files").
 * Missing values in columns and datasets are null; other non-finite numbers are the strings "NaN", "Infinity" and
 * "-Infinity".
 */
final class ValueJson {

    private ValueJson() {
    }

    static JsonObject of(Value value) {
        if (value instanceof Value.NumberValue n) {
            return typed("number").put("value", n.value());
        } else if (value instanceof Value.BooleanValue b) {
            return typed("boolean").put("value", b.value());
        } else if (value instanceof Value.StringValue s) {
            return typed("string").put("value", s.value());
        } else if (value instanceof Value.VectorValue v) {
            JsonObject json = typed("vector").put("value", v.values());
            v.labels().ifPresent(names -> json.put("names", names));
            return json;
        } else if (value instanceof Value.TextVectorValue t) {
            return typed("strings").put("value", t.values());
        } else if (value instanceof Value.LogicalVectorValue l) {
            List<String> items = new ArrayList<>();
            for (boolean b : l.values()) {
                items.add(Boolean.toString(b));
            }
            return typed("booleans").raw("value", Json.array(items));
        } else if (value instanceof Value.MatrixValue m) {
            JsonObject json = typed("matrix").put("value", m.rows());
            m.labels().ifPresent(names -> json.put("names", names));
            return json;
        } else if (value instanceof Value.ColumnValue c) {
            return typed("column").put("name", c.column().name()).raw("value", column(c.column()));
        } else if (value instanceof Value.DatasetValue d) {
            return dataset(d.data());
        } else if (value instanceof Value.GaussianValue g) {
            return gaussian(g.gaussian());
        } else if (value instanceof Value.GaussianGroupValue group) {
            return typed("gaussians").put("by", group.groupColumn()).put("levels", group.levels())
                    .raw("gaussians", Json.array(group.gaussians().stream().map(g -> gaussian(g).toString()).toList()));
        } else if (value instanceof Value.ClassifierValue c) {
            return classifier(c);
        } else if (value instanceof Value.PredictionValue p) {
            return typed("prediction").put("classes", p.classes()).put("class", p.prediction().predictedClass())
                    .put("posterior", p.prediction().posterior()).put("log_posterior", p.prediction().logPosterior());
        } else if (value instanceof Value.EvaluationValue e) {
            return evaluation(e);
        } else if (value instanceof Value.BoundaryValue b) {
            return boundary(b);
        } else if (value instanceof Value.DistributionValue d) {
            return distribution(d.distribution());
        } else if (value instanceof Value.StudentTValue t) {
            return typed("student_t").put("names", t.distribution().names()).put("location", t.distribution().location())
                    .put("scale", t.distribution().scale()).put("dof", t.distribution().dof());
        } else if (value instanceof Value.NiwPriorValue p) {
            return niwPrior(p.prior());
        } else if (value instanceof Value.NiwPosteriorValue p) {
            return typed("niw_posterior").put("names", p.posterior().names()).put("n", p.posterior().n())
                    .put("mean", p.posterior().mN()).put("kappa", p.posterior().kappaN()).put("nu", p.posterior().nuN())
                    .put("scale", p.posterior().SN()).put("weak_default_prior", p.weakDefault())
                    .put("prior", niwPrior(p.posterior().prior()));
        } else if (value instanceof Value.NormalPosteriorValue p) {
            Gaussian posterior = p.posterior().posterior();
            return typed("normal_posterior").put("names", posterior.names()).put("n", p.n())
                    .put("mean", posterior.mean()).put("cov", posterior.cov()).put("known_cov", p.knownCov())
                    .put("prior", gaussian(p.prior()));
        } else if (value instanceof Value.OnlineGaussianValue o) {
            return onlineGaussian(o.state());
        } else if (value instanceof Value.IntervalsValue i) {
            return typed("intervals").put("names", i.names()).put("level", i.level()).put("lower", i.lower())
                    .put("upper", i.upper());
        }
        throw new IllegalStateException("no JSON form for " + value.kind());
    }

    /** Whether the value is a model that {@code save} writes as JSON and {@code load model} reads back. */
    static boolean isModel(Value value) {
        return value instanceof Value.GaussianValue || value instanceof Value.GaussianGroupValue
                || value instanceof Value.ClassifierValue || value instanceof Value.DistributionValue
                || value instanceof Value.StudentTValue || value instanceof Value.NiwPriorValue
                || value instanceof Value.NiwPosteriorValue || value instanceof Value.NormalPosteriorValue
                || value instanceof Value.OnlineGaussianValue;
    }

    private static JsonObject typed(String type) {
        return new JsonObject().put("type", type);
    }

    private static String column(Column column) {
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                cells.add("null");
            } else if (column instanceof NumericColumn n) {
                cells.add(Json.number(n.get(row)));
            } else {
                cells.add(Json.string(((CategoricalColumn) column).get(row)));
            }
        }
        return Json.array(cells);
    }

    static JsonObject dataset(Dataset data) {
        return typed("dataset").put("rows", data.rowCount()).put("names", data.names())
                .raw("columns", Json.array(data.columns().stream().map(ValueJson::column).toList()));
    }

    static JsonObject gaussian(Gaussian g) {
        JsonObject json = typed("gaussian").put("names", g.names()).put("mean", g.mean()).put("cov", g.cov())
                .put("structure", g.structure().name().toLowerCase(Locale.ROOT)).put("n", g.n());
        return g.estimator() == null ? json : json.put("estimator", g.estimator().name().toLowerCase(Locale.ROOT));
    }

    private static JsonObject niwPrior(NiwPrior prior) {
        return typed("niw_prior").put("names", prior.names()).put("mean", prior.m0()).put("kappa", prior.kappa0())
                .put("nu", prior.nu0()).put("scale", prior.S0());
    }

    private static JsonObject onlineGaussian(OnlineGaussian state) {
        Moments moments = state.moments();
        JsonObject json = typed("online_gaussian").put("names", state.names()).put("n", moments.count())
                .put("mean", moments.mean()).put("comoment", moments.comoment());
        return state.startedPrecision().map(p -> json.put("precision", p)).orElseGet(() -> json.raw("precision", "null"));
    }

    private static JsonObject classifier(Value.ClassifierValue c) {
        JsonObject json = typed("classifier").put("method", c.method()).put("label_column", c.labelColumn())
                .put("classes", c.classifier().classes()).put("features", c.classifier().features())
                .put("log_priors", c.classifier().logPriors());
        if (c.classifier() instanceof GaussianClassifier g) {
            json.raw("class_gaussians", Json.array(g.classConditionals().stream().map(x -> gaussian(x).toString()).toList()));
        } else {
            List<String> features = new ArrayList<>();
            for (NaiveBayesFeature feature : ((NaiveBayesClassifier) c.classifier()).featureModels()) {
                JsonObject f = new JsonObject().put("name", feature.name())
                        .put("kind", feature.kind().name().toLowerCase(Locale.ROOT));
                if (feature.kind() == gm.runtime.classify.FeatureKind.BERNOULLI) {
                    f.put("probabilities", feature.probabilitiesOfOne());
                } else {
                    f.put("means", feature.means()).put("variances", feature.variances());
                }
                features.add(f.toString());
            }
            json.raw("feature_models", Json.array(features));
        }
        if (c.training().isEmpty()) {
            return json.raw("training", "null");
        }
        ClassifierTraining training = c.training().get();
        JsonObject t = new JsonObject().put("estimator", training.estimator().name().toLowerCase(Locale.ROOT))
                .put("covariance", training.structure().name().toLowerCase(Locale.ROOT))
                .put("prior", training.prior().kindName());
        if (training.prior().kindName().equals("explicit")) {
            t.put("prior_probabilities", training.prior().probabilities());
        }
        t.put("alpha", training.alpha())
                .put("feature_kinds", training.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        return json.put("training", t);
    }

    private static JsonObject evaluation(Value.EvaluationValue e) {
        Evaluation evaluation = e.evaluation();
        double[][] confusion = Arrays.stream(evaluation.confusion())
                .map(row -> Arrays.stream(row).asDoubleStream().toArray()).toArray(double[][]::new);
        return typed("evaluation").put("description", e.description()).put("classes", evaluation.classes())
                .put("rows", evaluation.rows()).put("errors", evaluation.errors()).put("error_rate", evaluation.errorRate())
                .put("confusion", confusion).put("recall", evaluation.recall());
    }

    private static JsonObject boundary(Value.BoundaryValue b) {
        List<String> regions = new ArrayList<>();
        for (DecisionBoundary1d.Region region : b.regions().regions()) {
            regions.add(new JsonObject().put("lower", region.lower()).put("upper", region.upper())
                    .put("class", region.winner()).toString());
        }
        return typed("boundary").put("feature", b.feature())
                .put("boundaries", b.regions().boundaries().stream().mapToDouble(Double::doubleValue).toArray())
                .raw("regions", Json.array(regions));
    }

    private static JsonObject distribution(ScalarDistribution distribution) {
        if (distribution instanceof ScalarDistribution.Uniform u) {
            return typed("distribution").put("name", "uniform").put("low", u.low()).put("high", u.high());
        } else if (distribution instanceof ScalarDistribution.Bernoulli b) {
            return typed("distribution").put("name", "bernoulli").put("p", b.p());
        }
        return typed("distribution").put("name", "rademacher");
    }
}
