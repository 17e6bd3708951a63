package gm.cli;

import gm.eval.Interpreter;
import gm.eval.Session;
import gm.lang.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** The interactive loop: read a statement (continuing open brackets and strings), run it, print, repeat. */
final class Repl {

    private static final String PROMPT = "gm> ";
    private static final String CONTINUATION_PROMPT = "... ";

    private final Session session;
    private final boolean debug;
    private final Path historyFile;

    Repl(Session session, boolean debug, Path historyFile) {
        this.session = session;
        this.debug = debug;
        this.historyFile = historyFile;
    }

    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return run(terminal);
        } catch (IOException e) {
            System.err.println("gm: error: cannot open the terminal: " + e.getMessage());
            return 74;
        }
    }

    int run(Terminal terminal) {
        LineReader reader = LineReaderBuilder.builder()
                .appName("gm")
                .terminal(terminal)
                .parser(new ReplLineParser())
                .highlighter(new ReplHighlighter())
                .completer(new ReplCompleter(session, Path.of("").toAbsolutePath()))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        Interpreter interpreter = new Interpreter(session, out, out, debug);
        Path here = Path.of("").toAbsolutePath();
        out.println("gm — Gaussian models. Type 'help' for the statements, Ctrl-D or 'exit' to leave.");
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (runInterruptibly(interpreter, new Source("<repl>", line, here), terminal) == Interpreter.Outcome.EXIT_REQUESTED) {
                return 0;
            }
        }
    }

    /**
     * Runs the text on a thread of its own while Ctrl-C interrupts that thread: a long statement stops with
     * "interrupted" and the session, with its variables, carries on.
     */
    private static Interpreter.Outcome runInterruptibly(Interpreter interpreter, Source source, Terminal terminal) {
        AtomicReference<Interpreter.Outcome> outcome = new AtomicReference<>(Interpreter.Outcome.RUNTIME_ERROR);
        Thread statement = new Thread(() -> outcome.set(interpreter.run(source)), "gm statement");
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> statement.interrupt());
        try {
            statement.start();
            while (statement.isAlive()) {
                try {
                    statement.join();
                } catch (InterruptedException e) {
                    statement.interrupt();
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        return outcome.get();
    }
}
