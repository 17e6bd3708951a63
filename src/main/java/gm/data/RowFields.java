package gm.data;

/**
 * The fields of the record being read, classified and converted for a scan: for each requested column its number
 * (value and exact delta) or its text. One per chunk.
 */
final class RowFields implements Row {
    static final byte MISSING = 0;
    static final byte NUMBER = 1;
    static final byte TEXT = 2;

    private final TableFile.Layout layout;
    private final int[] columns;
    private final boolean[] numeric;
    private final Origin[] origins;
    /** Where {@link #classify} found the number of the last field it classified as one. */
    private FieldNumber number;
    /**
     * Each requested column's number in the current record, kept so that its value and delta are computed only if
     * asked for.
     */
    private final FieldNumber[] numbers;
    /** Per column of the file, where its field's number is read when the splitter has not read it already. */
    private final FieldNumber[] ownNumbers;
    private final boolean[] deltaReady;
    private final TextKeys keys = TextKeys.ofThisThread();
    private final double[] deltas;
    private final boolean[] missing;
    private byte[] bytes;
    private RecordSplitter fields;
    private long index;
    /** The text of the last field that {@link #classify} found not to be a plain ASCII number, or null. */
    private String decodedText;

    /**
     * @param columns the file columns asked for
     * @param numeric which of them are numeric (their fields must be numbers or missing)
     * @param origins each numeric column's origin (null for the others)
     */
    RowFields(TableFile.Layout layout, int[] columns, boolean[] numeric, Origin[] origins) {
        this.layout = layout;
        this.columns = columns;
        this.numeric = numeric;
        this.origins = origins;
        this.deltas = new double[columns.length];
        this.missing = new boolean[columns.length];
        this.numbers = new FieldNumber[columns.length];
        this.ownNumbers = new FieldNumber[layout.names().size()];
        this.deltaReady = new boolean[columns.length];
        for (int j = 0; j < ownNumbers.length; j++) {
            ownNumbers[j] = new FieldNumber();
        }
    }

    /** Reads the record: checks its width and converts the numeric columns. */
    void load(byte[] b, RecordSplitter f, long rowIndex) {
        bytes = b;
        fields = f;
        index = rowIndex;
        checkWidth();
        // a record the splitter read as plain holds a number in every numeric column (none a missing marker)
        boolean plain = f.allNumbersRead && !layout.missing().hasNumber();
        for (int k = 0; k < columns.length; k++) {
            if (!numeric[k]) {
                missing[k] = missingText(columns[k]);
                deltaReady[k] = true;
                deltas[k] = Double.NaN;
                continue;
            }
            if (plain) {
                numbers[k] = f.number(columns[k]);
                missing[k] = false;
                deltaReady[k] = false;
                continue;
            }
            byte kind = classify(columns[k]);
            numbers[k] = number;
            missing[k] = kind == MISSING;
            deltaReady[k] = false;
            if (kind == MISSING) {
                deltas[k] = Double.NaN;
                deltaReady[k] = true;
            } else if (kind == TEXT) {
                String name = layout.names().get(columns[k]);
                String text = fieldText(columns[k]);
                throw new FileChunks.RecordError(line -> new DataException("line " + line + ": '" + text
                        + "' in column '" + name + "' is not a number, but the column held only numbers when the file"
                        + " was loaded", "the file has changed since; load it again"));
            }
        }
    }

    /** Points at the record without converting anything but checking its width (for the first pass). */
    void point(byte[] b, RecordSplitter f, long rowIndex) {
        bytes = b;
        fields = f;
        index = rowIndex;
        checkWidth();
    }

    private void checkWidth() {
        int width = layout.names().size();
        int got = fields.fieldCount;
        if (got != width) {
            boolean lastEmpty = fields.quoted[got - 1] == null ? fields.starts[got - 1] == fields.ends[got - 1]
                    : fields.quoted[got - 1].isEmpty();
            throw new FileChunks.RecordError(line -> DelimitedFileReader.ragged(line, got, width, lastEmpty, false,
                    layout.delimiter(), layout.detected(), layout.header()));
        }
    }

    /** What field j of the record is; for NUMBER, {@link #number()} holds it (until the next record). */
    byte classify(int j) {
        decodedText = null;
        FieldNumber own = ownNumbers[j];
        if (fields.numberRead[j] && !layout.missing().hasNumber()) {
            number = fields.number(j);
            return NUMBER;
        }
        number = own;
        String quoted = fields.quoted[j];
        if (quoted == null) {
            int from = fields.starts[j];
            int to = fields.ends[j];
            if (layout.missing().matches(bytes, from, to)) {
                return MISSING;
            }
            if (mayStartNumber(bytes[from]) && number.parse(bytes, from, to)) {
                return NUMBER;
            }
            if (plainAscii(from, to)) {
                return TEXT; // what Decimal would also refuse: no whitespace to strip, no non-ASCII digits
            }
            decodedText = fields.decode(bytes, from, to, 0);
            return classifyText(decodedText, number);
        }
        decodedText = quoted;
        return classifyText(quoted, number);
    }

    /** Whether an ASCII number can start with this byte: a digit, a sign, a point or the i of inf (labels cannot). */
    private static boolean mayStartNumber(byte first) {
        return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.' || (first | 0x20) == 'i';
    }

    /** Whether field j is missing, for a column of texts (whose fields need not be read as numbers). */
    private boolean missingText(int j) {
        String quoted = fields.quoted[j];
        if (quoted != null) {
            return layout.missing().matches(quoted);
        }
        int from = fields.starts[j];
        int to = fields.ends[j];
        if (layout.missing().matches(bytes, from, to)) {
            return true;
        }
        return !plainAscii(from, to) && layout.missing().matches(fields.decode(bytes, from, to, 0));
    }

    /** ASCII bytes with no space or control character at either end (so stripping the text changes nothing). */
    private boolean plainAscii(int from, int to) {
        if (bytes[from] <= ' ' || bytes[to - 1] <= ' ') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private byte classifyText(String text, FieldNumber number) {
        if (layout.missing().matches(text)) {
            return MISSING;
        }
        Decimal parsed = Decimal.parse(text);
        if (parsed == null) {
            return TEXT;
        }
        number.use(parsed);
        return NUMBER;
    }

    FieldNumber number() {
        return number;
    }

    /** The text of field j, made once per distinct text where possible. */
    String fieldText(int j) {
        String quoted = fields.quoted[j];
        if (quoted != null) {
            return quoted;
        }
        int from = fields.starts[j];
        int to = fields.ends[j];
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return fields.decode(bytes, from, to, 0);
            }
        }
        return keys.ascii(bytes, from, to);
    }

    /** The text {@link #classify} decoded for its last field when it was not a plain ASCII number, else null. */
    String decodedText() {
        return decodedText;
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public boolean isMissing(int k) {
        return missing[k];
    }

    @Override
    public double value(int k) {
        return missing[k] || !numeric[k] ? Double.NaN : numbers[k].value();
    }

    @Override
    public double delta(int k) {
        if (!deltaReady[k]) {
            deltas[k] = numbers[k].minus(origins[k]);
            deltaReady[k] = true;
        }
        return deltas[k];
    }

    @Override
    public String text(int k) {
        return missing[k] ? null : fieldText(columns[k]);
    }
}
