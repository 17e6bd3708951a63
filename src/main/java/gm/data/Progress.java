package gm.data;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of reading a file: a bar on the terminal's standard error for work that has taken more than a second
 * (bytes read, rows per second, time left), nothing otherwise. A bar is used from one thread at a time; the silent
 * one keeps no state and can be shared.
 */
public final class Progress {
    /** Shows nothing. */
    public static final Progress SILENT = new Progress(null, null);

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream terminal;
    private final String what;
    private long total;
    private long done;
    private long rows;
    private long started;
    private long drawn;
    private boolean shown;

    private Progress(PrintStream terminal, String what) {
        this.terminal = terminal;
        this.what = what;
    }

    /**
     * A bar on standard error when the process runs on a terminal (a console, and TERM not "dumb"), else
     * {@link #SILENT}.
     *
     * @param what a word for the work, e.g. "reading data.csv"
     */
    public static Progress onTerminal(String what) {
        String term = System.getenv("TERM");
        if (System.console() == null || term == null || term.equals("dumb")) {
            return SILENT;
        }
        return new Progress(System.err, what);
    }

    void start(long totalBytes) {
        if (terminal == null) {
            return;
        }
        total = totalBytes;
        done = 0;
        rows = 0;
        started = System.nanoTime();
        drawn = 0;
    }

    void advance(long bytes, long records) {
        if (terminal == null) {
            return;
        }
        done += bytes;
        rows += records;
        long now = System.nanoTime();
        if (now - started >= DELAY_NANOS && now - drawn >= REDRAW_NANOS) {
            drawn = now;
            shown = true;
            terminal.print("\r" + line(now - started));
            terminal.flush();
        }
    }

    void finish() {
        if (shown) {
            terminal.print("\r" + " ".repeat(line(System.nanoTime() - started).length()) + "\r");
            terminal.flush();
            shown = false;
        }
    }

    private String line(long elapsedNanos) {
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double seconds = elapsedNanos / 1e9;
        double left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
        return String.format(Locale.ROOT, "%s [%s%s] %s of %s, %s rows/s, %.0f s left", what, "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), bytes(done), bytes(total), compact(rows / seconds), Math.ceil(left));
    }

    private static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", n / (double) (1L << 20));
    }

    private static String compact(double n) {
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f k", n / 1e3);
    }
}
