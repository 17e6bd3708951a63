package gm.eval;

import gm.lang.GmException;
import gm.lang.Span;

/**
 * Sizes refused before anything is allocated, so that one statement cannot exhaust the memory of the session (and
 * lose its variables) or run for hours: a value holds at most {@value #MAX_NUMBERS} numbers (80 MB).
 */
final class Limits {

    static final long MAX_NUMBERS = 10_000_000;

    private Limits() {
    }

    /** Refuses a value of rows × columns numbers when it is larger than {@link #MAX_NUMBERS}. */
    static void checkSize(double rows, double columns, Span span, String what) {
        double numbers = rows * columns;
        if (numbers > MAX_NUMBERS) {
            throw new GmException(span, what + " would hold " + new NumberFormatter(3).format(numbers)
                    + " numbers; one value may hold at most " + new NumberFormatter(3).format(MAX_NUMBERS),
                    "work with fewer rows, e.g. a sample of 100000");
        }
    }
}
