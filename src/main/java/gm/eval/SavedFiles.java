package gm.eval;

import gm.io.AtomicFile;
import gm.io.FileWriteException;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.json.Json;
import gm.json.JsonException;
import gm.json.JsonObject;
import gm.json.JsonReader;
import gm.lang.GmException;
import gm.lang.Source;
import gm.lang.Span;
import gm.lang.ast.Expression;
import gm.lang.ast.Statement;
import gm.runtime.CovarianceStructure;
import gm.runtime.Estimator;
import gm.runtime.Gaussian;
import gm.runtime.GaussianException;
import gm.runtime.Moments;
import gm.runtime.MultivariateStudentT;
import gm.runtime.NiwPosterior;
import gm.runtime.NiwPrior;
import gm.runtime.NormalMeanPosterior;
import gm.runtime.OnlineGaussian;
import gm.runtime.classify.ClassPrior;
import gm.runtime.classify.FeatureKind;
import gm.runtime.classify.GaussianClassifier;
import gm.runtime.classify.NaiveBayesClassifier;
import gm.runtime.classify.NaiveBayesFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code save VALUE to "file"} and {@code load model "file"}: a model is written as JSON that reads back to the same
 * doubles, bit for bit; a dataset (or column) as comma-separated text ({@code .tsv}: tab-separated) that {@code load}
 * reads back. Paths are relative to the script's folder; files are replaced atomically.
 */
final class SavedFiles {

    static final String FORMAT = "gm-model";
    static final int VERSION = 1;

    private SavedFiles() {
    }

    static void save(Statement.Save save, Value value, Span valueSpan, FileAccess files, PrintStream out) {
        Path path = files.forWriting(save.path(), save.pathSpan());
        String name = save.path().toLowerCase(Locale.ROOT);
        boolean tableFile = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
        TextContent content;
        if (value instanceof Value.DatasetValue || value instanceof Value.ColumnValue) {
            if (name.endsWith(".json")) {
                throw new GmException(save.pathSpan(), "a dataset is saved as delimited text, not JSON",
                        "give a .csv (or .tsv) file name, e.g. save ds to \"data.csv\"");
            }
            Dataset data = value instanceof Value.DatasetValue d ? d.data() : Dataset.of(List.of(((Value.ColumnValue) value).column()));
            char delimiter = name.endsWith(".tsv") ? '\t' : ',';
            content = writer -> writeDelimited(data, delimiter, writer);
        } else if (ValueJson.isModel(value)) {
            if (tableFile) {
                throw new GmException(save.pathSpan(), "a model is saved as JSON, not as a table",
                        "give a .json file name, e.g. save q to \"q.json\"");
            }
            String json = new JsonObject().put("format", FORMAT).put("version", VERSION).put("model", ValueJson.of(value))
                    + "\n";
            content = writer -> writer.write(json);
        } else {
            throw new GmException(valueSpan, "cannot save " + value.kind(),
                    "save writes models (Gaussians, classifiers, posteriors, online estimates, distributions) as JSON "
                            + "and datasets as CSV");
        }
        try {
            AtomicFile.write(path, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                content.writeTo(writer);
                writer.flush();
            });
        } catch (FileWriteException e) {
            throw new GmException(save.pathSpan(), "cannot save to " + save.path() + ": " + e.getMessage(), e.hint());
        }
        out.println("saved " + value.kind() + " to " + save.path());
    }

    private static void writeDelimited(Dataset data, char delimiter, Writer writer) throws IOException {
        List<String> header = new ArrayList<>();
        for (String name : data.names()) {
            header.add(field(name, delimiter));
        }
        writer.write(String.join(String.valueOf(delimiter), header));
        writer.write('\n');
        for (int row = 0; row < data.rowCount(); row++) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < data.columnCount(); j++) {
                if (j > 0) {
                    line.append(delimiter);
                }
                line.append(cell(data.columns().get(j), row, delimiter));
            }
            writer.write(line.append('\n').toString());
        }
    }

    private static String cell(Column column, int row, char delimiter) {
        if (column.isMissing(row)) {
            return "NA";
        }
        if (column instanceof NumericColumn n) {
            double value = n.get(row);
            return Double.isInfinite(value) ? (value > 0 ? "Inf" : "-Inf") : Json.number(value);
        }
        return field(((CategoricalColumn) column).get(row), delimiter);
    }

    /** Quoted (with doubled quotes) when the text holds the delimiter, a quote, a line break or edge spaces. */
    private static String field(String text, char delimiter) {
        boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip()) || text.isEmpty();
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** What goes into a saved file, as text. */
    private interface TextContent {
        void writeTo(Writer writer) throws IOException;
    }

    static Value load(Expression.LoadModel load, Source source, FileAccess files) {
        Path path = files.forReading(load.path(), load.pathSpan());
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GmException(load.pathSpan(), "no such file: " + load.path(),
                    "relative paths start at " + source.folder() + (source.name().startsWith("<") ? "" : ", the script's folder"));
        } catch (IOException e) {
            throw new GmException(load.pathSpan(), "cannot read " + load.path() + ": " + e.getMessage());
        }
        try {
            JsonFields file = JsonFields.of(JsonReader.parse(text), "the file");
            if (!file.has("format") || !file.string("format").equals(FORMAT)) {
                throw new JsonException("it is not a gm model file (no \"format\": \"" + FORMAT + "\")");
            }
            if (file.number("version") != VERSION) {
                throw new JsonException("it is version " + Json.number(file.number("version")) + " of the model format; this gm reads version "
                        + VERSION);
            }
            return model(file.object("model"));
        } catch (JsonException | GaussianException e) {
            throw new GmException(load.pathSpan(), "cannot read the model in " + load.path() + ": " + e.getMessage(),
                    "model files are written by 'save MODEL to \"file.json\"'");
        }
    }

    private static Value model(JsonFields model) {
        String type = model.string("type");
        return switch (type) {
            case "gaussian" -> new Value.GaussianValue(gaussian(model));
            case "gaussians" -> gaussians(model);
            case "classifier" -> classifier(model);
            case "distribution" -> distribution(model);
            case "student_t" -> new Value.StudentTValue(MultivariateStudentT.of(model.numbers("location"),
                    model.matrix("scale"), model.number("dof"), model.strings("names")));
            case "niw_prior" -> new Value.NiwPriorValue(niwPrior(model));
            case "niw_posterior" -> new Value.NiwPosteriorValue(NiwPosterior.restore(niwPrior(model.object("prior")),
                    model.count("n"), model.numbers("mean"), model.number("kappa"), model.number("nu"), model.matrix("scale")),
                    model.bool("weak_default_prior"));
            case "normal_posterior" -> normalPosterior(model);
            case "online_gaussian" -> onlineGaussian(model);
            default -> throw new JsonException("unknown model type '" + type + "'");
        };
    }

    private static Gaussian gaussian(JsonFields model) {
        CovarianceStructure structure = CovarianceStructure.valueOf(
                choice(model, "structure", List.of("full", "diagonal", "spherical")).toUpperCase(Locale.ROOT));
        Estimator estimator = model.has("estimator") ? Estimator.valueOf(
                choice(model, "estimator", List.of("mle", "unbiased")).toUpperCase(Locale.ROOT)) : null;
        return Gaussian.of(model.numbers("mean"), model.matrix("cov"), model.strings("names"))
                .withMetadata(structure, model.count("n"), estimator);
    }

    private static Value gaussians(JsonFields model) {
        List<String> levels = model.strings("levels");
        List<Gaussian> gaussians = model.objects("gaussians").stream().map(SavedFiles::gaussian).toList();
        if (levels.size() != gaussians.size() || levels.isEmpty()) {
            throw new JsonException("there are " + levels.size() + " levels but " + gaussians.size() + " Gaussians");
        }
        return new Value.GaussianGroupValue(model.string("by"), levels, gaussians);
    }

    private static NiwPrior niwPrior(JsonFields model) {
        return new NiwPrior(model.numbers("mean"), model.number("kappa"), model.number("nu"), model.matrix("scale"),
                model.strings("names"));
    }

    private static Value normalPosterior(JsonFields model) {
        double[][] known = model.matrix("known_cov");
        Gaussian posterior = Gaussian.of(model.numbers("mean"), model.matrix("cov"), model.strings("names"));
        return new Value.NormalPosteriorValue(NormalMeanPosterior.restore(posterior, known), gaussian(model.object("prior")),
                known, model.count("n"));
    }

    private static Value onlineGaussian(JsonFields model) {
        Moments moments = Moments.restore(model.count("n"), model.numbers("mean"), model.matrix("comoment"));
        Optional<double[][]> precision = model.has("precision") ? Optional.of(model.matrix("precision")) : Optional.empty();
        return new Value.OnlineGaussianValue(OnlineGaussian.restore(model.strings("names"), moments, precision));
    }

    private static Value distribution(JsonFields model) {
        String name = choice(model, "name", List.of("uniform", "bernoulli", "rademacher"));
        if (name.equals("uniform")) {
            double low = model.number("low");
            double high = model.number("high");
            if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
                throw new JsonException("a uniform distribution needs finite low < high");
            }
            return new Value.DistributionValue(new ScalarDistribution.Uniform(low, high));
        }
        if (name.equals("bernoulli")) {
            double p = model.number("p");
            if (!(p >= 0 && p <= 1)) {
                throw new JsonException("a Bernoulli probability must lie in [0, 1]");
            }
            return new Value.DistributionValue(new ScalarDistribution.Bernoulli(p));
        }
        return new Value.DistributionValue(new ScalarDistribution.Rademacher());
    }

    private static Value classifier(JsonFields model) {
        String method = choice(model, "method", List.of("qda", "lda", "rda", "nb"));
        List<String> classes = model.strings("classes");
        double[] logPriors = model.numbers("log_priors");
        gm.runtime.classify.Classifier classifier;
        if (method.equals("nb")) {
            List<NaiveBayesFeature> features = new ArrayList<>();
            for (JsonFields feature : model.objects("feature_models")) {
                String kind = choice(feature, "kind", List.of("gaussian", "bernoulli"));
                features.add(kind.equals("gaussian")
                        ? NaiveBayesFeature.gaussian(feature.string("name"), feature.numbers("means"), feature.numbers("variances"))
                        : NaiveBayesFeature.bernoulli(feature.string("name"), feature.numbers("probabilities")));
            }
            classifier = NaiveBayesClassifier.restore(classes, features, logPriors);
        } else {
            List<Gaussian> conditionals = model.objects("class_gaussians").stream().map(SavedFiles::gaussian).toList();
            classifier = GaussianClassifier.restore(classes, model.strings("features"), logPriors, conditionals);
        }
        if (!classifier.features().equals(model.strings("features"))) {
            throw new JsonException("the features " + model.strings("features") + " do not match the feature models "
                    + classifier.features());
        }
        Optional<ClassifierTraining> training = model.has("training")
                ? Optional.of(training(model.object("training"), method, classifier.features().size()))
                : Optional.empty();
        return new Value.ClassifierValue(classifier, method, model.string("label_column"), training);
    }

    private static ClassifierTraining training(JsonFields training, String method, int featureCount) {
        Estimator estimator = Estimator.valueOf(choice(training, "estimator", List.of("mle", "unbiased")).toUpperCase(Locale.ROOT));
        CovarianceStructure structure = CovarianceStructure.valueOf(
                choice(training, "covariance", List.of("full", "diagonal", "spherical")).toUpperCase(Locale.ROOT));
        ClassPrior prior = switch (choice(training, "prior", List.of("empirical", "uniform", "explicit"))) {
            case "empirical" -> ClassPrior.empirical();
            case "uniform" -> ClassPrior.uniform();
            default -> ClassPrior.restore(training.numbers("prior_probabilities"));
        };
        List<FeatureKind> kinds = new ArrayList<>();
        for (String kind : training.strings("feature_kinds")) {
            if (!List.of("auto", "gaussian", "bernoulli").contains(kind)) {
                throw new JsonException("unknown feature kind '" + kind + "' in the training");
            }
            kinds.add(FeatureKind.valueOf(kind.toUpperCase(Locale.ROOT)));
        }
        if (kinds.size() != featureCount) {
            throw new JsonException("the training has " + kinds.size() + " feature kinds for " + featureCount + " features");
        }
        return new ClassifierTraining(method, estimator, structure, prior, training.number("alpha"), kinds);
    }

    private static String choice(JsonFields fields, String name, List<String> allowed) {
        String value = fields.string(name);
        if (!allowed.contains(value)) {
            throw new JsonException("'" + name + "' is '" + value + "'; it must be one of " + String.join(", ", allowed));
        }
        return value;
    }
}
