package gm.cli;

import gm.eval.Session;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL driven through a JLine terminal with scripted input, as a user would type it. */
class ReplTest {

    @TempDir
    Path folder;

    private String session(String typed, Session session) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal("test", "xterm",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            assertEquals(0, new Repl(session, false, folder.resolve("history")).run(terminal));
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void errorsAreReportedAndTheSessionGoesOn() throws Exception {
        Session session = new Session();
        String screen = session("x = 41\nprint y\nprint x + 1\nexit\n", session);
        assertTrue(screen.contains("<repl>:1:7: error: unknown variable 'y'"), screen);
        assertTrue(screen.contains("42"), screen);
        assertTrue(session.get("x").isPresent());
    }

    @Test
    void openBracketsContinueOnTheNextLine() throws Exception {
        String screen = session("A = [[2, 0.5],\n[0.5, 1]]\ndet(A)\n", new Session());
        assertTrue(screen.contains("1.75"), screen);
        assertFalse(screen.contains("error"), screen);
    }

    @Test
    void ctrlCStopsALongStatementAndTheSessionGoesOn() throws Exception {
        Session session = new Session();
        PipedOutputStream keyboard = new PipedOutputStream();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(keyboard), screen,
                StandardCharsets.UTF_8)) {
            Thread repl = new Thread(() -> new Repl(session, false, folder.resolve("history")).run(terminal));
            repl.start();
            type(keyboard, "x = 41\nv = sample(normal(0, 1), 3000).x\nm = v * v'\nlong = m * m\n");
            waitFor(screen, "gm> long = m * m");
            Thread.sleep(300);
            long pressed = System.nanoTime();
            type(keyboard, "\u0003");
            waitFor(screen, "interrupted");
            double seconds = (System.nanoTime() - pressed) / 1e9;
            type(keyboard, "print x + 1\nexit\n");
            repl.join(10_000);
            String text = plain(screen);
            assertTrue(text.contains("<repl>:1:1: error: interrupted\n    long = m * m\n"), text);
            assertTrue(text.contains("42"), text);
            assertTrue(seconds < 2, "stopping took " + seconds + " s");
            assertTrue(session.get("m").isPresent() && session.get("long").isEmpty());
        }
    }

    private static void type(PipedOutputStream keyboard, String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** The screen without terminal control sequences and carriage returns. */
    private static String plain(ByteArrayOutputStream screen) {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[a-zA-Z]|\r", "");
    }

    private static void waitFor(ByteArrayOutputStream screen, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!plain(screen).contains(text)) {
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' on the screen:\n" + screen.toString(StandardCharsets.UTF_8));
            Thread.sleep(20);
        }
    }

    @Test
    void endOfInputLeavesAndHistoryIsKept() throws Exception {
        session("print 1\nprint 2\n", new Session());
        String history = Files.readString(folder.resolve("history"));
        assertTrue(history.contains("print 1") && history.contains("print 2"), history);
    }

    private static String plain(String screen) {
        return screen.replaceAll("\u001B(\\[[0-9;?]*[A-Za-z]|[=>])", "").replace("\r", "");
    }

    @Test
    void tabCompletesAColumnAfterTheDot() throws Exception {
        Session session = new Session();
        String screen = plain(session("t = table(height = [67, 79], weight = [150, 170])\nprint mean(t.he\t)\n", session));
        assertTrue(screen.contains("print mean(t.height )"), screen);
        assertTrue(screen.contains("\n73\n"), screen);
    }

    @Test
    void tabCompletesColumnsInsideBrackets() throws Exception {
        String screen = plain(session("t = table(height = [67, 79], weight = [150, 170])\ns = t[height, we\t]\nls\n", new Session()));
        assertTrue(screen.contains("s = t[height, weight ]"), screen);
        assertTrue(screen.contains("s     dataset  2 × 2"), screen);
    }

    @Test
    void tabCompletesVariablesKeywordsAndOptionValues() throws Exception {
        String screen = plain(session("longname = 5\nprint longn\t + 1\ndescr\ttable(a = [1, 2])\n"
                + "g = fit gaussian table(a = [1, 2, 4]) estimator unb\t\nprint g.cov\n", new Session()));
        assertTrue(screen.contains("print longname  + 1"), screen);
        assertTrue(screen.contains("\n6\n"), screen);
        assertTrue(screen.contains("describe table(a = [1, 2])"), screen);
        assertTrue(screen.contains("estimator unbiased"), screen);
        assertTrue(screen.contains("2.33333"), screen);
    }

    @Test
    void tabCompletesFilePathsInsideTheStringOfLoad() throws Exception {
        String screen = plain(session("d = load \"examples/da\theightWeightData.t\t\" columns (g, h, w)\nls\n", new Session()));
        String history = Files.readString(folder.resolve("history"));
        assertTrue(history.contains("d = load \"examples/data/heightWeightData.txt\" columns (g, h, w)"), history);
        assertTrue(screen.contains("d     dataset  210 × 3"), screen);
    }

    @Test
    void ansLsTrailingSemicolonAndHelp() throws Exception {
        Session session = new Session();
        String screen = plain(session("2 + 3\nprint ans * 10\nx = [1, 2, 3];\nx * 100;\nprint ans\nls\n?expect\n", session));
        assertTrue(screen.contains("\n5\n"), screen);
        assertTrue(screen.contains("\n50\n"), screen);
        assertTrue(screen.contains("[100, 200, 300]"), screen);
        assertFalse(screen.contains("[1, 2, 3]\n"), screen);
        assertTrue(screen.contains("x     vector  3"), screen);
        assertTrue(screen.contains("ans   vector  3"), screen);
        assertTrue(screen.contains("expect (checking)"), screen);
        assertTrue(screen.contains("see also: run, help"), screen);
    }

    @Test
    void runExecutesAScriptInsideTheSession() throws Exception {
        Files.writeString(folder.resolve("setup.gm"), "base = 40\nprint \"set up\"\n");
        Files.writeString(folder.resolve("broken.gm"), "y = 1\nprint nothing\n");
        Session session = new Session();
        String screen = plain(session("run \"" + folder.resolve("setup.gm") + "\"\nprint base + 2\nrun \""
                + folder.resolve("broken.gm") + "\"\nprint y\n", session));
        assertTrue(screen.contains("set up"), screen);
        assertTrue(screen.contains("\n42\n"), screen);
        assertTrue(screen.contains("broken.gm:2:7: error: unknown variable 'nothing'"), screen);
        assertTrue(screen.contains("\n1\n"), screen);
    }

    @Test
    void highlightingColoursKeywordsAndAnUnterminatedString() throws Exception {
        ReplHighlighter highlighter = new ReplHighlighter();
        String keyword = highlighter.highlight(null, "print 1.5 # note").toAnsi();
        assertTrue(keyword.contains("\u001B[34;1mprint") || keyword.contains("\u001B[1;34mprint"), keyword);
        String open = highlighter.highlight(null, "load \"data").toAnsi();
        assertTrue(open.contains("\u001B[31m\"data"), open);
        String screen = session("print \"a\" + 1\n", new Session());
        assertTrue(screen.contains("34;1mprint") || screen.contains("1;34mprint"), screen);
    }

    @Test
    void tabCompletesColumnsAfterByAndInAWhereCondition() throws Exception {
        Session session = new Session();
        String screen = plain(session("t = table(x = [1, 2, 3, 4], grp = [1, 1, 2, 2])\ngs = fit gaussian t[x] by gr\t\n"
                + "u = t where gr\t== 2\nls\n", session));
        assertTrue(screen.contains("gs    group of Gaussians  2 by grp"), screen);
        assertTrue(screen.contains("u     dataset             2 × 2"), screen);
    }
}
