/**
 * Files gm writes. Every writer (figures, saved datasets, saved models) goes through
 * {@link gm.io.AtomicFile#write}: the content goes to a temporary file beside the target, which is then renamed over
 * it in one step, so a failed or interrupted write never truncates or half-writes an existing file. Which paths a
 * script may read or write at all is decided before that, in {@code gm.eval.FileAccess}.
 */
package gm.io;
