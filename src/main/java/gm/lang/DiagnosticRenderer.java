package gm.lang;

/**
 * Formats a diagnostic the way compilers do:
 * <pre>
 * script.gm:3:9: error: unknown column 'hieght'
 *     print hw[hieght]
 *              ^^^^^^
 *   hint: did you mean 'height'?
 * </pre>
 */
public final class DiagnosticRenderer {

    /** Longest part of a source line shown under a message, and how much of it comes before the caret. */
    static final int MAX_SHOWN = 120;
    static final int CONTEXT_BEFORE = 40;

    private DiagnosticRenderer() {
    }

    public static String render(Diagnostic diagnostic, Source source) {
        Span span = diagnostic.span();
        StringBuilder text = new StringBuilder();
        text.append(span.source()).append(':').append(span.line()).append(':').append(span.column())
                .append(": error: ").append(diagnostic.message()).append('\n');
        String line = source.line(span.line());
        if (!line.isBlank()) {
            String visible = line.replace('\t', ' ');
            int caretColumn = Math.min(span.column() - 1, visible.length());
            int caretLength = Math.max(1, Math.min(span.length(), visible.length() - caretColumn));
            if (visible.length() > MAX_SHOWN) {
                // A window of the line around the caret, marked with "…" where it is cut.
                int start = Math.max(0, Math.min(caretColumn - CONTEXT_BEFORE, visible.length() - MAX_SHOWN));
                int end = Math.min(visible.length(), start + MAX_SHOWN);
                String prefix = start > 0 ? "…" : "";
                visible = prefix + visible.substring(start, end) + (end < visible.length() ? "…" : "");
                caretColumn = caretColumn - start + prefix.length();
                caretLength = Math.max(1, Math.min(caretLength, visible.length() - caretColumn));
            }
            text.append("    ").append(visible).append('\n');
            text.append("    ").append(" ".repeat(caretColumn)).append("^".repeat(caretLength)).append('\n');
        }
        diagnostic.hint().ifPresent(hint -> text.append("  hint: ").append(hint).append('\n'));
        return text.toString();
    }
}
