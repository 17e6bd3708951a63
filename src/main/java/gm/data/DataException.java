package gm.data;

/**
 * An error in loading or manipulating data, meant to be shown to the user as is.
 *
 * <p>The message is one sentence; the optional hint suggests what to do about it
 * (for example {@code "use 'delimiter tab'"} or {@code "did you mean 'Height'?"}).
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public DataException(String message) {
        this(message, null);
    }

    public DataException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What the user could do about the error, or {@code null}. */
    public String hint() {
        return hint;
    }
}
