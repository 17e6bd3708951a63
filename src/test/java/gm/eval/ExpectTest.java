package gm.eval;

import gm.lang.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** expect, expect ≈ and expect error: what passes, what fails, and the exact report of a failure. */
class ExpectTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Interpreter interpreter;

    private Interpreter.Outcome run(String program) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        interpreter = new Interpreter(new Session(), out, out, false);
        return interpreter.run(new Source("t.gm", program, Path.of("").toAbsolutePath()));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void expectationsThatHold() {
        // det [[2, 0.5], [0.5, 1]] = 2·1 − 0.5·0.5 = 1.75 and its inverse is [[1, -0.5], [-0.5, 2]] / 1.75 (by hand).
        assertEquals(Interpreter.Outcome.COMPLETED, run("""
                A = [[2, 0.5], [0.5, 1]]
                expect det(A) ≈ 1.75
                expect det(A) ~= 1.75 + 1e-10
                expect inv(A) ≈ [[1, -0.5], [-0.5, 2]] / 1.75 tol 1e-15
                expect [1, 2, 3] < 4
                expect det(A) > 1 and det(A) < 2
                expect "a" == "a"
                expect [0 / 0, 1] ≈ [0 / 0, 1]
                expect error inv([[1, 2], [2, 4]])
                expect error x = nothing + 1
                expect error load "no-such-file.csv"
                """), output());
        assertEquals(new Interpreter.ExpectationCount(10, 0), interpreter.expectations());
        assertEquals("", output());
    }

    @Test
    void aFailedExpectationIsReportedAndTheScriptGoesOnThenExitsWithOne() {
        Interpreter.Outcome outcome = run("""
                A = [[2, 0.5], [0.5, 1]]
                expect det(A) == 2
                expect det(A) ≈ 1.75 + 1e-8
                expect A ≈ [[2, 0.5], [0.5, 1.01]] tol 0.001
                expect [1, 2] ≈ [1, 2, 3]
                expect [1, 5, 3, 7] < 4
                expect error print "runs"
                print "the end"
                """);
        assertEquals(Interpreter.Outcome.EXPECTATION_FAILED, outcome);
        assertEquals(1, outcome.exitCode());
        assertEquals(new Interpreter.ExpectationCount(0, 6), interpreter.expectations());
        assertEquals("""
                t.gm:2:1: error: expectation failed: det(A) == 2 is false
                    expect det(A) == 2
                    ^^^^^^^^^^^^^^^^^^
                  left:  1.75
                  right: 2
                t.gm:3:1: error: expectation failed: det(A) ≈ 1.75 + 1e-8
                    expect det(A) ≈ 1.75 + 1e-8
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  actual:   1.75
                  expected: 1.75000001
                  difference 1e-08, more than the default tolerance 1e-9 × max(1, |expected|); give one with 'tol'
                t.gm:4:1: error: expectation failed: A ≈ [[2, 0.5], [0.5, 1.01]] tol 0.001
                    expect A ≈ [[2, 0.5], [0.5, 1.01]] tol 0.001
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  actual:   [[  2, 0.5],
                             [0.5,   1]]
                  expected: [[  2,  0.5],
                             [0.5, 1.01]]
                  difference 0.01 at [2, 2], more than the tolerance 0.001
                t.gm:5:1: error: expectation failed: [1, 2] ≈ [1, 2, 3]
                    expect [1, 2] ≈ [1, 2, 3]
                    ^^^^^^^^^^^^^^^^^^^^^^^^^
                  actual:   [1, 2]
                  expected: [1, 2, 3]
                  the shapes differ: a vector of 2 and a vector of 3
                t.gm:6:1: error: expectation failed: [1, 5, 3, 7] < 4 is not true everywhere
                    expect [1, 5, 3, 7] < 4
                    ^^^^^^^^^^^^^^^^^^^^^^^
                  left:  [1, 5, 3, 7]
                  right: 4
                  false at elements 2, 4 of 4
                runs
                t.gm:7:14: error: expectation failed: this statement was expected to fail, but it ran without an error
                    expect error print "runs"
                                 ^^^^^^^^^^^^
                the end
                """, output());
    }

    @Test
    void valuesThatPrintAlikeAreShownWithEveryDigit() {
        run("expect 0.1 + 0.2 == 0.3");
        assertEquals("""
                t.gm:1:1: error: expectation failed: 0.1 + 0.2 == 0.3 is false
                    expect 0.1 + 0.2 == 0.3
                    ^^^^^^^^^^^^^^^^^^^^^^^
                  left:  0.30000000000000004
                  right: 0.29999999999999999
                """, output());
    }

    @Test
    void expectNeedsAConditionAndANumericComparison() {
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("expect [1, 2]"));
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("expect gaussian(0, 1) ≈ gaussian(0, 1)"));
        assertEquals(Interpreter.Outcome.RUNTIME_ERROR, run("expect 1 ≈ 1 tol -1"));
        assertEquals("""
                t.gm:1:8: error: expect needs a condition that is true or false, not a vector
                    expect [1, 2]
                           ^^^^^^
                  hint: compare it, e.g. expect x == 3, or expect x ≈ 3 tol 1e-6
                t.gm:1:8: error: ≈ compares numbers, vectors and matrices, not a Gaussian
                    expect gaussian(0, 1) ≈ gaussian(0, 1)
                           ^^^^^^^^^^^^^^
                  hint: compare their parts, e.g. expect g.mean ≈ [66.4, 145.8] tol 0.1
                t.gm:1:18: error: the tolerance must be a finite number of at least 0, not -1
                    expect 1 ≈ 1 tol -1
                                     ^^
                """, output());
    }
}
