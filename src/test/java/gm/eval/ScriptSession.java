package gm.eval;

import gm.lang.Source;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs gm text in one session for a test and reads back the variables it set. */
final class ScriptSession {

    private final Session session = new Session();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    /** Runs the program; it must complete without an error. */
    void run(String program) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        Interpreter.Outcome outcome = new Interpreter(session, out, out, false)
                .run(new Source("t.gm", program, Path.of("").toAbsolutePath()));
        assertEquals(Interpreter.Outcome.COMPLETED, outcome, this::output);
    }

    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    Value value(String name) {
        return session.get(name).orElseThrow();
    }

    double number(String name) {
        return ((Value.NumberValue) value(name)).value();
    }

    double[] vector(String name) {
        return ((Value.VectorValue) value(name)).values();
    }

    double[][] matrix(String name) {
        return ((Value.MatrixValue) value(name)).rows();
    }
}
