package gm.plot;

/**
 * A figure that cannot be described, drawn or written. The message names the problem; {@link #hint()} says what
 * the user can do about it.
 */
public final class PlotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public PlotException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public PlotException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
