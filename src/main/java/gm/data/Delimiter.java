package gm.data;

/** Field delimiter of a delimited text file. */
public enum Delimiter {
    /** Detect from the first lines of the file. */
    AUTO,
    COMMA,
    TAB,
    SEMICOLON,
    /** One or more spaces or tabs; leading and trailing whitespace is ignored. */
    WHITESPACE;

    /** A lower-case word for messages, e.g. {@code "comma"}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
