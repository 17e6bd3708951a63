package gm.eval;

import gm.data.CategoricalColumn;
import gm.data.Column;
import gm.data.DataException;
import gm.data.Dataset;
import gm.data.Delimiter;
import gm.data.DelimitedFileReader;
import gm.data.LoadOptions;
import gm.data.LoadResult;
import gm.data.Progress;
import gm.data.ScanSettings;
import gm.data.TableFile;
import gm.eval.Value.DatasetValue;
import gm.lang.GmException;
import gm.lang.Source;
import gm.lang.ast.Expression;
import gm.lang.ast.Word;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code load "file" [options]}: reads a delimited text file and reports what it found. */
final class Loading {

    private Loading() {
    }

    /**
     * Files larger than this many bytes are read as they are needed rather than held in memory as their bytes (the
     * {@code gm.inMemoryLimit} system property sets another limit).
     */
    static final long IN_MEMORY_LIMIT = 16L << 20;

    /**
     * Files larger than this are read with the streaming reader's byte-level parser, and statistics stream them;
     * smaller ones (most examples and hand-made files) are read into columns by {@link DelimitedFileReader}, which
     * judges the header on every row rather than on the first 1000. (The {@code gm.byteReaderLimit} system property
     * sets another limit.)
     */
    static final long BYTE_READER_LIMIT = 1L << 20;

    static DatasetValue load(Expression.Load load, Source source, FileAccess files, PrintStream out) {
        Path path = FileAccess.shown(files.forReading(load.path(), load.pathSpan()));
        LoadOptions options = options(load);
        try {
            long size = size(path);
            if (size > Long.getLong("gm.inMemoryLimit", IN_MEMORY_LIMIT)) {
                StreamedStatistics.LoadMoments moments = new StreamedStatistics.LoadMoments();
                TableFile file = TableFile.open(path, options, ScanSettings.defaults(),
                        Progress.onTerminal("loading " + load.path()), moments);
                out.print(report(load.path(), file));
                return DatasetValue.streamed(file, file.names(), moments);
            }
            if (size > Long.getLong("gm.byteReaderLimit", BYTE_READER_LIMIT)) {
                // Held as its bytes: the statements that stream a file read them rather than the file, and those that
                // need the rows read every column into memory at once. Gathering the moments while loading would save
                // a fit one scan of the bytes, but cost every other statement about as much.
                TableFile file = TableFile.held(path, options, ScanSettings.defaults(),
                        Progress.onTerminal("loading " + load.path()));
                out.print(report(load.path(), file));
                return DatasetValue.streamed(file, file.names(), null);
            }
            LoadResult result = DelimitedFileReader.read(path, options);
            out.print(report(load.path(), result));
            return new DatasetValue(result.dataset());
        } catch (DataException e) {
            throw problem(e, load, source);
        }
    }

    /**
     * The names of the columns that {@link #load} gives, for {@code gm check}: a file read by the byte-level reader
     * names them from its head, so only the head is read (a smaller file is read whole).
     */
    static List<String> columnNames(Expression.Load load, Source source, FileAccess files) {
        Path path = FileAccess.shown(files.forReading(load.path(), load.pathSpan()));
        LoadOptions options = options(load);
        try {
            if (size(path) > Long.getLong("gm.byteReaderLimit", BYTE_READER_LIMIT)) {
                return TableFile.columnNames(path, options);
            }
            return DelimitedFileReader.read(path, options).dataset().names();
        } catch (DataException e) {
            throw problem(e, load, source);
        }
    }

    private static LoadOptions options(Expression.Load load) {
        gm.lang.ast.LoadOptions written = load.options();
        return new LoadOptions(
                written.delimiter().map(w -> Delimiter.valueOf(w.text().toUpperCase(Locale.ROOT))).orElse(Delimiter.AUTO),
                written.header().orElse(null),
                written.missingMarkers(),
                written.skip(),
                written.columns().map(words -> words.stream().map(Word::text).toList()).orElse(null));
    }

    private static GmException problem(DataException e, Expression.Load load, Source source) {
        String hint = e.hint() != null && e.hint().startsWith("relative paths start at")
                ? "relative paths start at " + source.folder() + (source.name().startsWith("<") ? "" : ", the script's folder")
                : e.hint();
        return new GmException(load.pathSpan(), e.getMessage(), hint);
    }

    /** The size of a regular file, else 0 (the in-memory reader then reports what is wrong with the path). */
    private static long size(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String report(String path, LoadResult result) {
        Dataset data = result.dataset();
        List<TextColumn> texts = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (Column column : data.columns()) {
            missing.add((long) column.missingCount());
            if (column instanceof CategoricalColumn c) {
                texts.add(new TextColumn(c.name(), c.levels(), Arrays.stream(c.counts()).asLongStream().toArray()));
            }
        }
        return report(path, data.rowCount(), data.names(), missing, texts, result.delimiter(), result.header());
    }

    private static String report(String path, TableFile file) {
        List<TextColumn> texts = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (String name : file.names()) {
            missing.add(file.missingCount(name));
            if (!file.isNumeric(name)) {
                texts.add(new TextColumn(name, file.levels(name), file.levelCounts(name)));
            }
        }
        return report(path, file.rowCount(), file.names(), missing, texts, file.delimiter(), file.header());
    }

    /** A categorical column's levels and their counts. */
    private record TextColumn(String name, List<String> levels, long[] counts) {
    }

    private static String report(String path, long rows, List<String> names, List<Long> missingCounts,
                                 List<TextColumn> textColumns, Delimiter delimiter, boolean header) {
        int columns = names.size();
        StringBuilder text = new StringBuilder("loaded ").append(path).append(": ")
                .append(rows == 1 ? "1 row" : rows + " rows").append(" × ").append(columns)
                .append(columns == 1 ? " column (" : " columns (")
                .append(columns == 1 ? "" : delimiter.name().toLowerCase(Locale.ROOT) + "-separated, ")
                .append(header ? "header row" : "no header").append(")");
        List<String> missing = new ArrayList<>();
        long total = 0;
        for (int j = 0; j < columns; j++) {
            if (missingCounts.get(j) > 0) {
                missing.add(names.get(j) + " " + missingCounts.get(j));
                total += missingCounts.get(j);
            }
        }
        text.append(missing.isEmpty() ? "; no missing values" : "; " + total + " missing: " + String.join(", ", missing));
        text.append('\n');
        for (TextColumn c : textColumns) {
            mostlyNumbers(c).ifPresent(words -> text.append("note: column ").append(c.name())
                    .append(" holds numbers and a few words (").append(String.join(", ", words))
                    .append("), so it was read as text; if they mark missing values, add: missing \"")
                    .append(words.get(0)).append("\"\n"));
        }
        return text.toString();
    }

    /** The words of a text column whose values are mostly numbers: likely missing-value markers. */
    private static Optional<List<String>> mostlyNumbers(TextColumn column) {
        List<String> levels = column.levels();
        long[] counts = column.counts();
        long numbers = 0;
        long words = 0;
        List<String> wordLevels = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            if (isNumber(levels.get(i))) {
                numbers += counts[i];
            } else {
                words += counts[i];
                wordLevels.add(levels.get(i));
            }
        }
        return numbers > 4 * words && wordLevels.size() <= 3 ? Optional.of(wordLevels) : Optional.empty();
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
