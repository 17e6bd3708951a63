package gm.eval;

import gm.lang.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements that would exhaust memory or the stack are refused with a message, and the session keeps its variables. */
class ResourceGuardTest {

    private final Session session = new Session();

    private String run(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new Interpreter(session, both, both, false).run(new Source("<test>", text, Path.of("")));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHugeSampleIsRefusedBeforeDrawing() {
        run("x = 1\ng = gaussian([0, 0], [[1, 0], [0, 1]])");
        assertEquals("""
                <test>:1:15: error: the sample would hold 2000000000000 numbers; one value may hold at most 10000000
                    s = sample(g, 1e12)
                                  ^^^^
                  hint: work with fewer rows, e.g. a sample of 100000
                """, run("s = sample(g, 1e12)"));
        assertEquals("1\n", run("print x"));
    }

    @Test
    void anEnormousMatrixProductIsRefusedBeforeAllocating() {
        run("v = sample(normal(0, 1), 4000000).x");
        assertEquals("""
                <test>:1:5: error: the product would hold 16000000000000 numbers; one value may hold at most 10000000
                    m = v * v'
                        ^^^^^^
                  hint: work with fewer rows, e.g. a sample of 100000
                """, run("m = v * v'"));
    }

    @Test
    void anEnormousProgramIsRefusedBeforeItIsRead() {
        String program = "x = [" + "1, ".repeat(4_000_000) + "1]";
        String message = run(program);
        assertTrue(message.startsWith("<test>:1:1: error: the program is 12000007 characters long; gm reads at most 10000000\n"),
                message.substring(0, 200));
        assertEquals("    " + program.substring(0, 120) + "…\n    ^\n  hint: put large data in a file and load it\n",
                message.substring(message.indexOf('\n') + 1));
    }

    @Test
    void deepNestingIsReportedNotCrashed() throws InterruptedException {
        String deep = "print " + "(".repeat(3_000) + "1" + ")".repeat(3_000);
        assertTrue(onSmallStack(deep).startsWith("<test>:1:1: error: this statement is nested too deeply to read\n"));
        String longChain = "print 1" + " + 1".repeat(20_000);
        String message = onSmallStack(longChain);
        assertTrue(message.startsWith("<test>:1:1: error: this statement is nested too deeply to "), message);
        assertEquals("2\n", run("print 1 + 1"));
    }

    /** Runs the text on a thread with a 256 KB stack, so that the depth at which it overflows does not depend on the JVM. */
    private String onSmallStack(String text) throws InterruptedException {
        AtomicReference<String> output = new AtomicReference<>();
        Thread thread = new Thread(null, () -> output.set(run(text)), "small stack", 256 * 1024);
        thread.start();
        thread.join();
        return output.get();
    }
}
