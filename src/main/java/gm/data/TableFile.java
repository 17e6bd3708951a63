package gm.data;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A delimited file read without holding its rows: one pass over it at open finds the column types, missing counts,
 * categorical levels and where every chunk of records starts; later scans stream the records through a
 * {@link RowScan}, reading chunks on several threads, in memory that does not grow with the number of rows.
 *
 * <p>The rules are {@link DelimitedFileReader}'s, with one difference for large files: the delimiter, the header and
 * rows of the wrong width near the top are judged on the first {@value #HEAD_RECORDS} records (the in-memory reader
 * judges the header on every row). Every field is read to the same double, and every number of a numeric column to the
 * same exact difference from the column's origin (its first finite number), as the in-memory reader gives, so
 * statistics computed from either agree.
 *
 * <p>The file must not change while it is in use: scans check its size and modification time and ask for it to be
 * loaded again if they changed. A file opened by {@link #held} is read once into memory, and its scans read the bytes
 * held.
 */
public final class TableFile {
    /**
     * Bytes read at the top of the file to find the delimiter and the header: the first size when it holds
     * {@value #HEAD_RECORDS} lines, else the second (wide rows). Reading no more than needed matters: the head is read
     * before the compiler has made the reading code fast.
     */
    static final int SHORT_HEAD_BYTES = 256 << 10;
    static final int HEAD_BYTES = 4 << 20;
    /** Records of the head used to find the delimiter, the header and the width. */
    static final int HEAD_RECORDS = 1000;

    /** How the file is laid out, found from its head. */
    record Layout(Delimiter delimiter, boolean detected, boolean header, int skippedLines, long dataStart,
                  long firstDataLine, List<String> names, MissingMarkers missing, Decimal[] headOrigins) {
    }

    private final Path path;
    private final long size;
    private final FileTime modified;
    private final Layout layout;
    private final ScanSettings settings;
    private final boolean[] numeric;
    private final Decimal[] origins;
    private final long[] missingCounts;
    private final List<List<String>> levels;
    private final List<long[]> levelCounts;
    private final long rows;
    private final List<FileChunks.Chunk> chunks;
    /** The file's bytes, when they are held in memory (else null: scans read the file). */
    private final byte[] bytes;
    private final Map<String, SoftReference<Column>> columnsRead = new HashMap<>();

    private TableFile(Path path, long size, FileTime modified, byte[] bytes, Layout layout, ScanSettings settings,
                      Summary summary, List<FileChunks.Chunk> chunks) {
        this.path = path;
        this.bytes = bytes;
        this.size = size;
        this.modified = modified;
        this.layout = layout;
        this.settings = settings;
        int width = layout.names().size();
        this.numeric = new boolean[width];
        this.origins = new Decimal[width];
        this.missingCounts = summary.missing.clone();
        this.levels = new ArrayList<>();
        this.levelCounts = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            numeric[j] = summary.texts.get(j).isEmpty();
            origins[j] = summary.origins[j] == null ? Decimal.ZERO : summary.origins[j];
            if (numeric[j]) {
                levels.add(List.of());
                levelCounts.add(new long[0]);
            } else {
                List<String> sorted = new ArrayList<>(summary.texts.get(j).keySet());
                sorted.sort(CategoricalColumn.levelOrder(sorted));
                long[] counts = new long[sorted.size()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = summary.texts.get(j).get(sorted.get(i))[0];
                }
                levels.add(List.copyOf(sorted));
                levelCounts.add(counts);
            }
        }
        this.rows = summary.records;
        this.chunks = List.copyOf(chunks);
    }

    // ---------------------------------------------------------------- opening

    /**
     * Reads the file once to learn its columns. {@code progress} hears of the bytes read.
     *
     * @throws DataException if the file cannot be read or is not a well-formed delimited file
     */
    public static TableFile open(Path file, LoadOptions options, ScanSettings settings, Progress progress) {
        return open(file, options, settings, progress, null);
    }

    /** Reads the file once to learn its columns, doing {@code work} (if not null) on the way. */
    public static <A> TableFile open(Path file, LoadOptions options, ScanSettings settings, Progress progress,
                                     FirstPassWork<A> work) {
        return open(file, false, options, settings, progress, work);
    }

    /**
     * Reads the file into memory, then reads the bytes held once to learn the columns. Later scans read them too, so
     * the file may change or go.
     */
    public static TableFile held(Path file, LoadOptions options, ScanSettings settings, Progress progress) {
        return open(file, true, options, settings, progress, null);
    }

    private static <A> TableFile open(Path file, boolean hold, LoadOptions options, ScanSettings settings,
                                      Progress progress, FirstPassWork<A> work) {
        LoadOptions opts = options == null ? LoadOptions.defaults() : options;
        checkReadable(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            FileTime modified = Files.getLastModifiedTime(file);
            byte[] bytes = hold && size < Integer.MAX_VALUE - 8
                    ? readHead(TableBytes.of(channel), size, (int) size) : null;
            TableBytes source = bytes != null ? TableBytes.held(bytes) : TableBytes.of(channel);
            Layout layout = layout(file, source, size, opts);
            List<FileChunks.Chunk> verified = new ArrayList<>();
            Summary summary = firstPass(source, size, layout, settings, verified, progress, work);
            if (summary.records == 0) {
                throw new DataException("file " + file + " has a header line but no data rows");
            }
            List<Integer> mixed = new ArrayList<>();
            for (int j = 0; j < summary.numbers.length; j++) {
                if (summary.numbers[j] > 0 && !summary.texts.get(j).isEmpty()) {
                    mixed.add(j);
                }
            }
            TableFile table = new TableFile(file, size, modified, bytes, layout, settings, summary, verified);
            if (mixed.isEmpty()) {
                return table;
            }
            countLevels(table, mixed, summary, progress);
            return new TableFile(file, size, modified, bytes, layout, settings, summary, verified);
        } catch (IOException e) {
            throw DelimitedFileReader.cannotRead(file, e);
        }
    }

    /**
     * The names of the columns, from the head of the file alone (as {@link #open} names them).
     *
     * @throws DataException if the file cannot be read or its head is not that of a well-formed delimited file
     */
    public static List<String> columnNames(Path file, LoadOptions options) {
        checkReadable(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return layout(file, TableBytes.of(channel), channel.size(),
                    options == null ? LoadOptions.defaults() : options).names();
        } catch (IOException e) {
            throw DelimitedFileReader.cannotRead(file, e);
        }
    }

    private static void checkReadable(Path file) {
        if (file == null) {
            throw new DataException("no file was given");
        }
        if (Files.isDirectory(file)) {
            throw new DataException(file + " is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new DataException("file not found: " + file, DelimitedFileReader.notFoundHint(file));
        }
    }

    /** The delimiter, header, names and where the data start, from the head of the file. */
    private static Layout layout(Path file, TableBytes source, long size, LoadOptions opts) throws IOException {
        byte[] head = readHead(source, size, SHORT_HEAD_BYTES);
        if (head.length < size && lineBreaks(head) <= HEAD_RECORDS + opts.skip()) {
            head = readHead(source, size, HEAD_BYTES);
        }
        boolean whole = head.length == size;
        int cut = head.length;
        if (!whole) {
            while (cut > 0 && head[cut - 1] != '\n') {
                cut--;
            }
            if (cut == 0) {
                cut = head.length;
            }
        }
        String text = DelimitedFileReader.decode(Arrays.copyOf(head, cut));
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        text = text.substring(bom);
        int lineCount = DelimitedFileReader.countLines(text);
        int skipped = Math.min(opts.skip(), lineCount);
        int start = DelimitedFileReader.offsetAfterLines(text, skipped);
        Delimiter delimiter = opts.delimiter();
        boolean detected = delimiter == Delimiter.AUTO;
        if (detected) {
            delimiter = DelimitedFileReader.detect(text, start, skipped + 1);
        }
        List<DelimitedFileReader.Row> sample = DelimitedFileReader.parse(text, start, skipped + 1, delimiter,
                HEAD_RECORDS);
        if (sample.isEmpty()) {
            throw DelimitedFileReader.noRecords(file, opts, lineCount);
        }
        MissingMarkers missing = new MissingMarkers(opts.missingMarkers());
        boolean header = opts.header() != null ? opts.header() : DelimitedFileReader.looksLikeHeader(sample,
                missing.texts());
        DelimitedFileReader.checkRagged(sample, delimiter, detected, header);
        int width = sample.get(0).fields().size();
        if (header && sample.size() == 1 && whole) {
            throw new DataException("file " + file + " has a header line but no data rows",
                    opts.header() == null ? "if that line is data, use 'header false'" : null);
        }
        List<String> names = DelimitedFileReader.columnNames(sample.get(0), width, header, opts.columnNames());
        Decimal[] headOrigins = new Decimal[width];
        FieldNumber headNumber = new FieldNumber(); // tells most numbers at once, without the slower Decimal
        for (int j = 0; j < width; j++) {
            for (int i = header ? 1 : 0; i < sample.size(); i++) {
                String field = sample.get(i).fields().get(j);
                if (DelimitedFileReader.isMissing(field, missing.texts())) {
                    continue;
                }
                byte[] bytes = field.getBytes(StandardCharsets.ISO_8859_1);
                boolean plain = headNumber.parse(bytes, 0, bytes.length);
                Decimal number = plain && headOrigins[j] != null ? null : Decimal.parse(field);
                if (!plain && number == null) {
                    headOrigins[j] = null;
                    break;
                }
                if (headOrigins[j] == null && !number.infinite && Double.isFinite(number.value)) {
                    headOrigins[j] = number;
                }
            }
        }

        int pos = bom == 1 ? 3 : 0;
        long line = 1;
        RecordSplitter splitter = new RecordSplitter(delimiter);
        for (int i = 0; i < skipped; i++) {
            pos = afterLine(head, pos, cut);
            line++;
        }
        if (header) {
            while (true) {
                int next = splitter.next(head, pos, cut, whole);
                line += splitter.lines;
                pos = next;
                if (!splitter.blank) {
                    break;
                }
            }
        }
        return new Layout(delimiter, detected, header, skipped, pos, line, names, missing, headOrigins);
    }

    private static byte[] readHead(TableBytes source, long size, int bytes) throws IOException {
        byte[] head = new byte[(int) Math.min(size, bytes)];
        ByteBuffer buffer = ByteBuffer.wrap(head);
        while (buffer.hasRemaining() && source.read(buffer, buffer.position()) > 0) {
            // read the head fully
        }
        return head;
    }

    /** Line breaks: LF, CRLF or CR (inside quotes too: the count only needs to tell whether there are enough lines). */
    private static int lineBreaks(byte[] b) {
        int count = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private static int afterLine(byte[] b, int pos, int limit) {
        while (pos < limit) {
            byte c = b[pos++];
            if (c == '\n') {
                return pos;
            }
            if (c == '\r') {
                return pos < limit && b[pos] == '\n' ? pos + 1 : pos;
            }
        }
        return limit;
    }

    /** What the first pass learns of each column. */
    private static final class Summary {
        long records;
        long lines;
        final long[] missing;
        final long[] numbers;
        final Decimal[] origins;
        /** Texts that are not numbers, with their counts. */
        final List<Map<String, long[]>> texts = new ArrayList<>();

        Summary(int width) {
            missing = new long[width];
            numbers = new long[width];
            origins = new Decimal[width];
            for (int j = 0; j < width; j++) {
                texts.add(new HashMap<>());
            }
        }

        void merge(Summary later) {
            records += later.records;
            lines += later.lines;
            for (int j = 0; j < missing.length; j++) {
                missing[j] += later.missing[j];
                numbers[j] += later.numbers[j];
                if (origins[j] == null) {
                    origins[j] = later.origins[j];
                }
                Map<String, long[]> mine = texts.get(j);
                later.texts.get(j).forEach((text, count) -> mine.computeIfAbsent(text, t -> new long[1])[0] += count[0]);
            }
        }
    }

    private record FirstPassChunk<A>(long start, long end, Summary summary, A work, FileChunks.Outcome outcome) {
    }

    /**
     * Reads every record once, in chunks whose starts are guessed at line breaks: a guess inside a quoted field is
     * found out when the chunk before it ends elsewhere, and that chunk is then read again from the right place.
     */
    private static <A> Summary firstPass(TableBytes source, long size, Layout layout, ScanSettings settings,
                                         List<FileChunks.Chunk> verified, Progress progress, FirstPassWork<A> work)
            throws IOException {
        List<long[]> guesses = guessChunks(source, size, layout.dataStart(), settings.chunkBytesFor(size));
        Summary total = new Summary(layout.names().size());
        long[] expected = {layout.dataStart()};
        List<String> numericLooking = new ArrayList<>();
        for (int j = 0; j < layout.names().size(); j++) {
            if (layout.headOrigins()[j] != null) {
                numericLooking.add(layout.names().get(j));
            }
        }
        RowScan<A> scan = work == null ? null : work.scan(layout.names(), numericLooking);
        List<A> workTotal = new ArrayList<>(1);
        progress.start(size - layout.dataStart());
        FileChunks.inOrder(guesses, settings.threads(),
                range -> firstPassChunk(source, size, layout, range[0], range[1], scan),
                chunk -> {
                    FirstPassChunk<A> accepted = chunk;
                    if (chunk.start() != expected[0]) {
                        accepted = firstPassChunk(source, size, layout, expected[0], Math.max(expected[0], chunk.end()),
                                scan);
                    }
                    long firstLine = layout.firstDataLine() + total.lines;
                    if (accepted.outcome().problem() != null) {
                        throw accepted.outcome().problem().at(firstLine);
                    }
                    verified.add(new FileChunks.Chunk(accepted.start(), accepted.outcome().end(), total.records,
                            firstLine));
                    accepted.summary().records = accepted.outcome().records();
                    accepted.summary().lines = accepted.outcome().lines();
                    total.merge(accepted.summary());
                    if (scan != null) {
                        workTotal.add(workTotal.isEmpty() ? accepted.work()
                                : scan.merge(workTotal.remove(0), accepted.work()));
                    }
                    expected[0] = accepted.outcome().end();
                    progress.advance(accepted.outcome().end() - accepted.start(), accepted.outcome().records());
                });
        progress.finish();
        if (scan != null) {
            work.done(workTotal.isEmpty() ? scan.start() : workTotal.get(0));
        }
        for (int j = 0; j < layout.names().size(); j++) {
            if (layout.headOrigins()[j] != null) {
                total.origins[j] = layout.headOrigins()[j];
            }
        }
        return total;
    }

    private static <A> FirstPassChunk<A> firstPassChunk(TableBytes source, long size, Layout layout, long start,
                                                        long end, RowScan<A> scan) {
        int width = layout.names().size();
        Summary summary = new Summary(width);
        RowFields fields = new RowFields(layout, new int[0], new boolean[0], new Origin[0]);
        FirstPassRow row = new FirstPassRow(fields, layout.headOrigins());
        A work = scan == null ? null : scan.start();
        boolean[] numberLooking = new boolean[width];
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            numberLooking[j] = layout.headOrigins()[j] != null;
            if (!numberLooking[j]) {
                others.add(j);
            }
        }
        int[] otherColumns = others.stream().mapToInt(Integer::intValue).toArray();
        boolean plainPossible = !layout.missing().hasNumber();
        long[] plainRows = {0};
        RecordSplitter recordSplitter = new RecordSplitter(layout.delimiter(), numberLooking);
        row.plain(recordSplitter);
        FileChunks.Outcome outcome = FileChunks.read(source, size, start, end, recordSplitter,
                (bytes, splitter, record, line) -> {
                    fields.point(bytes, splitter, record);
                    if (plainPossible && splitter.allNumbersRead) {
                        // every column whose head held numbers holds one: only the others need a look
                        plainRows[0]++;
                        row.plain(splitter);
                        for (int j : otherColumns) {
                            firstPassField(fields, j, summary, row, false);
                        }
                    } else {
                        row.plain = false;
                        for (int j = 0; j < width; j++) {
                            firstPassField(fields, j, summary, row, numberLooking[j]);
                        }
                    }
                    if (work != null) {
                        scan.add(work, row);
                    }
                });
        for (int j = 0; j < width; j++) {
            if (numberLooking[j]) {
                summary.numbers[j] += plainRows[0];
            }
        }
        return new FirstPassChunk<>(start, end, summary, work, outcome);
    }

    /** Classifies field j of the record for the first pass: counts it in the summary and shows it in the row. */
    private static void firstPassField(RowFields fields, int j, Summary summary, FirstPassRow row,
                                       boolean numberLooking) {
        byte kind = fields.classify(j);
        row.kinds[j] = kind;
        row.texts[j] = fields.decodedText();
        if (kind == RowFields.MISSING) {
            summary.missing[j]++;
        } else if (kind == RowFields.NUMBER) {
            summary.numbers[j]++;
            // a column whose head held numbers has the head's origin (its first finite number)
            if (!numberLooking && summary.origins[j] == null && Double.isFinite(fields.number().value())) {
                Decimal number = fields.number().toDecimal();
                if (!number.infinite) {
                    summary.origins[j] = number;
                }
            }
            row.numbers[j] = fields.number();
        } else {
            String text = row.texts[j] != null ? row.texts[j] : fields.fieldText(j);
            row.texts[j] = text;
            summary.texts.get(j).computeIfAbsent(text, t -> new long[1])[0]++;
        }
    }

    /** The first pass's view of a record for {@link FirstPassWork}: every column, numbers where the head had them. */
    private static final class FirstPassRow implements Row {
        final RowFields fields;
        /** The head's origin of each column whose head held numbers, else null. */
        final Origin[] numericLooking;
        final byte[] kinds;
        final FieldNumber[] numbers;
        final String[] texts;
        /** Whether the record is plain: every column whose head held numbers holds the splitter's number. */
        boolean plain;

        FirstPassRow(RowFields fields, Decimal[] headOrigins) {
            this.fields = fields;
            int width = headOrigins.length;
            numericLooking = new Origin[width];
            for (int j = 0; j < width; j++) {
                numericLooking[j] = headOrigins[j] == null ? null : new Origin(headOrigins[j]);
            }
            kinds = new byte[width];
            numbers = new FieldNumber[width];
            texts = new String[width];
        }

        /**
         * Shows a plain record: its numbers are where the splitter read them (the other columns follow). Called once
         * before the first record too, so that a file of plain records never takes the branch that sets them.
         */
        void plain(RecordSplitter splitter) {
            if (plain) {
                return;
            }
            plain = true;
            for (int j = 0; j < kinds.length; j++) {
                if (numericLooking[j] != null) {
                    kinds[j] = RowFields.NUMBER;
                    texts[j] = null;
                    numbers[j] = splitter.number(j);
                }
            }
        }

        @Override
        public long index() {
            return fields.index();
        }

        @Override
        public boolean isMissing(int k) {
            return kinds[k] == RowFields.MISSING || (numericLooking[k] != null && kinds[k] != RowFields.NUMBER);
        }

        @Override
        public double value(int k) {
            return isMissing(k) || numericLooking[k] == null ? Double.NaN : numbers[k].value();
        }

        @Override
        public double delta(int k) {
            return isMissing(k) || numericLooking[k] == null ? Double.NaN : numbers[k].minus(numericLooking[k]);
        }

        @Override
        public String text(int k) {
            if (kinds[k] == RowFields.MISSING) {
                return null;
            }
            return texts[k] != null ? texts[k] : fields.fieldText(k);
        }

        /** A plain record's numbers need no look at their kinds. */
        @Override
        public boolean deltas(int[] columns, double[] deltas) {
            if (!plain) {
                return Row.super.deltas(columns, deltas);
            }
            for (int k = 0; k < columns.length; k++) {
                int j = columns[k];
                if (numericLooking[j] == null) {
                    return Row.super.deltas(columns, deltas); // a text column: as delta() treats it
                }
                deltas[k] = numbers[j].minus(numericLooking[j]);
            }
            return true;
        }
    }

    /** Chunk starts guessed at the first line start at or after every multiple of the chunk size. */
    private static List<long[]> guessChunks(TableBytes source, long size, long dataStart, long chunkBytes)
            throws IOException {
        List<Long> starts = new ArrayList<>();
        starts.add(dataStart);
        byte[] window = new byte[(int) Math.min(4096, Math.max(16, chunkBytes))];
        for (long nominal = dataStart + chunkBytes; nominal < size; nominal += chunkBytes) {
            long start = lineStartFrom(source, size, nominal, window);
            if (start >= size) {
                break;
            }
            if (start > starts.get(starts.size() - 1)) {
                starts.add(start);
            }
            nominal = Math.max(nominal, start - 1);
        }
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            ranges.add(new long[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : size});
        }
        return ranges;
    }

    /** The first position at or after {@code from} that follows a line break. */
    private static long lineStartFrom(TableBytes source, long size, long from, byte[] window) throws IOException {
        long at = from - 1;
        while (at < size) {
            ByteBuffer buffer = ByteBuffer.wrap(window);
            int n = source.read(buffer, at);
            if (n <= 0) {
                return size;
            }
            for (int i = 0; i < n; i++) {
                if (window[i] == '\n') {
                    return at + i + 1;
                }
                if (window[i] == '\r') {
                    if (i + 1 < n) {
                        return window[i + 1] == '\n' ? at + i + 2 : at + i + 1;
                    }
                    if (at + i + 1 >= size) {
                        return size;
                    }
                    n = i; // look at the byte after the CR in the next window
                    break;
                }
            }
            at += Math.max(n, 1);
        }
        return size;
    }

    /** Counts every level of columns that hold both numbers and texts (the first pass kept only the texts). */
    private static void countLevels(TableFile table, List<Integer> mixed, Summary summary, Progress progress) {
        List<String> names = mixed.stream().map(j -> table.layout.names().get(j)).toList();
        List<Map<String, long[]>> counts = table.scan(names, new RowScan<List<Map<String, long[]>>>() {
            public List<Map<String, long[]>> start() {
                List<Map<String, long[]>> maps = new ArrayList<>();
                names.forEach(n -> maps.add(new HashMap<>()));
                return maps;
            }

            public void add(List<Map<String, long[]>> maps, Row row) {
                for (int k = 0; k < names.size(); k++) {
                    String text = row.text(k);
                    if (text != null) {
                        maps.get(k).computeIfAbsent(text, t -> new long[1])[0]++;
                    }
                }
            }

            public List<Map<String, long[]>> merge(List<Map<String, long[]>> earlier, List<Map<String, long[]>> later) {
                for (int k = 0; k < names.size(); k++) {
                    Map<String, long[]> into = earlier.get(k);
                    later.get(k).forEach((t, c) -> into.computeIfAbsent(t, x -> new long[1])[0] += c[0]);
                }
                return earlier;
            }
        }, progress);
        for (int k = 0; k < mixed.size(); k++) {
            summary.texts.set(mixed.get(k), counts.get(k));
        }
    }

    // ---------------------------------------------------------------- what the file holds

    public List<String> names() {
        return layout.names();
    }

    public Delimiter delimiter() {
        return layout.delimiter();
    }

    public boolean header() {
        return layout.header();
    }

    /** Whether the file's bytes are held in memory ({@link #held}), so that its scans do not read the file. */
    public boolean isHeld() {
        return bytes != null;
    }

    public long rowCount() {
        return rows;
    }

    /**
     * The position of a column (case-sensitive).
     *
     * @throws DataException if there is none
     */
    public int require(String name) {
        int j = layout.names().indexOf(name);
        if (j < 0) {
            String close = Checks.closest(name, layout.names());
            throw new DataException("no column named '" + name + "'", close != null ? "did you mean '" + close + "'?"
                    : "the columns are " + String.join(", ", layout.names()));
        }
        return j;
    }

    public boolean isNumeric(String name) {
        return numeric[require(name)];
    }

    public long missingCount(String name) {
        return missingCounts[require(name)];
    }

    /** A numeric column's origin: its first finite number (0 if it has none). */
    public double origin(String name) {
        return origins[require(name)].value;
    }

    /** A categorical column's levels, in {@link CategoricalColumn#levels()}'s order (none for a numeric column). */
    public List<String> levels(String name) {
        return levels.get(require(name));
    }

    /** How often each level occurs, in the order of {@link #levels}. */
    public long[] levelCounts(String name) {
        return levelCounts.get(require(name)).clone();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Streams every record through the scan, seeing the named columns (in that order), on the configured threads.
     *
     * @throws DataException if the file changed since it was opened, or a record cannot be read
     */
    public <A> A scan(List<String> columns, RowScan<A> scan, Progress progress) {
        RowFieldsFactory factory = fieldsFor(columns);
        List<A> total = new ArrayList<>(1); // the merged result so far (none before the first chunk)
        try (TableBytes source = reopen()) {
            progress.start(size - layout.dataStart());
            FileChunks.inOrder(chunks, settings.threads(), chunk -> {
                A accumulator = scan.start();
                RowFields fields = factory.make();
                FileChunks.Outcome outcome = FileChunks.read(source, size, chunk.start(), chunk.end(),
                        factory.splitter(), (bytes, splitter, record, line) -> {
                            fields.load(bytes, splitter, chunk.firstRow() + record);
                            scan.add(accumulator, fields);
                        });
                return new ChunkResult<>(chunk, outcome, accumulator);
            }, result -> {
                if (result.outcome().problem() != null) {
                    throw result.outcome().problem().at(result.chunk().firstLine());
                }
                total.add(total.isEmpty() ? result.accumulator() : scan.merge(total.remove(0), result.accumulator()));
                progress.advance(result.chunk().end() - result.chunk().start(), result.outcome().records());
            });
            progress.finish();
        } catch (IOException e) {
            throw new DataException("cannot read " + path + ": " + e.getMessage());
        }
        return total.isEmpty() ? scan.start() : total.get(0);
    }

    /** Hands every record to {@code consumer} in file order, on the calling thread. */
    public void forEach(List<String> columns, Consumer<Row> consumer, Progress progress) {
        RowFieldsFactory factory = fieldsFor(columns);
        try (TableBytes source = reopen()) {
            progress.start(size - layout.dataStart());
            RowFields fields = factory.make();
            RecordSplitter splitter = factory.splitter();
            for (FileChunks.Chunk chunk : chunks) {
                FileChunks.Outcome outcome = FileChunks.read(source, size, chunk.start(), chunk.end(), splitter,
                        (bytes, s, record, line) -> {
                            fields.load(bytes, s, chunk.firstRow() + record);
                            consumer.accept(fields);
                        });
                if (outcome.problem() != null) {
                    throw outcome.problem().at(chunk.firstLine());
                }
                progress.advance(chunk.end() - chunk.start(), outcome.records());
            }
            progress.finish();
        } catch (IOException e) {
            throw new DataException("cannot read " + path + ": " + e.getMessage());
        }
    }

    private record ChunkResult<A>(FileChunks.Chunk chunk, FileChunks.Outcome outcome, A accumulator) {
    }

    /** Makes the per-chunk readers of a scan: the fields of its columns, and a splitter that reads its numbers. */
    private interface RowFieldsFactory {
        RowFields make();

        RecordSplitter splitter();
    }

    private RowFieldsFactory fieldsFor(List<String> columns) {
        int[] positions = new int[columns.size()];
        boolean[] numbers = new boolean[columns.size()];
        Origin[] columnOrigins = new Origin[columns.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = require(columns.get(k));
            numbers[k] = numeric[positions[k]];
            columnOrigins[k] = new Origin(origins[positions[k]]);
        }
        boolean[] numberColumns = new boolean[layout.names().size()];
        for (int k = 0; k < positions.length; k++) {
            numberColumns[positions[k]] |= numbers[k];
        }
        return new RowFieldsFactory() {
            public RowFields make() {
                return new RowFields(layout, positions, numbers, columnOrigins);
            }

            public RecordSplitter splitter() {
                return new RecordSplitter(layout.delimiter(), numberColumns);
            }
        };
    }

    private TableBytes reopen() throws IOException {
        if (bytes != null) {
            return TableBytes.held(bytes);
        }
        try {
            if (Files.size(path) != size || !Files.getLastModifiedTime(path).equals(modified)) {
                throw changed();
            }
            return TableBytes.of(FileChannel.open(path, StandardOpenOption.READ));
        } catch (NoSuchFileException e) {
            throw new DataException("file " + path + " is gone since it was loaded", "load it again");
        }
    }

    private DataException changed() {
        return new DataException("file " + path + " has changed since it was loaded", "load it again");
    }

    /**
     * The named columns held in memory, as {@link DelimitedFileReader} would read them. Columns read once are kept
     * through soft references: reused while memory allows, read again after the collector reclaimed them. A file whose
     * bytes are held has all its columns read at once, as a file held in memory would be (one pass rather than one
     * per column asked for).
     *
     * @throws DataException if the file has too many rows for an in-memory column
     */
    public synchronized Dataset materialize(List<String> columns) {
        Map<String, Column> found = new HashMap<>();
        List<String> toRead = new ArrayList<>();
        for (String name : bytes != null ? layout.names() : columns) {
            SoftReference<Column> kept = columnsRead.get(name);
            Column column = kept == null ? null : kept.get();
            if (column == null) {
                toRead.add(name);
            } else {
                found.put(name, column);
            }
        }
        if (!toRead.isEmpty() && columns.stream().anyMatch(name -> !found.containsKey(name))) {
            for (Column column : read(toRead)) {
                columnsRead.put(column.name(), new SoftReference<>(column));
                found.put(column.name(), column);
            }
        }
        return Dataset.of(columns.stream().map(found::get).toList());
    }

    private List<Column> read(List<String> columns) {
        if (rows > Integer.MAX_VALUE - 8) {
            throw new DataException("file " + path + " has " + rows + " rows, too many to hold in memory",
                    "use statements that stream the file: fit, classify, evaluate, describe, online");
        }
        int n = (int) rows;
        int width = columns.size();
        boolean[] numbers = new boolean[width];
        double[][] values = new double[width][];
        double[][] deltas = new double[width][];
        String[][] texts = new String[width][];
        for (int k = 0; k < width; k++) {
            numbers[k] = isNumeric(columns.get(k));
            if (numbers[k]) {
                values[k] = new double[n];
                deltas[k] = new double[n];
            } else {
                texts[k] = new String[n];
            }
        }
        scan(columns, new RowScan<Void>() {
            public Void start() {
                return null;
            }

            public void add(Void nothing, Row row) {
                int i = (int) row.index();
                for (int k = 0; k < width; k++) {
                    if (numbers[k]) {
                        values[k][i] = row.value(k);
                        deltas[k][i] = row.delta(k);
                    } else {
                        texts[k][i] = row.text(k);
                    }
                }
            }

            public Void merge(Void earlier, Void later) {
                return null;
            }
        }, Progress.SILENT);
        List<Column> out = new ArrayList<>(width);
        for (int k = 0; k < width; k++) {
            String name = columns.get(k);
            out.add(numbers[k] ? NumericColumn.ofShifted(name, values[k], origin(name), deltas[k])
                    : CategoricalColumn.of(name, texts[k]));
        }
        return out;
    }

    @Override
    public String toString() {
        return "TableFile[" + path + ", " + rows + " rows, columns " + layout.names() + "]";
    }
}
