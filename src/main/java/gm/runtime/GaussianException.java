package gm.runtime;

/**
 * A numerical or domain failure in the runtime. The message names the problem and the variables involved;
 * {@link #hint()} says what the user can do about it.
 */
public final class GaussianException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public GaussianException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
