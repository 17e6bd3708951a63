package gm.lang;

/**
 * Where a piece of source text is: the source's name, the 1-based line and column of its first character,
 * and its character offsets [start, end) in the whole text (used to underline it).
 */
public record Span(String source, int line, int column, int start, int end) {

    public Span {
        if (end < start) {
            throw new IllegalArgumentException("span ends before it starts");
        }
    }

    /** The span from the start of this one to the end of {@code other}. */
    public Span to(Span other) {
        return new Span(source, line, column, start, Math.max(end, other.end));
    }

    public int length() {
        return end - start;
    }
}
