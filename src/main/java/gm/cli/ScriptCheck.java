package gm.cli;

import gm.eval.Checker;
import gm.lang.DiagnosticRenderer;
import gm.lang.Source;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code gm check FILE.gm ...}: reports every problem {@link Checker} finds, then one summary line per script.
 * Exit code 0 when no script has a problem, 65 (bad input) otherwise, 66 when a script cannot be read.
 */
final class ScriptCheck {

    static final int PROBLEMS_FOUND = 65;

    private ScriptCheck() {
    }

    static int run(List<String> files, PrintStream out, PrintStream err) {
        int exit = 0;
        for (String file : files) {
            Optional<Source> source = Main.readScript(Path.of(file), err);
            if (source.isEmpty()) {
                exit = Main.NO_INPUT;
                continue;
            }
            List<Checker.Problem> problems = Checker.check(source.get());
            for (Checker.Problem problem : problems) {
                err.print(DiagnosticRenderer.render(problem.diagnostic(), problem.source()));
            }
            if (problems.isEmpty()) {
                out.println(file + ": no problems found");
            } else {
                out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                exit = exit == 0 ? PROBLEMS_FOUND : exit;
            }
        }
        return exit;
    }
}
