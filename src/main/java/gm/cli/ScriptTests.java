package gm.cli;

import gm.eval.Interpreter;
import gm.eval.Session;
import gm.lang.Source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code gm test [DIR|FILE ...]}: runs each script in a fresh session and reports one line per script, then
 * "N passed, N failed". A script passes when it runs to the end without an error and every {@code expect} in it holds;
 * a failing script's messages are shown.
 */
final class ScriptTests {

    private ScriptTests() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<Path> scripts = new ArrayList<>();
        for (String argument : arguments.isEmpty() ? List.of(".") : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(p -> p.toString().endsWith(".gm")).sorted().forEach(scripts::add);
                } catch (IOException e) {
                    err.println("gm: error: cannot list " + path + ": " + e.getMessage());
                    return Main.NO_INPUT;
                }
            } else if (Files.isRegularFile(path)) {
                scripts.add(path);
            } else {
                err.println("gm: error: no such script or folder: " + path);
                return Main.NO_INPUT;
            }
        }
        if (scripts.isEmpty()) {
            err.println("gm: error: no .gm scripts in " + String.join(", ", arguments.isEmpty() ? List.of(".") : arguments));
            return Main.NO_INPUT;
        }
        int failed = 0;
        for (Path script : scripts) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            PrintStream captured = new PrintStream(output, true, StandardCharsets.UTF_8);
            Optional<Source> source = Main.readScript(script, captured);
            Interpreter interpreter = new Interpreter(new Session(), captured, captured, false);
            int exit = source.map(s -> interpreter.run(s).exitCode()).orElse(Main.NO_INPUT);
            Interpreter.ExpectationCount expectations = interpreter.expectations();
            if (exit == 0) {
                int checked = expectations.passed();
                out.println("ok    " + script + (checked == 0 ? "" : " (" + checked + (checked == 1 ? " expectation)" : " expectations)")));
            } else {
                failed++;
                out.println("FAIL  " + script + (expectations.failed() > 0 && exit == Interpreter.Outcome.EXPECTATION_FAILED.exitCode()
                        ? " (" + expectations.failed() + " of " + (expectations.failed() + expectations.passed()) + " expectations failed)"
                        : " (exit " + exit + ")"));
                output.toString(StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank())
                        .dropWhile(line -> !line.contains("error: "))
                        .forEach(line -> out.println("      " + line));
            }
        }
        out.println((scripts.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
