package gm.io;

/** A file that could not be written; the message names the file and the reason, {@link #hint()} what to do. */
public final class FileWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public FileWriteException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
