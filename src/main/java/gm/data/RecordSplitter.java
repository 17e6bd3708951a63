package gm.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits the UTF-8 bytes of a delimited file into records and fields by the rules of {@link DelimitedFileReader}
 * (quotes, doubled quotes, line breaks inside quotes, LF/CRLF/CR, blank lines, trimming), without making a string
 * per field: an unquoted field is a byte range, a quoted one (rare in numeric data) is decoded to text. Mutable: one
 * per thread.
 */
final class RecordSplitter {
    private final byte delimiter;
    private final boolean whitespace;

    /** Fields of the last record. */
    int fieldCount;
    /** Trimmed byte range of each unquoted field. */
    int[] starts = new int[16];
    int[] ends = new int[16];
    /** The text of each quoted field (quotes removed, doubled quotes undone), null for unquoted ones. */
    String[] quoted = new String[16];
    /** Line breaks consumed by the last call, inside quotes and the record's own. */
    int lines;
    /** Whether the last call consumed a blank line rather than a record. */
    boolean blank;

    private byte[] text = new byte[64];
    private int textLength;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Per column of the file, where {@link #nextPlain} reads the field's number (null: not read as a number). */
    private final FieldNumber[] numbers;
    /** Per column: whether the last record came through {@link #nextPlain} with a number read into {@link #number}. */
    final boolean[] numberRead;
    /** Whether the last record came through {@link #nextPlain} with a number read in every number column. */
    boolean allNumbersRead;

    RecordSplitter(Delimiter delimiter) {
        this(delimiter, new boolean[0]);
    }

    /**
     * @param numberColumns per column of the file, whether {@link #nextPlain} reads its fields as numbers (its length
     *                      is the file's width; empty turns {@link #nextPlain} off)
     */
    RecordSplitter(Delimiter delimiter, boolean[] numberColumns) {
        this.numbers = new FieldNumber[numberColumns.length];
        this.numberRead = new boolean[numberColumns.length];
        for (int j = 0; j < numberColumns.length; j++) {
            numbers[j] = numberColumns[j] ? new FieldNumber() : null;
        }
        this.whitespace = delimiter == Delimiter.WHITESPACE;
        if (numberColumns.length > starts.length) {
            starts = new int[numberColumns.length];
            ends = new int[numberColumns.length];
            quoted = new String[numberColumns.length];
        }
        this.delimiter = switch (delimiter) {
            case COMMA -> (byte) ',';
            case TAB -> (byte) '\t';
            case SEMICOLON -> (byte) ';';
            default -> (byte) 0;
        };
    }

    /** A record went wrong on a line counted from the start of the record (0 = its first line). */
    static final class RecordProblem extends RuntimeException {
        final int lineInRecord;
        final boolean unterminatedQuote;

        RecordProblem(int lineInRecord, boolean unterminatedQuote) {
            super(null, null, false, false);
            this.lineInRecord = lineInRecord;
            this.unterminatedQuote = unterminatedQuote;
        }

        /** The user's message, given the file line the record starts on. */
        DataException at(long recordLine) {
            long line = recordLine + lineInRecord;
            if (unterminatedQuote) {
                return new DataException("unterminated quote: the quoted field opened on line " + line
                        + " is never closed", "end the field with \" and write a quote inside a field as \"\"");
            }
            return new DataException("line " + line + " is not valid UTF-8 text",
                    "convert the file to UTF-8, e.g. iconv -f ISO-8859-1 -t UTF-8 in.txt > out.txt");
        }
    }

    /**
     * Splits the record or blank line starting at {@code pos}.
     *
     * @return the position after it (after its line break), or -1 when {@code limit} comes first and more bytes
     *     follow ({@code eof} false): the caller reads more and calls again from the same position
     * @throws RecordProblem for an unterminated quote at the end of the file or text that is not UTF-8
     */
    int next(byte[] b, int pos, int limit, boolean eof) {
        java.util.Arrays.fill(numberRead, false);
        allNumbersRead = false;
        fieldCount = 0;
        lines = 0;
        int p = pos;
        while (p < limit && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        if (p >= limit && !eof) {
            return -1;
        }
        if (p >= limit || b[p] == '\n' || b[p] == '\r') {
            blank = true;
            return lineEnd(b, p, limit, eof);
        }
        blank = false;
        p = pos;
        byte delim = delimiter;
        while (true) {
            while (p < limit && (b[p] == ' ' || (b[p] == '\t' && delim != '\t'))) {
                p++;
            }
            if (p < limit && b[p] == '"') {
                p = quotedField(b, p, limit, eof);
                if (p < 0) {
                    return -1;
                }
            } else {
                int start = p;
                p = fieldEnd(b, p, limit);
                if (p >= limit && !eof) {
                    return -1;
                }
                int end = p;
                while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
                    end--;
                }
                add(start, end, null);
            }
            if (whitespace) {
                while (p < limit && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
                if (p >= limit && !eof) {
                    return -1;
                }
                if (p >= limit || b[p] == '\n' || b[p] == '\r') {
                    break;
                }
            } else if (p < limit && b[p] == delim) {
                p++;
            } else {
                break;
            }
        }
        return lineEnd(b, p, limit, eof);
    }

    /**
     * Splits the record starting at {@code pos} in one scan when it is plain, reading the fields of the number columns
     * as it goes: exactly as wide as the file, no quotes, no spaces or tabs around fields, ending in LF or CRLF before
     * {@code limit}. Such a record splits as {@link #next} splits it.
     *
     * @return the position after the record's line break, or -1 when the record is not plain (or not all before
     *     {@code limit}): {@link #next} then reads it
     */
    int nextPlain(byte[] b, int pos, int limit) {
        int width = numbers.length;
        if (width == 0 || whitespace) {
            return -1;
        }
        byte delim = delimiter;
        int p = pos;
        boolean allNumbers = true;
        for (int j = 0; j < width; j++) {
            int start = p;
            FieldNumber number = numbers[j];
            int end = number == null ? -1 : number.scan(b, p, limit);
            if (end >= 0) {
                numberRead[j] = true;
                p = end;
            } else {
                numberRead[j] = false;
                allNumbers &= number == null;
                while (p < limit) {
                    byte c = b[p];
                    if (c == delim || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                if (p > start && (b[start] == '"' || b[start] == ' ' || b[start] == '\t' || b[p - 1] == ' '
                        || b[p - 1] == '\t')) {
                    return -1;
                }
            }
            if (p >= limit) {
                return -1;
            }
            starts[j] = start;
            ends[j] = p;
            quoted[j] = null;
            byte c = b[p];
            if (j < width - 1) {
                if (c != delim) {
                    return -1;
                }
                p++;
            } else if (c == '\n' && (width > 1 || p > start)) {
                p++;
            } else if (c == '\r' && p + 1 < limit && b[p + 1] == '\n' && (width > 1 || p > start)) {
                p += 2;
            } else {
                return -1;
            }
        }
        fieldCount = width;
        lines = 1;
        blank = false;
        allNumbersRead = allNumbers;
        return p;
    }

    /** The number {@link #nextPlain} read from column j of the last record (when {@link #numberRead} says so). */
    FieldNumber number(int j) {
        return numbers[j];
    }

    private int fieldEnd(byte[] b, int p, int limit) {
        byte delim = delimiter;
        if (whitespace) {
            while (p < limit) {
                byte c = b[p];
                if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
                    break;
                }
                p++;
            }
        } else {
            while (p < limit) {
                byte c = b[p];
                if (c == delim || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
        }
        return p;
    }

    private int lineEnd(byte[] b, int p, int limit, boolean eof) {
        if (p >= limit) {
            return p;
        }
        if (b[p] == '\n') {
            lines++;
            return p + 1;
        }
        if (p + 1 < limit) {
            lines++;
            return b[p + 1] == '\n' ? p + 2 : p + 1;
        }
        if (!eof) {
            return -1;
        }
        lines++;
        return p + 1;
    }

    private int quotedField(byte[] b, int p, int limit, boolean eof) {
        int openedOn = lines;
        textLength = 0;
        p++;
        while (true) {
            if (p >= limit) {
                if (!eof) {
                    return -1;
                }
                throw new RecordProblem(openedOn, true);
            }
            byte c = b[p];
            if (c == '"') {
                if (p + 1 >= limit && !eof) {
                    return -1;
                }
                if (p + 1 < limit && b[p + 1] == '"') {
                    append((byte) '"');
                    p += 2;
                } else {
                    p++;
                    break;
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && p + 1 >= limit && !eof) {
                    return -1;
                }
                append((byte) '\n');
                lines++;
                p += c == '\r' && p + 1 < limit && b[p + 1] == '\n' ? 2 : 1;
            } else {
                append(c);
                p++;
            }
        }
        int restStart = p;
        p = fieldEnd(b, p, limit);
        if (p >= limit && !eof) {
            return -1;
        }
        int restEnd = p;
        while (restStart < restEnd && (b[restStart] == ' ' || b[restStart] == '\t')) {
            restStart++;
        }
        while (restEnd > restStart && (b[restEnd - 1] == ' ' || b[restEnd - 1] == '\t')) {
            restEnd--;
        }
        for (int i = restStart; i < restEnd; i++) {
            append(b[i]);
        }
        add(-1, -1, decode(text, 0, textLength, openedOn));
        return p;
    }

    private void append(byte c) {
        if (textLength == text.length) {
            text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    private void add(int start, int end, String quotedText) {
        if (fieldCount == starts.length) {
            starts = java.util.Arrays.copyOf(starts, fieldCount * 2);
            ends = java.util.Arrays.copyOf(ends, fieldCount * 2);
            quoted = java.util.Arrays.copyOf(quoted, fieldCount * 2);
        }
        starts[fieldCount] = start;
        ends[fieldCount] = end;
        quoted[fieldCount] = quotedText;
        fieldCount++;
    }

    /** The text of field k of the last record (a new string). */
    String text(byte[] b, int k) {
        if (quoted[k] != null) {
            return quoted[k];
        }
        return decode(b, starts[k], ends[k], 0);
    }

    /** Strict UTF-8 (ASCII without the decoder). */
    String decode(byte[] b, int from, int to, int lineInRecord) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(b, from, to - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new RecordProblem(lineInRecord, false);
        }
    }
}
