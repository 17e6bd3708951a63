package gm.lang;

import java.util.Optional;

/** A problem found in a program, at a place in its source, with an optional hint on what to do. */
public record Diagnostic(Span span, String message, Optional<String> hint) {

    public Diagnostic(Span span, String message) {
        this(span, message, Optional.empty());
    }

    public Diagnostic(Span span, String message, String hint) {
        this(span, message, Optional.ofNullable(hint));
    }
}
