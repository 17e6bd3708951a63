package gm.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader against the in-memory one ({@link DelimitedFileReader}, itself checked against R): the same
 * columns, values, exact deltas, missing counts and levels, whatever the chunk size and the number of threads.
 */
class TableFileTest {
    private static final int[] CHUNK_BYTES = {1, 7, 100, 5000, 1 << 20};
    /** For the larger generated files: chunks still end inside quotes and line breaks, in fewer of them. */
    private static final int[] LARGER_CHUNK_BYTES = {37, 1000, 1 << 20};

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    /** Every chunk size and 1 and 2 threads read the file as the in-memory reader does. */
    private static void readsAsInMemory(Path file, LoadOptions options) {
        readsAsInMemory(file, options, CHUNK_BYTES);
    }

    private static void readsAsInMemory(Path file, LoadOptions options, int[] chunkSizes) {
        LoadResult expected = DelimitedFileReader.read(file, options);
        for (int chunk : chunkSizes) {
            for (int threads = 1; threads <= 2; threads++) {
                TableFile table = TableFile.open(file, options, new ScanSettings(threads, chunk), Progress.SILENT);
                String context = "chunk " + chunk + ", threads " + threads;
                assertEquals(expected.dataset().names(), table.names(), context);
                assertEquals(expected.delimiter(), table.delimiter(), context);
                assertEquals(expected.header(), table.header(), context);
                assertEquals(expected.dataset().rowCount(), table.rowCount(), context);
                Dataset streamed = table.materialize(table.names());
                assertEquals(expected.dataset(), streamed, context);
                for (Column column : expected.dataset().columns()) {
                    assertEquals(column.missingCount(), table.missingCount(column.name()), context);
                    if (column instanceof CategoricalColumn c) {
                        assertEquals(c.levels(), table.levels(c.name()), context);
                        assertArrayEquals(java.util.Arrays.stream(c.counts()).asLongStream().toArray(),
                                table.levelCounts(c.name()), context);
                    }
                }
            }
        }
    }

    @Test
    void quotesLineBreaksBomAndMissingMarkers() throws IOException {
        String text = "\uFEFFname,x,\"y, quoted\",z\r\n"
                + "\"a, b\",1.5,2,NA\r\n"
                + "\"say \"\"hi\"\"\",-0.25,?,3e2\r\n"
                + "\r\n"
                + "\"two\r\nlines\",10000000.1,\"  7 \",\r\n"
                + "plain,10000000.2,8,-999\r\n"
                + "  spaced  ,  1e-3  ,9,inf\r\n"
                + "\"\",NaN,10,-Infinity\r\n"
                + "\"x\"tail,4,11,5";
        Path file = write("tricky.csv", text);
        readsAsInMemory(file, LoadOptions.defaults());
        readsAsInMemory(file, LoadOptions.defaults().withMissingMarkers(List.of("-999")));
    }

    @Test
    void delimitersHeadersSkippedLinesAndLineEndings() throws IOException {
        readsAsInMemory(write("tab.txt", "a\tb\n1\t2\n\n3\t4\n"), LoadOptions.defaults());
        readsAsInMemory(write("semi.txt", "a;b\r1;2\r3;x\r"), LoadOptions.defaults());
        readsAsInMemory(write("ws.txt", "# comment\n  1   2 3\n4 5   6  \n\t7 8 9\n"), LoadOptions.defaults().withSkip(1));
        readsAsInMemory(write("noheader.csv", "1,2\n3,4\n5,6"), LoadOptions.defaults());
        readsAsInMemory(write("names.csv", "1,2\n3,4\n"),
                LoadOptions.defaults().withColumnNames(List.of("p", "q")).withHeader(false));
        readsAsInMemory(write("one.csv", "v\n1\n2\n\n3\n"), LoadOptions.defaults());
    }

    /**
     * Rows so wide that the first 256 KiB hold fewer than 1000 of them: the head is then read further (to 4 MiB), and
     * a column that turns to text below the short head is still read as the in-memory reader reads it.
     */
    @Test
    void wideRows() throws IOException {
        StringBuilder text = new StringBuilder();
        int width = 300;
        for (int j = 0; j < width; j++) {
            text.append(j == 0 ? "" : ",").append("c").append(j);
        }
        text.append('\n');
        Random random = new Random(3);
        for (int i = 0; i < 1200; i++) {
            for (int j = 0; j < width; j++) {
                text.append(j == 0 ? "" : ",");
                text.append(j == 7 && i == 900 ? "x" : String.format(java.util.Locale.ROOT, "%.4f", random.nextGaussian()));
            }
            text.append(i % 2 == 0 ? "\r\n" : "\n");
        }
        readsAsInMemory(write("wide.csv", text.toString()), LoadOptions.defaults(), new int[] {1 << 20});
    }

    /**
     * A file of a few megabytes read in chunks of a megabyte or more: the reader moves the last bytes of its 1 MiB
     * buffer to the front before splitting them, and grows the buffer for a record longer than the buffer; here some
     * records hold a quoted note of 20 KB (longer than the bytes kept ahead) and one of 1.5 MB.
     */
    @Test
    void recordsAroundTheEndOfTheBuffer() throws IOException {
        StringBuilder text = new StringBuilder(generated(4, 40_000));
        String longNote = "x".repeat(20_000);
        for (int i = 0; i < 12; i++) {
            text.append("b,1.5,2.5,3.5,\"").append(longNote).append(i).append("\"\n");
            String more = generated(10 + i, 1000);
            text.append(more, more.indexOf('\n') + 1, more.length()); // without its header
            if (text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }
        text.append("c,1,2,3,\"").append("y".repeat(1_500_000)).append("\"\n").append("a,4,5,6,end\n");
        Path file = write("megabytes.csv", text.toString());
        assertTrue(Files.size(file) > 4 << 20, "a few megabytes");
        readsAsInMemory(file, LoadOptions.defaults().withMissingMarkers(List.of("none")),
                new int[] {1 << 20, 3 << 20});
    }

    /** A generated file of a few thousand rows with every feature at random places, so chunk edges fall on them. */
    @Test
    void generatedFiles() throws IOException {
        for (int seed = 1; seed <= 3; seed++) {
            readsAsInMemory(write("generated" + seed + ".csv", generated(seed, 1500)),
                    LoadOptions.defaults().withMissingMarkers(List.of("none")), LARGER_CHUNK_BYTES);
        }
    }

    /**
     * label,x1,x2,x3,note: labels sometimes quoted, numbers with shared leading digits, long mantissas and exponents,
     * missing markers, quoted notes with commas, quotes and line breaks, CRLF or LF line ends, blank lines.
     */
    static String generated(long seed, int rows) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("\uFEFFlabel,x1,x2,x3,note\r\n");
        String[] labels = {"a", "b", "c"};
        String[] missing = {"", "NA", "?", "NaN", "none"};
        for (int i = 0; i < rows; i++) {
            String label = labels[random.nextInt(labels.length)];
            text.append(random.nextInt(5) == 0 ? "\"" + label + "\"" : label);
            for (int j = 0; j < 3; j++) {
                text.append(',');
                int kind = random.nextInt(40);
                if (kind == 0) {
                    text.append(missing[random.nextInt(missing.length)]);
                } else if (kind == 1) {
                    text.append(random.nextLong()).append(random.nextInt(1000)).append("e-").append(random.nextInt(30));
                } else if (kind == 2) {
                    text.append("\" ").append(random.nextInt(100)).append(".5 \"");
                } else {
                    text.append(String.format(java.util.Locale.ROOT, "%.6f", 1000000 + random.nextGaussian() * (j + 1)));
                }
            }
            text.append(',');
            int note = random.nextInt(10);
            if (note == 0) {
                text.append("\"line one\r\nline \"\"two\"\", with comma\"");
            } else if (note == 1) {
                text.append("\"x,y\"");
            } else {
                text.append("n").append(random.nextInt(4));
            }
            text.append(random.nextBoolean() ? "\r\n" : "\n");
            if (random.nextInt(50) == 0) {
                text.append("\n");
            }
        }
        return text.toString();
    }

    @Test
    void scansAgreeOverThreadsAndChunks() throws IOException {
        Path file = write("sums.csv", generated(7, 3000));
        double[] expected = null;
        for (int chunk : LARGER_CHUNK_BYTES) {
            double[] oneThread = null;
            for (int threads = 1; threads <= 2; threads++) {
                TableFile table = TableFile.open(file, LoadOptions.defaults().withMissingMarkers(List.of("none")),
                        new ScanSettings(threads, chunk), Progress.SILENT);
                double[] sums = table.scan(List.of("x1", "x2"), new RowScan<double[]>() {
                    public double[] start() {
                        return new double[3];
                    }

                    public void add(double[] s, Row row) {
                        if (!row.isMissing(0) && !row.isMissing(1)) {
                            s[0] += row.delta(0) * row.delta(1);
                            s[1] += row.value(0);
                            s[2] += row.index();
                        }
                    }

                    public double[] merge(double[] earlier, double[] later) {
                        for (int k = 0; k < 3; k++) {
                            earlier[k] += later[k];
                        }
                        return earlier;
                    }
                }, Progress.SILENT);
                if (oneThread == null) {
                    oneThread = sums;
                } else {
                    // the same chunks merged in the same order: one thread and two agree to the bit
                    assertArrayEquals(oneThread, sums, 0.0, "chunk " + chunk);
                }
                if (expected == null) {
                    expected = sums;
                }
                // other chunks add in another order: equal to rounding
                assertEquals(expected[0], sums[0], 1e-12 * Math.abs(expected[0]));
                assertEquals(expected[1], sums[1], 1e-12 * Math.abs(expected[1]));
                assertEquals(expected[2], sums[2], 0.0);
            }
        }
    }

    @Test
    void errorsNameTheLine() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 200; i++) {
            text.append(i).append(',').append(i).append('\n');
        }
        Path ragged = write("ragged.csv", text + "1,2,3\n4,5\n");
        for (int chunk : CHUNK_BYTES) {
            DataException e = assertThrows(DataException.class,
                    () -> TableFile.open(ragged, null, new ScanSettings(2, chunk), Progress.SILENT));
            assertEquals("line 202 has 3 fields, expected 2", e.getMessage());
            DataException inMemory = assertThrows(DataException.class, () -> DelimitedFileReader.read(ragged, null));
            assertEquals(inMemory.getMessage(), e.getMessage());
        }
    }

    @Test
    void unterminatedQuoteAndChangedFile() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 100; i++) {
            text.append(i).append(',').append(i).append('\n');
        }
        Path open = write("open.csv", text + "1,\"2\n3,4\n");
        DataException e = assertThrows(DataException.class,
                () -> TableFile.open(open, null, new ScanSettings(2, 16), Progress.SILENT));
        assertEquals("unterminated quote: the quoted field opened on line 102 is never closed", e.getMessage());

        Path file = write("changing.csv", text.toString());
        TableFile table = TableFile.open(file, null, new ScanSettings(2, 64), Progress.SILENT);
        Files.writeString(file, text + "1,1\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        DataException changed = assertThrows(DataException.class, () -> table.materialize(List.of("a")));
        assertEquals("file " + file + " has changed since it was loaded", changed.getMessage());
    }

    /** A file whose bytes are held reads as the file did, after the file has changed and after it is gone. */
    @Test
    void heldFileOutlivesItsFile() throws IOException {
        StringBuilder text = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 100; i++) {
            text.append(i).append(',').append(i * 0.5).append(',').append(i % 3 == 0 ? "x" : "y").append('\n');
        }
        Path file = write("held.csv", text.toString());
        TableFile held = TableFile.held(file, null, new ScanSettings(2, 64), Progress.SILENT);
        Dataset expected = TableFile.open(file, null, new ScanSettings(2, 64), Progress.SILENT)
                .materialize(List.of("a", "b", "label"));
        assertTrue(held.isHeld());
        Files.writeString(file, "a,b,label\n1,2,x\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertEquals(expected.select(List.of("b")), held.materialize(List.of("b")));
        Files.delete(file);
        assertEquals(expected, held.materialize(List.of("a", "b", "label")));
        double sum = held.scan(List.of("b"), new RowScan<double[]>() {
            public double[] start() {
                return new double[1];
            }

            public void add(double[] total, Row row) {
                total[0] += row.value(0);
            }

            public double[] merge(double[] earlier, double[] later) {
                earlier[0] += later[0];
                return earlier;
            }
        }, Progress.SILENT)[0];
        assertEquals(2475.0, sum, 0.0); // 0.5 * (0 + 1 + ... + 99)
    }
}
