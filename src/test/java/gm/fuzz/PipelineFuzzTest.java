package gm.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gm.eval.Interpreter;
import gm.eval.Session;
import gm.lang.GmParsing;
import gm.lang.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the whole pipeline: any text → parser → evaluator → output and diagnostics. Whatever the
 * text, only gm diagnostics may come out: no exception escapes {@link Interpreter#run}, no "internal error", every
 * diagnostic points into the text, a program with syntax errors prints nothing, and no input runs for longer than
 * {@link #MAX_SECONDS} seconds. Scripts run sandboxed in a scratch folder that holds one small data file.
 *
 * <p>In the normal test suite this runs the saved inputs in {@code PipelineFuzzTestInputs/} (seeds and every
 * input that once failed). A fuzzing run (see README, "Reliability"):
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=PipelineFuzzTest -Djazzer.max_duration=30m}.
 */
class PipelineFuzzTest {

    static final double MAX_SECONDS = 5;

    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^<fuzz>:(\\d+):(\\d+): error: ");
    /** The header of an internal-error report (the source line it quotes below may contain the same words). */
    private static final Pattern INTERNAL_ERROR = Pattern.compile("(?m)^<fuzz>:\\d+:\\d+: error: internal error");

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\tat ([\\w.$]+)\\.([\\w$<>]+)\\(([\\w.]+):(\\d+)\\)");

    private static Path folder;

    @BeforeAll
    static void scratchFolder() throws IOException {
        folder = Files.createTempDirectory("gm-fuzz").toRealPath();
        StringBuilder data = new StringBuilder("gender,height,weight\n");
        double[][] rows = {{1, 67, 125}, {2, 68, 140}, {2, 67, 142}, {2, 60, 110}, {2, 64, 97}, {1, 63, 95},
            {1, 70, 180}, {2, 65, 120}, {1, 72, 190}, {2, 61, 105}, {1, 69, 160}, {1, 74, 200}};
        for (double[] row : rows) {
            data.append((int) row[0]).append(',').append((int) row[1]).append(',').append((int) row[2]).append('\n');
        }
        Files.writeString(folder.resolve("data.csv"), data);
    }

    @AfterAll
    static void removeScratchFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @FuzzTest(maxDuration = "30m")
    @DictionaryEntries({"load \"data.csv\"", "fit gaussian", "classify", "qda", "lda", "naive bayes", "classes",
        "predict", " at ", " on ", "evaluate", " cv ", "boundary", "prior", "alpha", "shrinkage", "feature", "means",
        "covs", "variances", "bernoulli", "plot", "hist", "scatter", "pairs", "scatter3d", "pdf", "qq", "normality",
        "bins", " to \"f.png\"", " to \"f.svg\"", "level", "sigma", "size", "title", "xlim", "ylim", "seed", "update",
        " with ", "compare covariance", "posterior niw", "posterior normal", " known variance ", " known covariance ",
        "niw(", "online gaussian", "explain", "where", " and ", " or ", "not ", "true", "false", "print ", "describe ",
        "set digits ", "help", "exit", "columns (", "delimiter", "missing", "skip", "header", "estimator", "unbiased",
        "covariance diagonal", "covariance spherical", " by ", "gaussian(", "normal(", "uniform(", "bernoulli(",
        "rademacher()", "logpdf(", "llr(", "normconst(", "mahalanobis(", "entropy(", "kl(", "sample(", "cov(", "corr(",
        "standardize(", "bic(", "aic(", "condition(", "marginal(", "whiten(", "credible(", "predictive(", "evidence(",
        "complete(", "length(", "inv(", "det(", "loglik(", "error(", "table(", "sqrt(", "exp(", "log(", "mean(", "sd(",
        "var(", "sum(", "min(", "max(", ".mean", ".cov", ".corr", ".n", "[[1, 0], [0, 1]]", "[0, 0]", "1e308", "1e-308",
        "0.5", "-1", "'", "^", "==", "!=", "<=", ">=", "#", ";"})
    void anyTextGivesOutputOrDiagnosticsOnly(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        // The REPL asks this of every line typed, to decide whether to read a continuation line.
        GmParsing.isIncomplete(text);
        check(text, "seed 1");
    }

    /** The words the token-level fuzzer strings together: the grammar's words, names defined by PRELUDE, numbers. */
    private static final String[] WORDS = {"load", "fit", "gaussian", "print", "describe", "set", "digits", "help",
        "exit", "columns", "delimiter", "missing", "skip", "header", "estimator", "covariance", "by", "classify", "qda",
        "lda", "rda", "nb", "naive", "bayes", "classes", "predict", "at", "on", "evaluate", "cv", "boundary", "prior", "alpha",
        "shrinkage", "feature", "means", "covs", "variances", "bernoulli", "plot", "hist", "scatter", "pairs",
        "scatter3d", "pdf", "qq", "normality", "bins", "to", "level", "sigma", "size", "title", "xlim", "ylim", "seed",
        "update", "with", "compare", "posterior", "niw", "normal", "known", "variance", "online", "explain", "where",
        "and", "or", "not", "true", "false", "uniform", "unbiased", "mle", "diagonal", "spherical", "full", "tab",
        "comma", "kappa", "nu", "mean", "scale", "sample", "condition", "marginal", "whiten", "cov", "corr", "inv", "det",
        "sqrt", "log", "exp", "sum", "length", "table", "complete", "loglik", "error", "llr", "mahalanobis", "entropy",
        "kl", "credible", "predictive", "evidence", "standardize", "bic", "aic", "normconst", "logpdf", "rademacher",
        "hw", "g", "q", "nb", "p", "s", "x", "A", "height", "weight", "gender", "a", "b", "levels", "n", "precision",
        "map", "posterior", "0", "1", "2", "3", "-1", "0.5", "1e-300", "1e300", "1e308", "1e-320", "1e9", "3000", "\"data.csv\"",
        "\"f.png\"", "\"f.svg\"", "\"sub/f.png\"", "\"a\"", "\"\"", "(", ")", "[", "]", ",", "=", "+", "-", "*", "/",
        "^", "'", ".", "==", "!=", "<", ">=", ";", "\n"};

    /** Variables for the token sequences to work on. */
    private static final String PRELUDE = String.join("\n", "seed 1", "hw = load \"data.csv\"",
            "g = fit gaussian hw[height, weight]", "q = classify qda hw[height, weight] by gender",
            "nb = classify nb hw[height, weight] by gender", "x = [1, 2, 3]", "A = [[2, 1], [1, 2]]",
            "p = posterior niw hw[height, weight]", "s = online gaussian hw[height, weight]", "a = 2", "b = \"text\"");

    /**
     * Statements made of the language's own words: random bytes rarely spell a keyword, so this reaches the evaluator
     * far more often than {@link #anyTextGivesOutputOrDiagnosticsOnly}.
     */
    @FuzzTest(maxDuration = "30m")
    void tokenSequencesGiveOutputOrDiagnosticsOnly(FuzzedDataProvider data) throws IOException {
        StringBuilder text = new StringBuilder();
        while (data.remainingBytes() > 0) {
            text.append(data.pickValue(WORDS)).append(' ');
        }
        check(text.toString(), PRELUDE);
    }

    /** Runs the prelude, then the text, in a fresh sandboxed session and checks what came out. */
    private static void check(String text, String prelude) throws IOException {
        Session session = Session.sandboxedIn(folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter interpreter = new Interpreter(session, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        if (interpreter.run(new Source("<prelude>", prelude, folder)) != Interpreter.Outcome.COMPLETED) {
            throw new AssertionError("the prelude failed:\n" + err);
        }
        out.reset();
        long start = System.nanoTime();
        Interpreter.Outcome outcome = interpreter.run(new Source("<fuzz>", text, folder));
        double seconds = (System.nanoTime() - start) / 1e9;
        String errors = err.toString(StandardCharsets.UTF_8);

        if (seconds > MAX_SECONDS) {
            throw new AssertionError("took " + seconds + " s:\n" + text);
        }
        if (INTERNAL_ERROR.matcher(errors).find()) {
            throw internalError(errors);
        }
        if (outcome == Interpreter.Outcome.SYNTAX_ERROR && out.size() > 0) {
            throw new AssertionError("a program with syntax errors printed output:\n" + out);
        }
        if ((outcome == Interpreter.Outcome.SYNTAX_ERROR || outcome == Interpreter.Outcome.RUNTIME_ERROR)
                != !errors.isEmpty()) {
            throw new AssertionError("outcome " + outcome + " with error output:\n" + errors);
        }
        long lines = text.split("\r?\n", -1).length;
        Matcher diagnostic = DIAGNOSTIC.matcher(errors);
        if (!errors.isEmpty() && !diagnostic.lookingAt()) {
            throw new AssertionError("error output that is not a gm diagnostic:\n" + errors);
        }
        diagnostic.reset();
        while (diagnostic.find()) {
            if (Long.parseLong(diagnostic.group(1)) > lines) {
                throw new AssertionError("a diagnostic points past the last line " + lines + ":\n" + errors);
            }
        }
    }

    /**
     * The failure for an internal error, carrying the frames of the exception behind it (the interpreter runs in debug
     * mode and prints them), so that the fuzzer tells different bugs apart rather than seeing one assertion.
     */
    private static AssertionError internalError(String errors) {
        AssertionError failure = new AssertionError(errors);
        Matcher frame = STACK_FRAME.matcher(errors);
        List<StackTraceElement> frames = new ArrayList<>();
        while (frame.find()) {
            frames.add(new StackTraceElement(frame.group(1), frame.group(2), frame.group(3), Integer.parseInt(frame.group(4))));
        }
        if (!frames.isEmpty()) {
            failure.setStackTrace(frames.toArray(new StackTraceElement[0]));
        }
        return failure;
    }
}
