package gm.lang;

/** An error the user caused, reported as a {@link Diagnostic} rather than a stack trace. */
public class GmException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public GmException(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public GmException(Span span, String message) {
        this(new Diagnostic(span, message));
    }

    public GmException(Span span, String message, String hint) {
        this(new Diagnostic(span, message, hint));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
