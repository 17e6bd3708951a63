package gm.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus: every {@code .gm} script in {@code src/test/resources/bad-input/} (with its data files in
 * {@code data/}) runs as {@code gm run SCRIPT} and must print exactly its {@code .out} transcript: standard output and
 * errors together, then "[exit N]". Each message was read and judged to say what went wrong, where, and what to do.
 * Inputs that cannot live in a file of their own (a missing script, a very long line) are the tests below.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            scripts = files.filter(p -> p.toString().endsWith(".gm")).sorted().toList();
        }
        assertTrue(scripts.size() >= 30, "the corpus has only " + scripts.size() + " scripts");
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            Path transcript = Path.of(script.toString().replaceAll("\\.gm$", ".out"));
            assertEquals(Files.readString(transcript, StandardCharsets.UTF_8), run("run", script.toString()), script.toString());
        }));
    }

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), both, both, false);
        return bytes.toString(StandardCharsets.UTF_8) + "[exit " + exit + "]\n";
    }

    @Test
    void aScriptThatDoesNotExist() {
        assertEquals("gm: error: no such script: " + CORPUS.resolve("no-such-script.gm") + "\n[exit 66]\n",
                run("run", CORPUS.resolve("no-such-script.gm").toString()));
    }

    @Test
    void aFolderGivenAsTheScript() {
        assertEquals("gm: error: " + CORPUS.resolve("data") + " is a folder, not a script\n[exit 66]\n",
                run("run", CORPUS.resolve("data").toString()));
    }

    @Test
    void anExtremelyLongLine(@TempDir Path folder) throws IOException {
        String wide = "1,".repeat(200_000) + "2\n";
        Files.writeString(folder.resolve("wide.csv"), "x,y\n1,2\n" + wide + "3,4\n");
        Path script = Files.writeString(folder.resolve("wide.gm"), "d = load \"wide.csv\"\n");
        assertEquals(script + ":1:10: error: line 3 has 200001 fields, expected 2\n"
                + "    d = load \"wide.csv\"\n"
                + "             ^^^^^^^^^^\n"
                + "  hint: if a field contains a comma, put the field in double quotes; the delimiter was detected as"
                + " comma; choose another with e.g. 'delimiter tab'\n"
                + "[exit 70]\n", run("run", script.toString()).replace(folder + "/wide.csv", "wide.csv"));
    }

    @Test
    void anExtremelyLongField(@TempDir Path folder) throws IOException {
        String longText = "a".repeat(1_000_000);
        Files.writeString(folder.resolve("long.csv"), "name,x\n" + longText + ",1\nb,2\n");
        Path script = Files.writeString(folder.resolve("long.gm"), "d = load \"long.csv\"\nprint length(d.name[1])\n");
        assertEquals("loaded long.csv: 2 rows × 2 columns (comma-separated, header row); no missing values\n",
                run("run", script.toString()).lines().findFirst().orElseThrow() + "\n");
    }
}
