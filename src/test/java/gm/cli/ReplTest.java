package gm.cli;

import gm.eval.Session;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
    void endOfInputLeavesAndHistoryIsKept() throws Exception {
        session("print 1\nprint 2\n", new Session());
        String history = Files.readString(folder.resolve("history"));
        assertTrue(history.contains("print 1") && history.contains("print 2"), history);
    }
}
