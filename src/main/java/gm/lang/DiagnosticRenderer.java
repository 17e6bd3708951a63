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
            text.append("    ").append(visible).append('\n');
            int caretColumn = Math.min(span.column() - 1, visible.length());
            int caretLength = Math.max(1, Math.min(span.length(), visible.length() - caretColumn));
            text.append("    ").append(" ".repeat(caretColumn)).append("^".repeat(caretLength)).append('\n');
        }
        diagnostic.hint().ifPresent(hint -> text.append("  hint: ").append(hint).append('\n'));
        return text.toString();
    }
}
