package gm.cli;

import gm.eval.Interpreter;
import gm.eval.Session;
import gm.lang.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code gm} (REPL, or a script from piped standard input), {@code gm run FILE.gm},
 * {@code gm FILE.gm}, {@code gm -e 'STATEMENTS'}. Exit codes follow sysexits: 64 usage, 65 syntax, 66 no input, 70 runtime.
 */
public final class Main {

    static final int USAGE = 64;
    static final int NO_INPUT = 66;

    private static final String USAGE_TEXT = """
            usage: gm                      start the REPL (or run piped standard input as a script)
                   gm run FILE.gm          run a script (also: gm FILE.gm)
                   gm -e 'STATEMENTS'      run statements given as text
                   gm test [DIR|FILE ...]  run scripts, each in a fresh session, and report which failed
                   gm check FILE.gm ...    find unknown names, columns and options without running the scripts
            options: --format json (print each value as one JSON object per line), --debug (stack traces for
                     internal errors), --help, --version,
                     --sandbox DIR (scripts may read and write files only inside DIR)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err, System.console() != null));
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        boolean debug = false;
        Interpreter.OutputFormat format = Interpreter.OutputFormat.TEXT;
        Path sandbox = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--debug")) {
                debug = true;
            } else if (args[i].equals("--format") || args[i].startsWith("--format=")) {
                String value = args[i].startsWith("--format=") ? args[i].substring("--format=".length())
                        : i + 1 < args.length ? args[++i] : "";
                if (!value.equals("json") && !value.equals("text")) {
                    return usage(err, "--format takes json or text, not '" + value + "'");
                }
                format = value.equals("json") ? Interpreter.OutputFormat.JSON : Interpreter.OutputFormat.TEXT;
            } else if (args[i].equals("--sandbox")) {
                if (i + 1 == args.length) {
                    return usage(err, "--sandbox takes a folder: the only place scripts may read and write files");
                }
                sandbox = Path.of(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        Session session;
        if (sandbox == null) {
            session = new Session();
        } else if (!Files.isDirectory(sandbox)) {
            err.println("gm: error: the sandbox " + (Files.exists(sandbox) ? sandbox + " is not a folder" : "folder " + sandbox + " does not exist"));
            return NO_INPUT;
        } else if (!rest.isEmpty() && rest.get(0).equals("test")) {
            return usage(err, "--sandbox applies to running a script, -e and the REPL, not to gm test");
        } else {
            try {
                session = Session.sandboxedIn(sandbox);
            } catch (IOException e) {
                err.println("gm: error: cannot use the sandbox folder " + sandbox + ": " + e.getMessage());
                return NO_INPUT;
            }
        }
        Path here = Path.of("").toAbsolutePath();
        if (rest.isEmpty()) {
            if (interactive) {
                return new Repl(session, debug, Path.of(System.getProperty("user.home"), ".gm_history")).run();
            }
            return runText(new Source("<stdin>", read(in), here), session, out, err, debug, format);
        }
        String first = rest.get(0);
        switch (first) {
            case "--help", "-h", "help" -> {
                out.print(USAGE_TEXT);
                return 0;
            }
            case "--version" -> {
                out.println("gm " + version());
                return 0;
            }
            case "-e" -> {
                if (rest.size() != 2) {
                    return usage(err, "-e takes one argument: the statements to run");
                }
                return runText(new Source("<command line>", rest.get(1), here), session, out, err, debug, format);
            }
            case "test" -> {
                return ScriptTests.run(rest.subList(1, rest.size()), out, err);
            }
            case "check" -> {
                if (rest.size() < 2) {
                    return usage(err, "check takes the scripts to check");
                }
                return ScriptCheck.run(rest.subList(1, rest.size()), out, err);
            }
            case "run" -> {
                if (rest.size() != 2) {
                    return usage(err, "run takes one argument: the script to run");
                }
                return runFile(Path.of(rest.get(1)), session, out, err, debug, format);
            }
            default -> {
                if (first.startsWith("-")) {
                    return usage(err, "unknown option '" + first + "'");
                }
                if (rest.size() != 1) {
                    return usage(err, "give one script to run");
                }
                return runFile(Path.of(first), session, out, err, debug, format);
            }
        }
    }

    /** Runs a script file; relative paths in it are resolved against its folder. */
    public static int runFile(Path file, PrintStream out, PrintStream err, boolean debug) {
        return runFile(file, new Session(), out, err, debug, Interpreter.OutputFormat.TEXT);
    }

    /** Runs a script file in the session (which may be sandboxed). */
    private static int runFile(Path file, Session session, PrintStream out, PrintStream err, boolean debug,
                               Interpreter.OutputFormat format) {
        Optional<Source> source = readScript(file, err);
        return source.isEmpty() ? NO_INPUT : runText(source.get(), session, out, err, debug, format);
    }

    /** The script as a source whose relative paths start at its folder; empty (with a message) when unreadable. */
    static Optional<Source> readScript(Path file, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            err.println("gm: error: " + (Files.isDirectory(file) ? file + " is a folder, not a script" : "no such script: " + file));
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(new Source(file.toString(), text, file.toAbsolutePath().getParent()));
        } catch (IOException e) {
            err.println("gm: error: cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static int runText(Source source, Session session, PrintStream out, PrintStream err, boolean debug,
                               Interpreter.OutputFormat format) {
        Interpreter.Outcome outcome = new Interpreter(session, out, err, debug, format).run(source);
        return outcome.exitCode();
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("gm: error: " + problem);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
