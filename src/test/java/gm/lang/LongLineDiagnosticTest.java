package gm.lang;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A message about a very long line shows the part around the caret, not the whole line. */
class LongLineDiagnosticTest {

    @Test
    void theCaretStaysUnderTheProblemInAWindowOfTheLine() {
        String line = "x = " + "1 + ".repeat(100) + "y + " + "2 + ".repeat(100) + "3";
        int column = line.indexOf('y') + 1;
        Source source = new Source("t.gm", line, Path.of(""));
        String rendered = DiagnosticRenderer.render(
                new Diagnostic(new Span("t.gm", 1, column, column - 1, column), "unknown variable 'y'"), source);
        String window = line.substring(column - 1 - 40, column - 1 - 40 + 120);
        assertEquals("t.gm:1:" + column + ": error: unknown variable 'y'\n"
                + "    …" + window + "…\n"
                + "    " + " ".repeat(41) + "^\n", rendered);
        assertEquals('y', window.charAt(40));
    }
}
