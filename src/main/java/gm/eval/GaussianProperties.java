package gm.eval;

import gm.eval.Value.MatrixValue;
import gm.eval.Value.NumberValue;
import gm.eval.Value.TextVectorValue;
import gm.eval.Value.VectorValue;
import gm.lang.GmException;
import gm.lang.Span;
import gm.lang.Suggestions;
import gm.runtime.Gaussian;

import java.util.List;
import java.util.Optional;

/** The properties of a Gaussian value: {@code g.mean}, {@code g.cov}, ... */
final class GaussianProperties {

    static final List<String> NAMES = List.of("mean", "cov", "corr", "sd", "n", "dim", "names");

    private GaussianProperties() {
    }

    static Value get(Gaussian g, String property, Span span) {
        Optional<List<String>> labels = Optional.of(g.names());
        return switch (property) {
            case "mean" -> new VectorValue(g.mean(), labels);
            case "cov" -> new MatrixValue(g.cov(), labels);
            case "corr" -> new MatrixValue(g.correlation(), labels);
            case "sd" -> new VectorValue(standardDeviations(g), labels);
            case "n" -> new NumberValue(g.n());
            case "dim" -> new NumberValue(g.dim());
            case "names" -> new TextVectorValue(g.names());
            default -> throw new GmException(span, "a Gaussian has no property '" + property + "'",
                    Suggestions.hint(property, NAMES, "properties"));
        };
    }

    private static double[] standardDeviations(Gaussian g) {
        double[][] cov = g.cov();
        double[] sd = new double[cov.length];
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(cov[i][i]);
        }
        return sd;
    }
}
