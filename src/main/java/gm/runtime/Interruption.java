package gm.runtime;

/**
 * Stopping a long statement (Ctrl-C in the REPL interrupts the thread that runs it). Loops that can run for long call
 * {@link #check()}, which ends the statement with {@link Interrupted} once the thread has been interrupted.
 */
public final class Interruption {

    private Interruption() {
    }

    /** Thrown out of a statement whose thread was interrupted; the interpreter reports it as "interrupted". */
    public static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    /** Throws {@link Interrupted} (clearing the interrupt) if the current thread has been interrupted. */
    public static void check() {
        if (Thread.interrupted()) {
            throw new Interrupted();
        }
    }
}
