package gm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes and entry points of the command line (sysexits: 64 usage, 65 syntax, 66 no input, 70 runtime). */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void expressionFromTheCommandLine() {
        assertEquals(0, run("", "-e", "x = [1, 2]; print x' * x"));
        assertEquals("5\n", out());
    }

    @Test
    void pipedStandardInputRunsAsAScript() {
        assertEquals(0, run("a = 2\nprint a ^ 10\n"));
        assertEquals("1024\n", out());
    }

    @Test
    void scriptFileByRunAndByName(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("s.gm");
        Files.writeString(script, "print 1 + 1\n");
        assertEquals(0, run("", "run", script.toString()));
        assertEquals(0, run("", script.toString()));
        assertEquals("2\n2\n", out());
    }

    @Test
    void syntaxErrorsRunNothingAndExit65() {
        assertEquals(65, run("", "-e", "print 1\nx = (2"));
        assertEquals("", out());
        assertTrue(err().startsWith("<command line>:2:5: error: '(' is never closed"), err());
    }

    @Test
    void runtimeErrorStopsTheScriptAndExits70() {
        assertEquals(70, run("", "-e", "print 1\nprint nothing\nprint 3"));
        assertEquals("1\n", out());
        assertTrue(err().startsWith("<command line>:2:7: error: unknown variable 'nothing'"), err());
    }

    @Test
    void usageErrorsExit64() {
        assertEquals(64, run("", "--frobnicate"));
        assertTrue(err().contains("unknown option '--frobnicate'"));
        assertEquals(64, run("", "-e"));
    }

    @Test
    void missingScriptExits66(@TempDir Path folder) {
        assertEquals(66, run("", folder.resolve("absent.gm").toString()));
        assertTrue(err().contains("no such script"), err());
        assertEquals(66, run("", "run", folder.toString()));
        assertTrue(err().contains("is a folder"), err());
    }

    @Test
    void noStackTraceForUserErrors() {
        run("", "-e", "print inv([[1, 2], [2, 4]])");
        assertTrue(err().contains("singular"), err());
        assertTrue(!err().contains("at gm."), err());
    }

    @Test
    void testCommandRunsEveryScriptAndCountsFailures(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a-good.gm"), "x = 1\n");
        Files.writeString(folder.resolve("b-bad.gm"), "print nothing\n");
        Files.writeString(folder.resolve("notes.txt"), "not a script");
        assertEquals(1, run("", "test", folder.toString()));
        String report = out();
        assertTrue(report.contains("ok    " + folder.resolve("a-good.gm")), report);
        assertTrue(report.contains("FAIL  " + folder.resolve("b-bad.gm") + " (exit 70)"), report);
        assertTrue(report.contains("error: unknown variable 'nothing'"), report);
        assertTrue(report.endsWith("1 passed, 1 failed\n"), report);
    }

    @Test
    void testCommandPassesOnTheExamples() {
        assertEquals(0, run("", "test", "examples"), out());
        assertTrue(out().contains("ok    examples/bic.gm (4 expectations)\n"), out());
        assertTrue(out().contains("ok    examples/whitening.gm (4 expectations)\n"), out());
    }

    @Test
    void testCommandCountsExpectationsAndReportsFailedOnes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a-checks.gm"), "expect 1 + 1 == 2\nexpect sqrt(2) ≈ 1.41421356 tol 1e-8\n");
        Files.writeString(folder.resolve("b-wrong.gm"), "expect 1 + 1 == 2\nexpect 2 * 3 == 7\nprint \"on\"\n");
        assertEquals(1, run("", "test", folder.toString()));
        String report = out();
        assertTrue(report.contains("ok    " + folder.resolve("a-checks.gm") + " (2 expectations)\n"), report);
        assertTrue(report.contains("FAIL  " + folder.resolve("b-wrong.gm") + " (1 of 2 expectations failed)\n"), report);
        assertTrue(report.contains("b-wrong.gm:2:1: error: expectation failed: 2 * 3 == 7 is false"), report);
        assertTrue(report.contains("        left:  6\n        right: 7\n"), report);
        assertTrue(report.endsWith("1 passed, 1 failed\n"), report);
    }

    @Test
    void aScriptWithAFailedExpectationExitsWithOne() {
        assertEquals(1, run("", "-e", "expect 1 == 2\nprint 3"));
        assertEquals("3\n", out());
    }

    @Test
    void checkFindsProblemsWithoutRunning(@TempDir Path folder) throws Exception {
        Path script = folder.resolve("s.gm");
        Files.writeString(script, "print \"runs\"\nx = 1\nprint y, sqrtt(x)\n");
        assertEquals(65, run("", "check", script.toString()));
        assertEquals(script + ": 2 problems\n", out());
        assertTrue(err().contains("s.gm:3:7: error: unknown variable 'y'"), err());
        assertTrue(err().contains("s.gm:3:10: error: unknown function 'sqrtt'\n"), err());
        assertTrue(err().contains("hint: did you mean 'sqrt'?"), err());
        Files.writeString(script, "x = 1\nprint x\n");
        assertEquals(0, run("", "check", script.toString()));
        assertTrue(out().endsWith(script + ": no problems found\n"), out());
        assertEquals(66, run("", "check", folder.resolve("absent.gm").toString()));
        assertEquals(64, run("", "check"));
    }

    @Test
    void formatJsonPrintsOneObjectPerValue() {
        assertEquals(0, run("", "--format", "json", "-e", "print 1 / 3, [1, 2]\n\"text\"\nt = table(a = [1, 0 / 0])\nt\nhelp ls"));
        List<String> lines = out().lines().toList();
        assertEquals("{\"type\":\"number\",\"value\":0.3333333333333333}", lines.get(0));
        assertEquals(1.0 / 3, Double.parseDouble("0.3333333333333333"));
        assertEquals("{\"type\":\"vector\",\"value\":[1,2]}", lines.get(1));
        assertEquals("{\"type\":\"string\",\"value\":\"text\"}", lines.get(2));
        assertEquals("{\"type\":\"dataset\",\"rows\":2,\"names\":[\"a\"],\"columns\":[[1,null]]}", lines.get(3));
        assertEquals("{\"type\":\"text\",\"text\":\"ls (session)\"}", lines.get(4));
        out.reset();
        assertEquals(0, run("", "--format=json", "run", "examples/conditioning.gm"));
        assertTrue(out().lines().allMatch(line -> line.startsWith("{\"type\":")), out());
        assertTrue(out().contains("{\"type\":\"gaussian\",\"names\":[\"weight\"]"), out());
        assertEquals(64, run("", "--format", "yaml", "-e", "1"));
        assertTrue(err().contains("--format takes json or text, not 'yaml'"), err());
    }
}
