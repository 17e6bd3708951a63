package gm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements on a file streamed (read in chunks on 1 or 2 threads, never held) give what they give on the same file
 * held in memory (whose results are checked against R and numpy elsewhere): means and covariances to 1e-12
 * relative, the same training errors, the same printed summaries.
 */
class StreamingTest {
    private static final String PROGRAM = """
            ds = load "%s" missing "none"
            g = fit gaussian ds[x1, x2, x3]
            m = g.mean
            c = g.cov
            gs = fit gaussian ds[x1, x2] by label
            mb = gs["b"].mean
            cb = gs["b"].cov
            gn = fit gaussian ds[x1, x3] by group
            mn = gn[2].mean
            q = classify qda ds[x1, x2, x3, label] by label
            e = error(q, ds)
            l = classify lda ds[x1, x2, label] by label estimator unbiased
            el = error(l, ds)
            evaluate q on ds
            qg = classify qda ds[x1, x2, group] by group
            eg = error(qg, ds)
            evaluate qg on ds
            nb = classify nb ds[x1, x2, flag, label] by label
            en = error(nb, ds)
            nbs = classify nb ds[x1, smoker, label] by label
            print nbs
            describe ds
            o = online gaussian ds[x1, x2]
            om = o.mean
            update o with ds[x1, x2]
            oc = o.cov
            print ds
            print ds.x2
            small = ds[x1, x2, label] where group == 2
            describe small
            gsmall = fit gaussian small by label
            print gsmall["c"].mean
            print predict q on ds
            """;

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void writeFile() throws IOException {
        file = dir.resolve("data.csv");
        Files.write(file, generated(2000).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * label,x1,x2,x3,group,note,flag,smoker with a BOM, CRLF and LF line ends, quoted labels and notes (with commas and line
     * breaks), missing markers (NA, ?, empty, "none") and values sharing their leading digits.
     */
    static String generated(int rows) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("\uFEFFlabel,x1,x2,x3,group,note,flag,smoker\r\n");
        String[] labels = {"a", "b", "c"};
        for (int i = 0; i < rows; i++) {
            int c = random.nextInt(3);
            text.append(random.nextInt(4) == 0 ? "\"" + labels[c] + "\"" : labels[c]);
            for (int j = 0; j < 3; j++) {
                text.append(',');
                if (random.nextInt(60) == 0) {
                    text.append(new String[] {"NA", "?", "", "none"}[random.nextInt(4)]);
                } else {
                    double x = 1000 + c * 0.01 * (j + 1) + random.nextGaussian() * 0.01 * (1 + j + c);
                    text.append(String.format(Locale.ROOT, "%.7f", x));
                }
            }
            text.append(',').append(1 + random.nextInt(3));
            text.append(',').append(random.nextInt(9) == 0 ? "\"two\r\nlines, \"\"quoted\"\"\"" : "n" + i % 5);
            text.append(',').append(i * 7 % 3 == c ? 1 : 0).append(',').append(i % 4 == c ? "yes" : "no");
            text.append(random.nextBoolean() ? "\r\n" : "\n");
        }
        return text.toString();
    }

    private static ScriptSession run(long inMemoryLimit, int threads, long chunkBytes) {
        return run(inMemoryLimit, threads, chunkBytes, Long.MAX_VALUE);
    }

    private static ScriptSession run(long inMemoryLimit, int threads, long chunkBytes, long byteReaderLimit) {
        String[] keys = {"gm.inMemoryLimit", "gm.threads", "gm.chunkBytes", "gm.byteReaderLimit"};
        String[] values = {String.valueOf(inMemoryLimit), String.valueOf(threads), String.valueOf(chunkBytes),
            String.valueOf(byteReaderLimit)};
        for (int k = 0; k < keys.length; k++) {
            System.setProperty(keys[k], values[k]);
        }
        try {
            ScriptSession session = new ScriptSession();
            session.run(String.format(PROGRAM, file.toString().replace("\\", "/")));
            return session;
        } finally {
            for (String key : keys) {
                System.clearProperty(key);
            }
        }
    }

    private static void close(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.abs(expected[i]), what + "[" + i + "]");
        }
    }

    private static void close(double[][] expected, double[][] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            close(expected[i], actual[i], what + "[" + i + "]");
        }
    }

    private static void same(ScriptSession expected, ScriptSession actual, String context) {
        for (String vector : new String[] {"m", "mb", "mn", "om"}) {
            close(expected.vector(vector), actual.vector(vector), context + " " + vector);
        }
        for (String matrix : new String[] {"c", "cb", "oc"}) {
            close(expected.matrix(matrix), actual.matrix(matrix), context + " " + matrix);
        }
        assertEquals(expected.number("e"), actual.number("e"), 0.0, context + " error of qda");
        assertEquals(expected.number("el"), actual.number("el"), 0.0, context + " error of lda");
        assertEquals(expected.number("en"), actual.number("en"), 0.0, context + " error of naive Bayes");
        assertEquals(expected.number("eg"), actual.number("eg"), 0.0, context + " error of qda by a numeric label");
    }

    @Test
    void streamedEqualsInMemory() {
        ScriptSession inMemory = run(Long.MAX_VALUE, 1, 1 << 20);
        assertTrue(inMemory.output().contains("loaded"), inMemory.output());
        for (int threads = 1; threads <= 2; threads++) {
            for (long chunk : new long[] {3000, 1 << 20}) {
                ScriptSession streamed = run(0, threads, chunk);
                String context = threads + " threads, " + chunk + "-byte chunks";
                same(inMemory, streamed, context);
                assertEquals(inMemory.output(), streamed.output(), context);
            }
        }
    }

    /**
     * A file held in memory as its bytes (1 to 16 MiB), which statistics stream and the other statements read into
     * columns, gives what the in-memory reader's columns give.
     */
    @Test
    void heldFilesReadByEitherReaderAgree() {
        ScriptSession inMemory = run(Long.MAX_VALUE, 2, 1 << 20);
        ScriptSession byteReader = run(Long.MAX_VALUE, 2, 3000, 0);
        assertTrue(((Value.DatasetValue) inMemory.value("ds")).file().isEmpty(), "the file is read into columns");
        assertTrue(((Value.DatasetValue) byteReader.value("ds")).file().orElseThrow().isHeld(), "its bytes are held");
        assertEquals(((Value.DatasetValue) inMemory.value("ds")).data(),
                ((Value.DatasetValue) byteReader.value("ds")).data());
        same(inMemory, byteReader, "byte reader");
        assertEquals(inMemory.output(), byteReader.output());
    }

    /**
     * Quartiles of a streamed file where twenty thousand rows share each value of a column: no pass leaves few enough
     * keys to gather, so describe counts every digit of the keys (the other files here are spread out, and a third
     * pass gathers the few keys left). The summaries equal those of the file held in memory.
     */
    @Test
    void describeOfRepeatedValues() throws IOException {
        Path repeated = dir.resolve("repeated.csv");
        StringBuilder text = new StringBuilder("few,spread\n");
        Random random = new Random(8);
        for (int i = 0; i < 40_000; i++) {
            text.append(i % 2 - 3).append(',').append(String.format(Locale.ROOT, "%.6f", random.nextGaussian())).append('\n');
        }
        Files.writeString(repeated, text);
        String program = "set digits 17\nds = load \"" + repeated.toString().replace("\\", "/") + "\"\ndescribe ds\n";
        String[] outputs = new String[2];
        for (int streamed = 0; streamed <= 1; streamed++) {
            System.setProperty("gm.inMemoryLimit", streamed == 1 ? "0" : String.valueOf(Long.MAX_VALUE));
            try {
                ScriptSession session = new ScriptSession();
                session.run(program);
                outputs[streamed] = session.output();
            } finally {
                System.clearProperty("gm.inMemoryLimit");
            }
        }
        assertTrue(outputs[0].contains("few"), outputs[0]);
        assertEquals(outputs[0], outputs[1]);
    }

    /** The mean of 1e16, −1e16 and 1 is 1/3 streamed as in memory (see DescribeTest.largeValuesThatCancel). */
    @Test
    void describeOfLargeValuesThatCancel() throws IOException {
        Path cancelling = dir.resolve("cancelling.csv");
        Files.writeString(cancelling, "a\n1e16\n-1e16\n1\n");
        String program = "set digits 17\nds = load \"" + cancelling.toString().replace("\\", "/") + "\"\ndescribe ds\n";
        for (String limit : new String[] {"0", String.valueOf(Long.MAX_VALUE)}) {
            System.setProperty("gm.inMemoryLimit", limit);
            try {
                ScriptSession session = new ScriptSession();
                session.run(program);
                assertTrue(session.output().contains(" 0.33333333333333331 "), session.output());
            } finally {
                System.clearProperty("gm.inMemoryLimit");
            }
        }
    }

    /**
     * An infinite value (inf, or 1e400 beyond a double) in a streamed file: the load and describe work, and the
     * statements that need finite values report the row and column, as they do for the file held in memory.
     */
    @Test
    void infiniteValuesAreReportedLikeInMemory() throws IOException {
        Path infinite = dir.resolve("infinite.csv");
        Files.writeString(infinite, "label,a,b\nx,1,2\ny,3,inf\nx,5,6\ny,7,1e400\n");
        String load = "ds = load \"" + infinite.toString().replace("\\", "/") + "\"\ndescribe ds\n";
        String[] statements = {"g = fit gaussian ds[a, b]", "q = classify qda ds by label", "q = classify nb ds by label",
            "train = table(a = [1, 2, 3, 4], b = [1, 2, 3, 5], label = [\"x\", \"x\", \"y\", \"y\"])\n"
                + "q = classify lda train by label\nevaluate q on ds"};
        for (String statement : statements) {
            String[] outputs = new String[2];
            for (int streamed = 0; streamed <= 1; streamed++) {
                System.setProperty("gm.inMemoryLimit", streamed == 1 ? "0" : String.valueOf(Long.MAX_VALUE));
                try {
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    java.io.PrintStream out = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
                    Interpreter.Outcome outcome = new Interpreter(new Session(), out, out, false)
                            .run(new gm.lang.Source("t.gm", load + statement + "\n", dir));
                    outputs[streamed] = bytes.toString(StandardCharsets.UTF_8);
                    assertEquals(Interpreter.Outcome.RUNTIME_ERROR, outcome, outputs[streamed]);
                } finally {
                    System.clearProperty("gm.inMemoryLimit");
                }
            }
            assertTrue(outputs[1].contains("error: row 2 has the infinite value Inf in column 'b'"), outputs[1]);
            assertEquals(outputs[0], outputs[1], statement);
        }
    }

    /** Expected values: numpy's X.mean(0) and np.cov(X.T, bias=True) of the 1903 complete rows, read with csv. */
    @Test
    void matchesNumpy() {
        ScriptSession streamed = run(0, 2, 4096);
        assertTrue(streamed.output().contains("fit gaussian: dropped 97 of 2000 rows"), streamed.output());
        double[] mean = {1000.0106553505518, 1000.0206204110376, 1000.03014896101};
        double[][] cov = {
            {0.00053935892242298, 0.0001436518216783, 0.00021541404842808},
            {0.0001436518216783, 0.00126343949394122, 0.00041556568115255},
            {0.00021541404842808, 0.00041556568115255, 0.00227819283980984}};
        for (int i = 0; i < 3; i++) {
            assertEquals(mean[i], streamed.vector("m")[i], 1e-12 * mean[i]);
            for (int j = 0; j < 3; j++) {
                assertEquals(cov[i][j], streamed.matrix("c")[i][j], 1e-9 * Math.abs(cov[i][j]));
            }
        }
    }

    /** The moments gathered while loading are those a scan after the load computes, to the bit. */
    @Test
    void momentsOfTheLoadEqualAFreshScan() throws IOException {
        StringBuilder text = new StringBuilder("label,x1,x2,x3\n");
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            text.append("abc".charAt(random.nextInt(3)));
            for (int j = 0; j < 3; j++) {
                text.append(',').append(String.format(Locale.ROOT, "%.5f", 50 + random.nextGaussian()));
            }
            text.append('\n');
        }
        Path complete = dir.resolve("complete.csv");
        Files.writeString(complete, text);
        for (int threads = 1; threads <= 2; threads++) {
            StreamedStatistics.LoadMoments atLoad = new StreamedStatistics.LoadMoments();
            gm.data.TableFile file = gm.data.TableFile.open(complete, null, new gm.data.ScanSettings(threads, 5000),
                    gm.data.Progress.SILENT, atLoad);
            assertTrue(atLoad.lookup(file, java.util.List.of("x3", "x1"), null).isEmpty(), "columns out of order");
            for (String group : new String[] {null, "label"}) {
                java.util.List<String> features = java.util.List.of("x1", "x3");
                var known = atLoad.lookup(file, features, group).orElseThrow();
                var fresh = StreamedStatistics.groupedMoments(file, features, group, "test", null);
                assertEquals(fresh.byLevel().keySet(), known.byLevel().keySet());
                assertEquals(fresh.dropped(), known.dropped());
                for (String level : fresh.byLevel().keySet()) {
                    assertSameBits(fresh.byLevel().get(level), known.byLevel().get(level), level);
                }
            }
        }
    }

    /**
     * Each reading thread starts a chunk with the keys its earlier chunks met. Here the labels come and go by region
     * of the file, and a numeric column has few values in the first half and too many in the second: the moments of
     * the load per key still equal a fresh scan's (which keeps its keys in a map per chunk), to the bit, and the
     * column with too many values has none.
     */
    @Test
    void loadMomentsWithKeysThatComeAndGo() throws IOException {
        StringBuilder text = new StringBuilder("label,few,x1,x2\n");
        Random random = new Random(5);
        int rows = 6000;
        for (int i = 0; i < rows; i++) {
            String label = i < rows / 3 ? (random.nextBoolean() ? "a" : "b") : i < 2 * rows / 3 ? "c" : "a";
            int few = i < rows / 2 ? random.nextInt(3) : random.nextInt(100);
            text.append(label).append(',').append(few);
            for (int j = 0; j < 2; j++) {
                text.append(',').append(String.format(Locale.ROOT, "%.4f", random.nextGaussian() + few % 3));
            }
            text.append('\n');
        }
        Path regions = dir.resolve("regions.csv");
        Files.writeString(regions, text);
        for (int threads = 1; threads <= 2; threads++) {
            StreamedStatistics.LoadMoments atLoad = new StreamedStatistics.LoadMoments();
            gm.data.TableFile file = gm.data.TableFile.open(regions, null, new gm.data.ScanSettings(threads, 4000),
                    gm.data.Progress.SILENT, atLoad);
            java.util.List<String> features = java.util.List.of("few", "x1", "x2");
            assertTrue(atLoad.lookup(file, features, "few").isEmpty(), "too many values of 'few' in the second half");
            var known = atLoad.lookup(file, features, "label").orElseThrow();
            var fresh = StreamedStatistics.groupedMoments(file, features, "label", "test", null);
            assertEquals(java.util.Set.of("a", "b", "c"), known.byLevel().keySet());
            for (String level : fresh.byLevel().keySet()) {
                var expected = fresh.byLevel().get(level);
                var actual = known.byLevel().get(level);
                assertEquals(expected.count(), actual.count(), level);
                assertSameBits(expected, actual, level);
            }
        }
    }

    /** The mean and every co-moment of a level, to the bit. */
    private static void assertSameBits(gm.runtime.Moments expected, gm.runtime.Moments actual, String level) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected.mean(), actual.mean(), 0.0, level);
        for (int i = 0; i < expected.dim(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.comoment()[i], actual.comoment()[i], 0.0, level);
        }
    }

    @Test
    void threadCountsAgree() {
        ScriptSession one = run(0, 1, 2999);
        ScriptSession two = run(0, 2, 2999);
        assertTrue(((Value.DatasetValue) two.value("ds")).file().isPresent(), "the file is streamed");
        same(one, two, "1 and 2 threads");
        assertEquals(one.output(), two.output());
    }
}
