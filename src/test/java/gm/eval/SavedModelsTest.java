package gm.eval;

import gm.data.Dataset;
import gm.data.NumericColumn;
import gm.io.AtomicFile;
import gm.io.FileWriteException;
import gm.lang.Source;
import gm.runtime.Gaussian;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** save / load model for every model kind, and save for datasets: every double comes back with the same bits. */
class SavedModelsTest {

    @TempDir
    Path folder;

    private final Session session = new Session();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private Interpreter.Outcome run(String program) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        return new Interpreter(session, out, out, false).run(new Source("t.gm", program, folder));
    }

    private void ok(String program) {
        assertEquals(Interpreter.Outcome.COMPLETED, run(program), () -> output.toString(StandardCharsets.UTF_8));
    }

    private String json(String name) {
        return ValueJson.of(session.get(name).orElseThrow()).toString();
    }

    /** The model's JSON form names every double by its exact text, so equal text means equal bits. */
    private void assertRoundTrip(String name) {
        ok("save " + name + " to \"" + name + ".json\"\n" + name + "_back = load model \"" + name + ".json\"");
        assertEquals(json(name), json(name + "_back"), name);
    }

    @Test
    void everyModelKindRoundTripsExactly() throws IOException {
        Files.copy(Path.of("examples/data/heightWeightData.txt"), folder.resolve("hw.txt"));
        ok("""
                hw = load "hw.txt" columns (gender, height, weight)
                g = fit gaussian hw[height, weight] estimator unbiased
                gd = fit gaussian hw[height, weight] covariance diagonal
                gs = fit gaussian hw[height, weight] by gender
                q = classify qda hw[height, weight] by gender
                l = classify lda hw[height, weight] by gender covariance spherical prior [0.3, 0.7]
                r = classify rda hw[height, weight] by gender alpha 0.25 estimator unbiased
                nb = classify nb hw[height, weight] by gender prior uniform
                qp = qda classes (a, b) means [[0, 0], [1, 1]] covs [[[1, 0.2], [0.2, 1]], [[2, 0], [0, 2]]] prior [0.25, 0.75]
                nbp = naive bayes classes (1, 2) feature x1 bernoulli [0, 0.7] feature x2 gaussian means [0, 1] variances [1, 2]
                post = posterior niw hw[height, weight] prior niw(mean [65, 140], kappa 1, nu 4, scale [[2, 0], [0, 2]])
                weak = posterior niw hw[height, weight]
                prior = niw(mean [65, 140], kappa 1, nu 4, scale [[2, 0], [0, 2]])
                t = predictive(post)
                pn = posterior normal hw.height known variance 4 prior normal(60, 9)
                on = online gaussian hw[height, weight]
                early = online gaussian 3
                update early with [1, 2, 3]
                u = uniform(-1, 2.5); b = bernoulli(0.3); rad = rademacher()
                """);
        for (String name : List.of("g", "gd", "gs", "q", "l", "r", "nb", "qp", "nbp", "post", "weak", "prior", "t", "pn",
                "on", "early", "u", "b", "rad")) {
            assertRoundTrip(name);
        }
        // The loaded models behave identically, including cross-validation (which refits with the saved options)
        // and the online precision, which the Sherman–Morrison recursion carries on from its saved value.
        ok("""
                expect (predict q at [70, 170]).posterior == (predict q_back at [70, 170]).posterior
                expect error(l, hw) == error(l_back, hw)
                expect (evaluate r on hw cv 5).error == (evaluate r_back on hw cv 5).error
                expect (predict nbp at (x2 = 0.5)).posterior == (predict nbp_back at (x2 = 0.5)).posterior
                update on with [70, 170]
                update on_back with [70, 170]
                expect on.precision ≈ on_back.precision tol 0
                expect credible(post, 0.9).lower == credible(post_back, 0.9).lower
                expect evidence(weak) == evidence(weak_back)
                """);
        assertTrue(json("early_back").contains("\"precision\":null"), json("early_back"));
        // a fit keeps its estimator; a file saved before gm recorded it loads without one
        assertTrue(json("g_back").contains("\"estimator\":\"unbiased\""), json("g_back"));
        String saved = Files.readString(folder.resolve("g.json"));
        assertTrue(saved.contains("\"estimator\""), saved);
        Files.writeString(folder.resolve("old.json"), saved.replaceAll(",\\s*\"estimator\"\\s*:\\s*\"unbiased\"", ""));
        ok("old = load model \"old.json\"");
        assertTrue(!json("old").contains("estimator") && json("old").contains("\"n\":210"), json("old"));
    }

    @Test
    void randomDoublesIncludingSubnormalsRoundTrip() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] mean = {Double.longBitsToDouble(random.nextLong() & 0x000F_FFFF_FFFF_FFFFL),
                    random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20), -Double.MIN_VALUE};
            double a = Math.exp(random.nextGaussian() * 5);
            double c = Math.exp(random.nextGaussian() * 5);
            double offDiagonal = 0.9 * Math.sqrt(a * c) * (2 * random.nextDouble() - 1);
            double[][] cov = {{a, offDiagonal, 0}, {offDiagonal, c, 0}, {0, 0, Double.MIN_NORMAL * 1e3}};
            session.set("g", new Value.GaussianValue(Gaussian.of(mean, cov, List.of("x", "y", "z"))));
            ok("save g to \"g.json\"\nh = load model \"g.json\"");
            Gaussian back = ((Value.GaussianValue) session.get("h").orElseThrow()).gaussian();
            assertArrayEquals(mean, back.mean());
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(cov[i], back.cov()[i]);
            }
        }
    }

    @Test
    void datasetsAndSamplesSaveAsCsvThatLoadReadsBack() {
        Random random = new Random(11);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 ? Double.longBitsToDouble(random.nextLong() & 0x000F_FFFF_FFFF_FFFFL)
                    : random.nextGaussian() * Math.pow(10, random.nextInt(600) - 300);
        }
        values[7] = Double.NaN;
        session.set("d", new Value.DatasetValue(Dataset.of(List.of(NumericColumn.of("x", values)))));
        ok("""
                save d to "d.csv"
                e = load "d.csv"
                t = table(name = ["plain", "with, comma", "with \\"quote\\"", " spaced "], n = [1, 2, 3, 4])
                save t to "t.tsv"
                t2 = load "t.tsv"
                seed 3
                s = sample(gaussian([0, 0], [[1, 0.5], [0.5, 1]]), 50)
                save s to "s.csv"
                s2 = load "s.csv"
                expect s2.x1 == s.x1 and s2.x2 == s.x2
                """);
        double[] back = ((NumericColumn) ((Value.DatasetValue) session.get("e").orElseThrow()).data().column("x").orElseThrow()).values();
        assertEquals(values.length, back.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back[i]), "row " + (i + 1));
        }
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("saved a dataset to d.csv"));
        Dataset names = ((Value.DatasetValue) session.get("t2").orElseThrow()).data();
        assertArrayEquals(new String[] {"plain", "with, comma", "with \"quote\"", " spaced "},
                ((gm.data.CategoricalColumn) names.column("name").orElseThrow()).values());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("model.json");
        Files.writeString(target, "old contents");
        FileWriteException failure = assertThrows(FileWriteException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a model".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        }));
        assertTrue(failure.getMessage().endsWith("disk full"), failure.getMessage());
        assertEquals("old contents", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void saveAndLoadErrorsSayWhatToDo() throws IOException {
        Files.writeString(folder.resolve("keep.json"), "precious");
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("save [1, 2] to \"keep.json\""));
        assertEquals("precious", Files.readString(folder.resolve("keep.json")));
        // Like plots, saving creates missing folders on the way (FileAccess.forWriting).
        assertEquals(Interpreter.Outcome.COMPLETED, run("save gaussian(0, 1) to \"new/folder/g.json\""));
        assertTrue(Files.exists(folder.resolve("new/folder/g.json")));
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("save gaussian(0, 1) to \"g.csv\""));
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("save table(a = [1]) to \"t.json\""));
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("m = load model \"keep.json\""));
        Files.writeString(folder.resolve("other.json"), "{\"format\": \"something else\"}");
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("m = load model \"other.json\""));
        Files.writeString(folder.resolve("bad.json"),
                "{\"format\": \"gm-model\", \"version\": 1, \"model\": {\"type\": \"gaussian\", \"names\": [\"x\"], "
                        + "\"mean\": [0], \"cov\": [[-1]], \"structure\": \"full\", \"n\": 0}}");
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("m = load model \"bad.json\""));
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("m = load model \"absent.json\""));
        String messages = output.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("t.gm:1:6: error: cannot save a vector"), messages);
        assertTrue(messages.contains("hint: give a .json file name"), messages);
        assertTrue(messages.contains("hint: give a .csv (or .tsv) file name"), messages);
        assertTrue(messages.contains("cannot read the model in keep.json: line 1, column 1: unexpected character 'p'"), messages);
        assertTrue(messages.contains("it is not a gm model file"), messages);
        assertTrue(messages.contains("cannot read the model in bad.json: "), messages);
        assertTrue(messages.contains("no such file: absent.json"), messages);
        assertTrue(!messages.contains("at gm."), messages);
    }
}
