package gm.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gm run --sandbox DIR script.gm}: every read and write stays inside DIR, links included. */
class SandboxTest {

    @TempDir
    Path root;
    private Path box;
    private Path outside;

    @BeforeEach
    void layOut() throws IOException {
        box = Files.createDirectory(root.resolve("box")).toRealPath();
        outside = root.toRealPath().resolve("secret.csv");
        Files.writeString(outside, "pin\n1234\n");
        Files.writeString(box.resolve("data.csv"), "x,y\n1,2\n3,4\n5,7\n");
        Files.createSymbolicLink(box.resolve("link.csv"), outside);
        Files.createSymbolicLink(box.resolve("up"), root.toRealPath());
    }

    /** Runs the script text with the sandbox; returns standard output and errors together, and the exit code. */
    private String run(String script) throws IOException {
        Path file = box.resolve("script.gm");
        Files.writeString(file, script);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"run", "--sandbox", box.toString(), file.toString()},
                new ByteArrayInputStream(new byte[0]), both, both, false);
        return bytes.toString(StandardCharsets.UTF_8).replace(box.toString(), "BOX") + "[exit " + exit + "]\n";
    }

    private static String refused(String statement, int column, String path, String how) {
        return "BOX/script.gm:1:" + column + ": error: '" + path + "' " + how + "\n"
                + "    " + statement + "\n"
                + "    " + " ".repeat(column - 1) + "^".repeat(path.length() + 2) + "\n"
                + "  hint: this script runs with --sandbox BOX: it may only read and write files inside that folder\n"
                + "[exit 70]\n";
    }

    @Test
    void filesInsideTheSandboxCanBeReadAndWritten() throws IOException {
        assertEquals("loaded data.csv: 3 rows × 2 columns (comma-separated, header row); no missing values\n"
                + "plot hist: wrote figures/x.png (800 × 600)\n[exit 0]\n",
                run("d = load \"data.csv\"\nplot hist d.x to \"figures/x.png\"\n"));
        assertTrue(Files.isRegularFile(box.resolve("figures/x.png")));
    }

    @Test
    void pathsOutsideAreRefused() throws IOException {
        assertEquals(refused("d = load \"../secret.csv\"", 10, "../secret.csv", "is outside the sandbox folder BOX"),
                run("d = load \"../secret.csv\""));
        assertEquals(refused("d = load \"" + outside + "\"", 10, outside.toString(), "is outside the sandbox folder BOX"),
                run("d = load \"" + outside + "\""));
    }

    @Test
    void savedModelsAndScriptsRunFromTheScriptStayInside() throws IOException {
        Files.writeString(root.resolve("other.gm"), "print 1\n");
        assertEquals(refused("save gaussian(0, 1) to \"../g.json\"", 24, "../g.json", "is outside the sandbox folder BOX"),
                run("save gaussian(0, 1) to \"../g.json\""));
        assertEquals(refused("g = load model \"../g.json\"", 16, "../g.json", "is outside the sandbox folder BOX"),
                run("g = load model \"../g.json\""));
        assertEquals(refused("run \"../other.gm\"", 5, "../other.gm", "is outside the sandbox folder BOX"),
                run("run \"../other.gm\""));
        assertFalse(Files.exists(root.resolve("g.json")));
    }

    @Test
    void linksThatLeadOutsideAreRefused() throws IOException {
        assertEquals(refused("d = load \"link.csv\"", 10, "link.csv", "leads outside the sandbox folder BOX through a link"),
                run("d = load \"link.csv\""));
        assertEquals(refused("d = load \"up/secret.csv\"", 10, "up/secret.csv",
                "leads outside the sandbox folder BOX through a link"), run("d = load \"up/secret.csv\""));
    }

    @Test
    void writesOutsideAreRefusedBeforeAnythingIsCreated() throws IOException {
        assertEquals(refused("plot hist [1, 2] to \"../made/x.png\"", 21, "../made/x.png", "is outside the sandbox folder BOX"),
                run("plot hist [1, 2] to \"../made/x.png\""));
        assertEquals(refused("plot hist [1, 2] to \"up/x.svg\"", 21, "up/x.svg",
                "leads outside the sandbox folder BOX through a link"), run("plot hist [1, 2] to \"up/x.svg\""));
        assertFalse(Files.exists(root.resolve("made")));
        assertFalse(Files.exists(root.resolve("x.svg")));
    }

    @Test
    void aMissingSandboxFolderIsReported() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"--sandbox", root.resolve("nowhere").toString(), "-e", "print 1"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(66, exit);
        assertEquals("gm: error: the sandbox folder " + root.resolve("nowhere") + " does not exist\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSandboxOptionNeedsAFolderAndDoesNotApplyToGmTest() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(64, Main.run(new String[] {"run", "script.gm", "--sandbox"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), errors, false));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "gm: error: --sandbox takes a folder: the only place scripts may read and write files\n"));
        err.reset();
        assertEquals(64, Main.run(new String[] {"--sandbox", box.toString(), "test", box.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()), errors, false));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "gm: error: --sandbox applies to running a script, -e and the REPL, not to gm test\n"));
    }

    @Test
    void readingLeavesTheFileUntouched() throws IOException {
        Path data = box.resolve("data.csv");
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(data, before);
        byte[] bytes = Files.readAllBytes(data);
        run("d = load \"data.csv\"\ndescribe d\n");
        assertEquals(before, Files.getLastModifiedTime(data));
        assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(data));
    }
}
