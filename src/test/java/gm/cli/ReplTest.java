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
}
