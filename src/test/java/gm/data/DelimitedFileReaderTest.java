package gm.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedFileReaderTest {
    private static final Path DATA = Path.of("examples", "data");
    private static final Path HW = DATA.resolve("heightWeightData.txt");
    private static final Path RAW = DATA.resolve("heightWeightDataRaw.txt");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static LoadResult read(Path p) {
        return DelimitedFileReader.read(p, LoadOptions.defaults());
    }

    private static NumericColumn num(Dataset d, String name) {
        return assertInstanceOf(NumericColumn.class, d.column(name).orElseThrow());
    }

    private static CategoricalColumn cat(Dataset d, String name) {
        return assertInstanceOf(CategoricalColumn.class, d.column(name).orElseThrow());
    }

    private static DataException fails(Path p, LoadOptions o) {
        return assertThrows(DataException.class, () -> DelimitedFileReader.read(p, o));
    }

    // ------------------------------------------------------------------ the real files

    @Test
    void heightWeightData() {
        LoadResult r = read(HW);
        Dataset d = r.dataset();
        // `wc -l` gives 210 lines; `head -1` is "1,67,125": comma, no header.
        assertEquals(Delimiter.COMMA, r.delimiter());
        assertFalse(r.header());
        assertEquals(0, r.skippedLines());
        assertEquals(210, d.rowCount());
        assertEquals(List.of("V1", "V2", "V3"), d.names());
        for (Column c : d.columns()) {
            assertEquals(0, assertInstanceOf(NumericColumn.class, c).missingCount());
        }
        // first and last line of the file (head -1, tail -1)
        assertEquals(1.0, num(d, "V1").get(0));
        assertEquals(67.0, num(d, "V2").get(0));
        assertEquals(125.0, num(d, "V3").get(0));
        // python: numpy.loadtxt(f, delimiter=',')[:, 0].sum() == 347.0
        double sum = 0;
        for (double v : num(d, "V1").values()) {
            sum += v;
        }
        assertEquals(347.0, sum);
    }

    @Test
    void heightWeightDataWithNames() {
        LoadResult r = DelimitedFileReader.read(HW,
                LoadOptions.defaults().withColumnNames(List.of("gender", "height", "weight")));
        assertEquals(List.of("gender", "height", "weight"), r.dataset().names());
        assertEquals(210, r.dataset().rowCount());
    }

    @Test
    void heightWeightDataRawWithStarMarker() {
        LoadResult r = DelimitedFileReader.read(RAW, LoadOptions.defaults().withMissingMarkers(List.of("*")));
        Dataset d = r.dataset();
        assertEquals(Delimiter.TAB, r.delimiter());
        assertTrue(r.header());
        assertEquals(213, d.rowCount());
        assertEquals(List.of("Sex", "Height", "Weight", "GPA", "LArm", "RArm", "LFoot", "RFoot"), d.names());
        // Missing counts counted independently with
        //   awk -F'\t' 'NR>1{for(i=1;i<=NF;i++) if($i=="*"||$i=="*\r") c[i]++} END{for(i in c) print i, c[i]}'
        // which prints "3 3" and "4 6" (Weight: 3, GPA: 6, all other columns 0).
        int[] expectedMissing = {0, 0, 3, 6, 0, 0, 0, 0};
        for (int j = 0; j < 8; j++) {
            NumericColumn c = assertInstanceOf(NumericColumn.class, d.columns().get(j));
            assertEquals(expectedMissing[j], c.missingCount(), c.name());
        }
        // grep -n '\*' shows line 71 "1<TAB>70.0<TAB>*..." -> data row 70 (index 69) has Weight missing
        assertTrue(d.column("Weight").orElseThrow().isMissing(69));
        assertEquals(70.0, num(d, "Height").get(69));
    }

    @Test
    void heightWeightDataRawWithoutMarkerKeepsStarsAsText() {
        // '*' is not a default marker, so Weight and GPA hold a non-number and are categorical
        Dataset d = read(RAW).dataset();
        assertEquals(213, d.rowCount());
        CategoricalColumn w = cat(d, "Weight");
        assertEquals(0, w.missingCount());
        assertEquals("*", w.levels().get(0)); // lexicographic: '*' sorts before digits
        assertEquals(3, w.counts()[0]);
        assertEquals(6, cat(d, "GPA").counts()[0]);
        assertEquals(0, num(d, "Height").missingCount());
    }

    // ------------------------------------------------------------------ delimiters

    @Test
    void detectsEachDelimiter() throws IOException {
        assertEquals(Delimiter.COMMA, read(write("c.csv", "a,b\n1,2\n3,4\n")).delimiter());
        assertEquals(Delimiter.TAB, read(write("t.tsv", "a\tb\n1\t2\n3\t4\n")).delimiter());
        assertEquals(Delimiter.SEMICOLON, read(write("s.csv", "a;b\n1,5;2\n3,5;4\n")).delimiter());
        LoadResult ws = read(write("w.txt", "  a   b\n 1 \t 2\n3    4   \n"));
        assertEquals(Delimiter.WHITESPACE, ws.delimiter());
        assertEquals(List.of("a", "b"), ws.dataset().names());
        assertArrayEquals(new double[] {2, 4}, num(ws.dataset(), "b").values());
    }

    @Test
    void semicolonFileWithDecimalCommasStaysText() throws IOException {
        // "1,5" is not a number (no decimal-comma support), so the column is categorical
        Dataset d = read(write("s.csv", "a;b\n1,5;2\n3,5;4\n")).dataset();
        assertEquals(List.of("1,5", "3,5"), cat(d, "a").levels());
    }

    @Test
    void preferenceOrderWhenSeveralAreConsistent() throws IOException {
        // comma and whitespace both give 2 fields on every line; comma comes first
        // (header false: all-text rows with distinct values would otherwise be taken as a header)
        LoadResult r = DelimitedFileReader.read(write("x.txt", "a b,c d\ne f,g h\n"),
                LoadOptions.defaults().withHeader(false));
        assertEquals(Delimiter.COMMA, r.delimiter());
        assertEquals("a b", cat(r.dataset(), "V1").get(0));
        // tab before comma
        LoadResult t = read(write("y.txt", "1,2\t3\n4,5\t6\n"));
        assertEquals(Delimiter.TAB, t.delimiter());
    }

    @Test
    void explicitDelimiterOverridesDetection() throws IOException {
        Path p = write("x.txt", "a b,c d\ne f,g h\n");
        LoadResult r = DelimitedFileReader.read(p,
                LoadOptions.defaults().withDelimiter(Delimiter.WHITESPACE).withHeader(false));
        assertEquals(Delimiter.WHITESPACE, r.delimiter());
        assertEquals(3, r.dataset().columnCount());
        assertEquals(List.of("b,c", "f,g"), cat(r.dataset(), "V2").levels());
    }

    @Test
    void singleColumnFile() throws IOException {
        LoadResult r = read(write("one.txt", "1.5\n2.5\n-3\n"));
        assertEquals(1, r.dataset().columnCount());
        assertEquals(List.of("V1"), r.dataset().names());
        assertFalse(r.header());
        assertArrayEquals(new double[] {1.5, 2.5, -3}, num(r.dataset(), "V1").values());
        LoadResult h = read(write("oneh.txt", "x\n1\n2\n"));
        assertTrue(h.header());
        assertEquals(List.of("x"), h.dataset().names());
        assertEquals(2, h.dataset().rowCount());
    }

    @Test
    void singleTextColumnWithOccasionalSpaces() throws IOException {
        // whitespace splits only 1 of 4 records into 2 fields: not a majority, so one column
        LoadResult r = read(write("cities.txt", "city\nNew York\nBoston\nParis\n"));
        assertEquals(1, r.dataset().columnCount());
        assertTrue(r.header());
        assertEquals(List.of("Boston", "New York", "Paris"), cat(r.dataset(), "city").levels());
    }

    @Test
    void skipForNistStyleFile() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            sb.append("Preamble line ").append(i).append(", with: \"odd\" text;\ttabs\n");
        }
        sb.append("10000000.2\n10000000.1\n10000000.3\n");
        Path p = write("NumAcc.dat", sb.toString());
        LoadResult r = DelimitedFileReader.read(p, LoadOptions.defaults().withSkip(60));
        assertEquals(60, r.skippedLines());
        assertFalse(r.header());
        assertEquals(3, r.dataset().rowCount());
        NumericColumn c = num(r.dataset(), "V1");
        assertEquals(10000000.2, c.origin());
        // python: float(Decimal('10000000.1') - Decimal('10000000.2')) == -0.1
        assertArrayEquals(new double[] {0.0, -0.1, 0.1}, c.deltas());
    }

    @Test
    void skipDoesNotParseSkippedLines() throws IOException {
        // an unterminated quote inside the skipped lines is fine
        Path p = write("q.csv", "title \"oops\n\"\"\"\na,b\n1,2\n");
        LoadResult r = DelimitedFileReader.read(p, LoadOptions.defaults().withSkip(2));
        assertEquals(List.of("a", "b"), r.dataset().names());
        assertEquals(2, r.skippedLines());
    }

    // ------------------------------------------------------------------ header detection

    @Test
    void headerDetection() throws IOException {
        assertTrue(read(write("h1.csv", "x,y\n1,2\n")).header());
        assertFalse(read(write("h2.csv", "1,2\n3,4\n")).header());
        // a missing marker in the first row: not a header
        assertFalse(read(write("h3.csv", "x,NA\n1,2\n")).header());
        // an empty field in the first row: not a header
        assertFalse(read(write("h4.csv", "x,\n1,2\n")).header());
        // a number in the first row: not a header
        assertFalse(read(write("h5.csv", "x,2\na,3\n")).header());
        // text above a text column and a numeric column: header
        LoadResult r = read(write("h6.csv", "name,score\nann,3\nbob,4\n"));
        assertTrue(r.header());
        assertEquals(List.of("ann", "bob"), cat(r.dataset(), "name").levels());
    }

    @Test
    void headerDetectionAllText() throws IOException {
        // all text, first row distinct and not recurring below: header
        assertTrue(read(write("t1.csv", "colour,size\nred,big\nblue,small\n")).header());
        // first-row value recurs in its column: data
        LoadResult r = read(write("t2.csv", "red,big\nblue,small\nred,small\n"));
        assertFalse(r.header());
        assertEquals(List.of("V1", "V2"), r.dataset().names());
        // first-row values not distinct: data
        assertFalse(read(write("t3.csv", "a,a\nb,c\n")).header());
    }

    @Test
    void headerOptionOverrides() throws IOException {
        Path p = write("h.csv", "x,y\n1,2\n");
        LoadResult no = DelimitedFileReader.read(p, LoadOptions.defaults().withHeader(false));
        assertFalse(no.header());
        assertEquals(2, no.dataset().rowCount());
        assertEquals(List.of("1", "x"), cat(no.dataset(), "V1").levels()); // lexicographic: "1" < "x"
        Path q = write("n.csv", "1,2\n3,4\n");
        LoadResult yes = DelimitedFileReader.read(q, LoadOptions.defaults().withHeader(true));
        assertTrue(yes.header());
        assertEquals(List.of("1", "2"), yes.dataset().names());
        assertEquals(1, yes.dataset().rowCount());
    }

    @Test
    void forcedHeaderWithEmptyNameGetsPositionalName() throws IOException {
        Path p = write("e.csv", "x,,z\n1,2,3\n");
        LoadResult r = DelimitedFileReader.read(p, LoadOptions.defaults().withHeader(true));
        assertEquals(List.of("x", "V2", "z"), r.dataset().names());
    }

    // ------------------------------------------------------------------ column names

    @Test
    void columnNamesReplaceHeader() throws IOException {
        Path p = write("h.csv", "x,y\n1,2\n");
        LoadResult r = DelimitedFileReader.read(p, LoadOptions.defaults().withColumnNames(List.of("a", "b")));
        assertTrue(r.header());
        assertEquals(List.of("a", "b"), r.dataset().names());
        assertEquals(1, r.dataset().rowCount());
    }

    @Test
    void columnNamesCountMismatch() throws IOException {
        Path p = write("h.csv", "1,2,3\n4,5,6\n");
        DataException e = fails(p, LoadOptions.defaults().withColumnNames(List.of("a", "b")));
        assertEquals("the file has 3 fields per row but 2 column names were given", e.getMessage());
        DataException one = fails(p, LoadOptions.defaults().withColumnNames(List.of("a")));
        assertEquals("the file has 3 fields per row but 1 column name was given", one.getMessage());
    }

    // ------------------------------------------------------------------ missing values and types

    @Test
    void missingMarkersAndTypes() throws IOException {
        Path p = write("m.csv", "a,b,c,d\n1,x,NA,\n?,y, NaN ,\n3, NA ,-,\n");
        Dataset d = read(p).dataset();
        NumericColumn a = num(d, "a");
        assertEquals(1, a.missingCount());
        assertTrue(a.isMissing(1));
        CategoricalColumn b = cat(d, "b");
        assertEquals(1, b.missingCount());
        assertNull(b.get(2));
        // "-" is not a number and not a marker: text
        CategoricalColumn c = cat(d, "c");
        assertEquals(2, c.missingCount());
        assertEquals(List.of("-"), c.levels());
        // all missing: numeric, all NaN
        NumericColumn dd = num(d, "d");
        assertEquals(3, dd.missingCount());
        assertEquals(3, dd.size());

        LoadResult extra = DelimitedFileReader.read(p,
                LoadOptions.defaults().withMissingMarkers(List.of("-", " x ")));
        assertEquals(3, num(extra.dataset(), "c").missingCount());
        assertEquals(2, cat(extra.dataset(), "b").missingCount());
    }

    @Test
    void numberSyntax() throws IOException {
        Path p = write("n.csv", "x\n1e-300\n1.5E+3\n-0.25\n+7\n.5\n3.\ninf\n-inf\nInfinity\n-INFINITY\n");
        NumericColumn x = num(read(p).dataset(), "x");
        double inf = Double.POSITIVE_INFINITY;
        assertArrayEquals(new double[] {1e-300, 1500, -0.25, 7, 0.5, 3, inf, -inf, inf, -inf}, x.values());
        // Java-only forms are text, so the column is categorical
        String[] notNumbers = {"0x10", "1d", "2f", "1e", "e5", "1_000", "--1", "nan", "Inf1", ".", "1.2.3"};
        for (String notNumber : notNumbers) {
            Path q = write("q.csv", "x\n1\n" + notNumber + "\n");
            assertInstanceOf(CategoricalColumn.class, read(q).dataset().column("x").orElseThrow(), notNumber);
        }
    }

    @Test
    void numericLookingFieldsStayStringsInCategoricalColumn() throws IOException {
        Dataset d = read(write("c.csv", "k,v\n010,1\nabc,2\n10,3\n")).dataset();
        CategoricalColumn k = cat(d, "k");
        assertEquals("010", k.get(0));
        assertEquals(List.of("010", "10", "abc"), k.levels());
    }

    // ------------------------------------------------------------------ quoting, line endings, BOM

    @Test
    void quotedFields() throws IOException {
        Path p = write("q.csv", "name,comment,n\n"
                + "\"Smith, J\",\"said \"\"hi\"\"\",1\n"
                + " \"two\nlines\" , \"  padded  \",2\n"
                + "plain,\"\",3\n");
        Dataset d = read(p).dataset();
        assertEquals(3, d.rowCount());
        CategoricalColumn name = cat(d, "name");
        assertEquals("Smith, J", name.get(0));
        assertEquals("two\nlines", name.get(1));
        CategoricalColumn c = cat(d, "comment");
        assertEquals("said \"hi\"", c.get(0));
        assertEquals("  padded  ", c.get(1)); // inside quotes is kept as is
        assertTrue(c.isMissing(2)); // "" is empty: missing
        assertArrayEquals(new double[] {1, 2, 3}, num(d, "n").values());
    }

    @Test
    void lineNumbersCountLinesInsideQuotes() throws IOException {
        // the record on line 2 spans lines 2-3, so the bad record is on file line 4
        Path p = write("q.csv", "a,b\n\"x\ny\",1\nz,2,3\n");
        DataException e = fails(p, LoadOptions.defaults());
        assertEquals("line 4 has 3 fields, expected 2", e.getMessage());
    }

    @Test
    void crlfBomAndBlankLines() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "x,y\r\n1,2\r\n\r\n3,\"a\r\nb\"\r\n\r\n  \r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        LoadResult r = read(writeBytes("crlf.csv", all));
        assertTrue(r.header());
        assertEquals(List.of("x", "y"), r.dataset().names()); // no BOM in the first name
        assertEquals(2, r.dataset().rowCount());
        assertArrayEquals(new double[] {1, 3}, num(r.dataset(), "x").values());
        assertEquals("a\nb", cat(r.dataset(), "y").get(1));
    }

    @Test
    void quotedFieldsWithWhitespaceDelimiter() throws IOException {
        LoadResult r = read(write("w.txt", "name  score\n\"Ann Lee\"  3\n Bob\t4\n"));
        assertEquals(Delimiter.WHITESPACE, r.delimiter());
        assertEquals(List.of("Ann Lee", "Bob"), cat(r.dataset(), "name").levels());
        assertArrayEquals(new double[] {3, 4}, num(r.dataset(), "score").values());
    }

    @Test
    void oldMacLineEndingsAndNoFinalNewline() throws IOException {
        LoadResult r = read(write("cr.csv", "x,y\r1,2\r3,4"));
        assertEquals(2, r.dataset().rowCount());
        assertArrayEquals(new double[] {2, 4}, num(r.dataset(), "y").values());
    }

    @Test
    void trailingDelimiterMeansEmptyLastField() throws IOException {
        Dataset d = read(write("t.csv", "a,b,c\n1,2,\n3,4,\n")).dataset();
        assertEquals(3, d.columnCount());
        assertEquals(2, d.column("c").orElseThrow().missingCount());
    }

    // ------------------------------------------------------------------ errors

    @Test
    void fileNotFound() {
        Path p = dir.resolve("nope.csv");
        DataException e = fails(p, LoadOptions.defaults());
        assertEquals("file not found: " + p, e.getMessage());
    }

    @Test
    void fileNotFoundSuggestsCloseName() throws IOException {
        write("heights.csv", "x\n1\n");
        DataException e = fails(dir.resolve("Heights.csv"), LoadOptions.defaults());
        assertEquals("did you mean '" + dir.resolve("heights.csv") + "'?", e.hint());
    }

    @Test
    void directory() {
        DataException e = fails(dir, LoadOptions.defaults());
        assertEquals(dir + " is a directory, not a file", e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        Path p = write("empty.csv", "");
        assertEquals("file " + p + " is empty", fails(p, LoadOptions.defaults()).getMessage());
        Path blank = write("blank.csv", "\n  \n\t\n");
        assertEquals("file " + blank + " is empty", fails(blank, LoadOptions.defaults()).getMessage());
        Path bomOnly = writeBytes("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertEquals("file " + bomOnly + " is empty", fails(bomOnly, LoadOptions.defaults()).getMessage());
    }

    @Test
    void emptyAfterSkip() throws IOException {
        Path p = write("short.txt", "a\nb\nc\n");
        DataException e = fails(p, LoadOptions.defaults().withSkip(5));
        assertEquals("file " + p + " has no data after skipping the first 5 lines", e.getMessage());
        assertEquals("the file has only 3 lines", e.hint());
        Path q = write("short2.txt", "a\n\n\n");
        DataException f = fails(q, LoadOptions.defaults().withSkip(1));
        assertEquals("file " + q + " has no data after skipping the first 1 line", f.getMessage());
        assertEquals("the remaining lines are blank", f.hint());
    }

    @Test
    void headerOnly() throws IOException {
        Path p = write("h.csv", "x,y,z\n");
        DataException e = fails(p, LoadOptions.defaults());
        assertEquals("file " + p + " has a header line but no data rows", e.getMessage());
        assertEquals("if that line is data, use 'header false'", e.hint());
        Path q = write("h2.csv", "1,2\n");
        DataException f = fails(q, LoadOptions.defaults().withHeader(true));
        assertEquals("file " + q + " has a header line but no data rows", f.getMessage());
        assertNull(f.hint());
    }

    @Test
    void raggedRows() throws IOException {
        Path p = write("r.csv", "a,b,c\n1,2,3\n4,5,6\n7,8,9\n1,2,3\n4,5,6\n7,8,9,10\n1,2,3\n");
        DataException e = fails(p, LoadOptions.defaults());
        assertEquals("line 7 has 4 fields, expected 3", e.getMessage());
        assertEquals("if a field contains a comma, put the field in double quotes; "
                + "the delimiter was detected as comma; choose another with e.g. 'delimiter tab'", e.hint());
        DataException explicit = fails(p, LoadOptions.defaults().withDelimiter(Delimiter.COMMA));
        assertEquals("line 7 has 4 fields, expected 3", explicit.getMessage());
        assertEquals("if a field contains a comma, put the field in double quotes", explicit.hint());
    }

    @Test
    void raggedRowLineNumbersCountSkippedAndBlankLines() throws IOException {
        Path p = write("r.csv", "junk\n\na\tb\n1\t2\n\n3\n");
        DataException e = fails(p, LoadOptions.defaults().withSkip(1));
        assertEquals("line 6 has 1 field, expected 2", e.getMessage());
    }

    @Test
    void raggedShortRowAndPreambleHint() throws IOException {
        Path p = write("pre.csv", "My data\nx,y\n1,2\n");
        DataException e = fails(p, LoadOptions.defaults().withDelimiter(Delimiter.COMMA));
        assertEquals("line 2 has 2 fields, expected 1", e.getMessage());
        assertEquals("if the file starts with lines that are not data, skip them with 'skip N'", e.hint());
    }

    @Test
    void rowNamesStyleHeaderHint() throws IOException {
        Path p = write("rn.csv", "x,y\nr1,1,2\nr2,3,4\n");
        DataException e = fails(p, LoadOptions.defaults().withDelimiter(Delimiter.COMMA));
        assertEquals("line 2 has 3 fields, expected 2", e.getMessage());
        assertEquals("the header has one name fewer than the data rows; add a name for the first column",
                e.hint());
    }

    @Test
    void unterminatedQuote() throws IOException {
        Path p = write("u.csv", "a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        DataException e = fails(p, LoadOptions.defaults());
        assertEquals("unterminated quote: the quoted field opened on line 3 is never closed", e.getMessage());
        assertNotNull(e.hint());
        DataException f = fails(p, LoadOptions.defaults().withDelimiter(Delimiter.COMMA));
        assertEquals("unterminated quote: the quoted field opened on line 3 is never closed", f.getMessage());
    }

    @Test
    void duplicateColumnNames() throws IOException {
        Path p = write("d.csv", "x,y,x\n1,2,3\n");
        DataException e = fails(p, LoadOptions.defaults());
        assertEquals("duplicate column name 'x' (columns 1 and 3)", e.getMessage());
        Path q = write("ok.csv", "1,2\n");
        DataException f = fails(q, LoadOptions.defaults().withColumnNames(List.of("a", "a")));
        assertEquals("duplicate column name 'a' (columns 1 and 2)", f.getMessage());
    }

    @Test
    void invalidUtf8() throws IOException {
        // "x,y\n1,2\ncaf\xe9,3\n": Latin-1 e-acute on line 3
        byte[] bytes = {'x', ',', 'y', '\n', '1', ',', '2', '\n', 'c', 'a', 'f', (byte) 0xE9, ',', '3', '\n'};
        DataException e = fails(writeBytes("latin1.csv", bytes), LoadOptions.defaults());
        assertEquals("line 3 is not valid UTF-8 text", e.getMessage());
        assertEquals("convert the file to UTF-8, e.g. iconv -f ISO-8859-1 -t UTF-8 in.txt > out.txt", e.hint());
    }

    @Test
    void utf16GetsItsOwnHint() throws IOException {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0};
        DataException e = fails(writeBytes("u16.csv", bytes), LoadOptions.defaults());
        assertEquals("line 1 is not valid UTF-8 text", e.getMessage());
        assertEquals("the file looks like UTF-16; convert it to UTF-8, "
                + "e.g. iconv -f UTF-16 -t UTF-8 in.txt > out.txt", e.hint());
    }

    @Test
    void trailingDelimiterOnOneLine() throws IOException {
        Path p = write("t.csv", "a,b\n1,2\n3,4,\n");
        DataException e = fails(p, LoadOptions.defaults().withDelimiter(Delimiter.COMMA));
        assertEquals("line 3 has 3 fields, expected 2", e.getMessage());
        assertEquals("the line ends with an extra comma", e.hint());
    }

    @Test
    void validUtf8IsKept() throws IOException {
        Dataset d = read(write("u.csv", "città,n\nZürich,1\n東京,2\n")).dataset();
        assertEquals(List.of("città", "n"), d.names());
        assertEquals(List.of("Zürich", "東京"), cat(d, "città").levels());
    }

    @Test
    void negativeSkipIsRejected() {
        DataException e = assertThrows(DataException.class, () -> LoadOptions.defaults().withSkip(-1));
        assertEquals("skip must be 0 or more, not -1", e.getMessage());
    }
}
