package gm.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code .gm} script in examples/ and in the test scripts folder runs through the normal entry point and must
 * print exactly its {@code .out} transcript (standard output and errors together; a last line "[exit N]" when the
 * script ends with a non-zero exit code). Transcripts are written and checked by hand, never regenerated blindly.
 */
class GoldenScriptTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return scripts(Path.of("examples"));
    }

    @TestFactory
    Stream<DynamicTest> testScripts() throws IOException {
        return scripts(Path.of("src/test/resources/scripts"));
    }

    private static Stream<DynamicTest> scripts(Path folder) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(p -> p.toString().endsWith(".gm")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no scripts in " + folder);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.toString(), () -> check(script)));
    }

    private static void check(Path script) throws IOException {
        Path transcript = Path.of(script.toString().replaceAll("\\.gm$", ".out"));
        assertTrue(Files.exists(transcript), script + " has no transcript " + transcript);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = Main.runFile(script, both, both, false);
        String actual = bytes.toString(StandardCharsets.UTF_8) + (exit == 0 ? "" : "[exit " + exit + "]\n");
        assertEquals(Files.readString(transcript, StandardCharsets.UTF_8), actual, script.toString());
    }
}
