package gm.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads delimited text files (CSV, TSV, semicolon- or whitespace-separated) into a {@link Dataset}.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>The file must be UTF-8; a leading byte order mark is dropped. Lines end in LF, CRLF or CR.</li>
 * <li>{@code skip N} ignores the first N physical lines entirely (they are not parsed).</li>
 * <li>Blank lines (only spaces and tabs, outside quotes) are ignored wherever they are, as R's
 * {@code read.table} does.</li>
 * <li>Fields may be quoted RFC-4180 style: {@code "a, b"}, {@code "say ""hi"""}, and line breaks inside
 * quotes. Unquoted fields are trimmed of surrounding spaces and tabs; the text inside quotes is kept as is.
 * Text after a closing quote, up to the next delimiter, is appended as is (lenient).</li>
 * <li>AUTO delimiter: the first {@value #SAMPLE} records are split with tab, comma, semicolon and whitespace
 * in that order, and the first that gives every record the same number of fields, more than one, wins. If
 * none is consistent, the one whose most common field count (&gt; 1) covers most records, and more than half
 * of them, is used, so that the offending line is reported as ragged. Otherwise the file has one column
 * (e.g. one number per line, or one text per line with occasional spaces).</li>
 * <li>Missing: a field whose trimmed text is empty, {@code NA}, {@code NaN}, {@code ?} or one of the extra
 * markers.</li>
 * <li>A column is numeric if every non-missing field is a number (see {@link Decimal}: decimal with
 * optional sign and exponent, or {@code inf}/{@code infinity}); a column with no non-missing field is
 * numeric (all NaN). Otherwise it is categorical and keeps the texts.</li>
 * <li>Header detection (when {@code header} is null) &mdash; see {@link #looksLikeHeader}.</li>
 * <li>Names: the header's (empty ones become {@code V<i>}), replaced by {@code columnNames} when given;
 * with neither, {@code V1, V2, ...} as in R.</li>
 * </ul>
 */
public final class DelimitedFileReader {
    /** Number of records looked at to detect the delimiter. */
    static final int SAMPLE = 100;

    private static final Delimiter[] DETECTION_ORDER = {
        Delimiter.TAB, Delimiter.COMMA, Delimiter.SEMICOLON, Delimiter.WHITESPACE
    };

    private DelimitedFileReader() {
    }

    /** One record of the file: its fields and the 1-based file line it starts on. */
    record Row(int line, List<String> fields) {
    }

    /**
     * Reads the file.
     *
     * @throws DataException if the file cannot be read or is not a well-formed delimited file
     */
    public static LoadResult read(Path file, LoadOptions options) {
        if (file == null) {
            throw new DataException("no file was given");
        }
        LoadOptions opts = options == null ? LoadOptions.defaults() : options;
        String text = decode(readBytes(file));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineCount = countLines(text);
        int skipped = Math.min(opts.skip(), lineCount);
        int start = offsetAfterLines(text, skipped);

        Delimiter delimiter = opts.delimiter();
        if (delimiter == Delimiter.AUTO) {
            delimiter = detect(text, start, skipped + 1);
        }
        List<Row> rows = parse(text, start, skipped + 1, delimiter, Integer.MAX_VALUE);
        if (rows.isEmpty()) {
            throw noRecords(file, opts, lineCount);
        }

        Set<String> missing = new HashSet<>(LoadOptions.DEFAULT_MISSING_MARKERS);
        for (String m : opts.missingMarkers()) {
            missing.add(m.strip());
        }
        boolean header = opts.header() != null ? opts.header() : looksLikeHeader(rows, missing);
        checkRagged(rows, delimiter, opts.delimiter() == Delimiter.AUTO, header);
        int width = rows.get(0).fields().size();
        if (header && rows.size() == 1) {
            throw new DataException("file " + file + " has a header line but no data rows",
                    opts.header() == null ? "if that line is data, use 'header false'" : null);
        }

        List<String> names = columnNames(rows.get(0), width, header, opts.columnNames());
        List<Row> data = header ? rows.subList(1, rows.size()) : rows;
        List<Column> columns = new ArrayList<>(width);
        for (int j = 0; j < width; j++) {
            columns.add(makeColumn(names.get(j), data, j, missing));
        }
        return new LoadResult(Dataset.of(columns), delimiter, header, skipped);
    }

    /** The error for a file with no record (after the skipped lines), of {@code lineCount} lines in all. */
    static DataException noRecords(Path file, LoadOptions opts, int lineCount) {
        if (opts.skip() > 0) {
            return new DataException("file " + file + " has no data after skipping the first "
                    + Checks.plural(opts.skip(), "line"),
                    lineCount <= opts.skip() ? "the file has only " + Checks.plural(lineCount, "line")
                            : "the remaining lines are blank");
        }
        return new DataException("file " + file + " is empty");
    }

    // ---------------------------------------------------------------- file and text

    static byte[] readBytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new DataException(file + " is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new DataException("file not found: " + file, notFoundHint(file));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** The error of a file that exists but cannot be read. */
    static DataException cannotRead(Path file, IOException e) {
        return new DataException("cannot read " + file + ": "
                + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()));
    }

    /** "did you mean" for a file in the same directory with a close name, else where relative paths start. */
    static String notFoundHint(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Path name = abs.getFileName();
        if (dir != null && name != null && Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                List<String> names = list.map(p -> p.getFileName().toString()).sorted().toList();
                String close = Checks.closest(name.toString(), names);
                if (close != null) {
                    return "did you mean '" + file.resolveSibling(close) + "'?";
                }
            } catch (IOException | RuntimeException e) {
                // no hint then
            }
        }
        if (!file.isAbsolute()) {
            return "relative paths start at " + Path.of("").toAbsolutePath();
        }
        return null;
    }

    /** Strict UTF-8 decoding; reports the 1-based line of the first malformed byte. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                    || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
            throw new DataException("line " + line + " is not valid UTF-8 text", utf16
                    ? "the file looks like UTF-16; convert it to UTF-8, "
                            + "e.g. iconv -f UTF-16 -t UTF-8 in.txt > out.txt"
                    : "convert the file to UTF-8, e.g. iconv -f ISO-8859-1 -t UTF-8 in.txt > out.txt");
        }
        out.flip();
        return out.toString();
    }

    /** Number of physical lines (a final line terminator does not start a new line). */
    static int countLines(String text) {
        int lines = 0;
        int pos = 0;
        while (pos < text.length()) {
            pos = nextLine(text, pos);
            lines++;
        }
        return lines;
    }

    /** Offset of the start of the line after the one containing pos. */
    private static int nextLine(String text, int pos) {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos++);
            if (c == '\n') {
                return pos;
            }
            if (c == '\r') {
                return pos < n && text.charAt(pos) == '\n' ? pos + 1 : pos;
            }
        }
        return n;
    }

    static int offsetAfterLines(String text, int lines) {
        int pos = 0;
        for (int i = 0; i < lines; i++) {
            pos = nextLine(text, pos);
        }
        return pos;
    }

    // ---------------------------------------------------------------- records

    /**
     * Splits text from {@code pos} (on file line {@code line}) into at most {@code max} records.
     *
     * @throws DataException for an unterminated quote
     */
    static List<Row> parse(String text, int pos, int line, Delimiter delimiter, int max) {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        boolean ws = delimiter == Delimiter.WHITESPACE;
        char delim = switch (delimiter) {
            case COMMA -> ',';
            case TAB -> '\t';
            case SEMICOLON -> ';';
            default -> '\0';
        };
        StringBuilder sb = new StringBuilder();
        while (pos < n && rows.size() < max) {
            // skip a blank line
            int eol = pos;
            while (eol < n && (text.charAt(eol) == ' ' || text.charAt(eol) == '\t')) {
                eol++;
            }
            if (eol >= n || text.charAt(eol) == '\n' || text.charAt(eol) == '\r') {
                pos = nextLine(text, pos);
                line++;
                continue;
            }
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                // leading spaces (and tabs, unless tab is the delimiter)
                while (pos < n && (text.charAt(pos) == ' ' || (text.charAt(pos) == '\t' && delim != '\t'))) {
                    pos++;
                }
                String field;
                if (pos < n && text.charAt(pos) == '"') {
                    int quoteLine = line;
                    pos++;
                    sb.setLength(0);
                    while (true) {
                        if (pos >= n) {
                            throw new DataException("unterminated quote: the quoted field opened on line "
                                    + quoteLine + " is never closed",
                                    "end the field with \" and write a quote inside a field as \"\"");
                        }
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                                sb.append('"');
                                pos += 2;
                            } else {
                                pos++;
                                break;
                            }
                        } else if (c == '\r' || c == '\n') {
                            sb.append('\n');
                            pos = nextLine(text, pos);
                            line++;
                        } else {
                            sb.append(c);
                            pos++;
                        }
                    }
                    int restStart = pos;
                    pos = fieldEnd(text, pos, delim, ws);
                    sb.append(strip(text.substring(restStart, pos)));
                    field = sb.toString();
                } else {
                    int fieldStart = pos;
                    pos = fieldEnd(text, pos, delim, ws);
                    field = strip(text.substring(fieldStart, pos));
                }
                fields.add(field);
                if (ws) {
                    while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                        pos++;
                    }
                    if (pos >= n || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                        break;
                    }
                } else if (pos < n && text.charAt(pos) == delim) {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos < n) {
                pos = nextLine(text, pos);
            }
            line++;
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }

    /** End of an unquoted stretch: the next delimiter (any space or tab in whitespace mode) or line end. */
    private static int fieldEnd(String text, int pos, char delim, boolean ws) {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r' || c == delim || (ws && (c == ' ' || c == '\t'))) {
                break;
            }
            pos++;
        }
        return pos;
    }

    /** Trims spaces and tabs. */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The delimiter for AUTO; see the class comment. */
    static Delimiter detect(String text, int pos, int line) {
        Delimiter best = null;
        int bestCover = 0;
        for (Delimiter d : DETECTION_ORDER) {
            List<Row> sample;
            try {
                sample = parse(text, pos, line, d, SAMPLE);
            } catch (DataException e) {
                continue;
            }
            if (sample.isEmpty()) {
                return Delimiter.COMMA;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            for (Row r : sample) {
                counts.merge(r.fields().size(), 1, Integer::sum);
            }
            if (counts.size() == 1 && sample.get(0).fields().size() > 1) {
                return d;
            }
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getKey() > 1 && e.getValue() > bestCover && 2 * e.getValue() > sample.size()) {
                    bestCover = e.getValue();
                    best = d;
                }
            }
        }
        return best != null ? best : Delimiter.COMMA;
    }

    static void checkRagged(List<Row> rows, Delimiter delimiter, boolean detected, boolean header) {
        int expected = rows.get(0).fields().size();
        for (int i = 1; i < rows.size(); i++) {
            Row r = rows.get(i);
            int got = r.fields().size();
            if (got != expected) {
                throw ragged(r.line(), got, expected, r.fields().get(got - 1).isEmpty(), i == 1, delimiter, detected,
                        header);
            }
        }
    }

    /**
     * The error for a record on file line {@code line} with {@code got} fields where {@code expected} were due;
     * {@code secondRecord}: it is the record right after the first.
     */
    static DataException ragged(long line, int got, int expected, boolean lastFieldEmpty, boolean secondRecord,
                                Delimiter delimiter, boolean detected, boolean header) {
        List<String> hints = new ArrayList<>();
        if (got == expected + 1 && lastFieldEmpty && delimiter != Delimiter.WHITESPACE) {
            hints.add("the line ends with an extra " + delimiter.word());
        } else if (secondRecord && expected == 1) {
            hints.add("if the file starts with lines that are not data, skip them with 'skip N'");
        } else if (secondRecord && header && got == expected + 1) {
            hints.add("the header has one name fewer than the data rows; add a name for the first column");
        } else if (got > expected && delimiter != Delimiter.WHITESPACE) {
            hints.add("if a field contains a " + delimiter.word() + ", put the field in double quotes");
        }
        if (detected) {
            hints.add("the delimiter was detected as " + delimiter.word()
                    + "; choose another with e.g. 'delimiter tab'");
        }
        return new DataException("line " + line + " has " + Checks.plural(got, "field") + ", expected "
                + expected, hints.isEmpty() ? null : String.join("; ", hints));
    }

    // ---------------------------------------------------------------- header, names, columns

    static boolean isMissing(String field, Set<String> missing) {
        return missing.contains(field.strip());
    }

    /**
     * Header detection used when the {@code header} option is null.
     *
     * <p>The first row is a header if every field in it is non-empty, not a number and not a missing
     * marker, and
     * <ul>
     * <li>some column has at least one number in the rows below (R-like: a text row above numbers is a
     * header), or</li>
     * <li>all fields below are text: then only if the first row's values are all distinct and none of them
     * occurs again in its own column below (a header names its column once; data values tend to recur).
     * A file with a single text row therefore counts as a header with no data.</li>
     * </ul>
     */
    static boolean looksLikeHeader(List<Row> rows, Set<String> missing) {
        List<String> first = rows.get(0).fields();
        for (String f : first) {
            if (f.isBlank() || isMissing(f, missing) || Decimal.isNumber(f)) {
                return false;
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            for (String f : rows.get(i).fields()) {
                if (!isMissing(f, missing) && Decimal.isNumber(f)) {
                    return true;
                }
            }
        }
        if (new HashSet<>(first).size() != first.size()) {
            return false;
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> fields = rows.get(i).fields();
            for (int j = 0; j < Math.min(first.size(), fields.size()); j++) {
                if (first.get(j).equals(fields.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    static List<String> columnNames(Row first, int width, boolean header, List<String> given) {
        List<String> names = new ArrayList<>(width);
        if (given != null) {
            if (given.size() != width) {
                throw new DataException("the file has " + Checks.plural(width, "field") + " per row but "
                        + given.size() + (given.size() == 1 ? " column name was" : " column names were")
                        + " given");
            }
            names.addAll(given);
        } else {
            for (int j = 0; j < width; j++) {
                String h = header ? first.fields().get(j).strip() : "";
                names.add(h.isEmpty() ? "V" + (j + 1) : h);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < width; j++) {
            Integer before = seen.putIfAbsent(names.get(j), j);
            if (before != null) {
                throw new DataException("duplicate column name '" + names.get(j) + "' (columns " + (before + 1)
                        + " and " + (j + 1) + ")", "give the columns distinct names with 'columns (a, b, ...)'");
            }
        }
        return names;
    }

    private static Column makeColumn(String name, List<Row> data, int j, Set<String> missing) {
        int n = data.size();
        Decimal[] numbers = new Decimal[n];
        boolean numeric = true;
        for (int i = 0; i < n && numeric; i++) {
            String f = data.get(i).fields().get(j);
            if (!isMissing(f, missing)) {
                numbers[i] = Decimal.parse(f);
                numeric = numbers[i] != null;
            }
        }
        if (numeric) {
            return NumericColumn.fromDecimals(name, numbers);
        }
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            String f = data.get(i).fields().get(j);
            texts[i] = isMissing(f, missing) ? null : f;
        }
        return CategoricalColumn.of(name, texts);
    }
}
