package gm.eval;

import gm.lang.GmException;
import gm.lang.Source;
import gm.lang.Span;
import gm.lang.ast.Word;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** help.txt is the one source of 'help TOPIC' and of the reference section of docs/language.md. */
class HelpTest {

    static final String BEGIN = "<!-- reference: generated from src/main/resources/gm/eval/help.txt (HelpTest checks it) -->\n";
    static final String END = "<!-- end of reference -->\n";

    @TempDir
    Path folder;

    @Test
    void theDocsHoldTheReferenceVerbatim() throws IOException {
        String docs = Files.readString(Path.of("docs/language.md"));
        int begin = docs.indexOf(BEGIN);
        int end = docs.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/language.md has no reference markers");
        String expected = Help.markdown();
        String actual = docs.substring(begin + BEGIN.length(), end);
        if (!expected.equals(actual)) {
            Path generated = Path.of("target/reference.md");
            Files.writeString(generated, expected);
            fail("the reference section of docs/language.md differs from help.txt; paste " + generated
                    + " between its markers");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRuns() throws IOException {
        Files.createSymbolicLink(folder.resolve("examples"), Path.of("examples").toAbsolutePath());
        return Help.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
            Interpreter interpreter = new Interpreter(new Session(), out, out, false);
            Interpreter.Outcome outcome = interpreter.run(new Source("help " + entry.name(),
                    String.join("\n", entry.example()) + "\n", folder));
            String shown = output.toString(StandardCharsets.UTF_8);
            assertTrue(outcome == Interpreter.Outcome.COMPLETED || outcome == Interpreter.Outcome.EXIT_REQUESTED, shown);
            assertTrue(!shown.contains("error:"), shown);
        }));
    }

    @Test
    void seeAlsoNamesEntriesAndEveryStatementHasOne() {
        Set<String> names = Help.entries().stream().map(Help.Entry::name).collect(Collectors.toSet());
        for (Help.Entry entry : Help.entries()) {
            assertTrue(names.containsAll(entry.seeAlso()), entry.name() + " refers to " + entry.seeAlso());
            assertTrue(!entry.example().isEmpty(), entry.name() + " has no example");
        }
        for (String word : List.of("print", "load", "describe", "where", "table", "save", "fit", "compare", "explain",
                "classify", "qda", "predict", "evaluate", "boundary", "posterior", "online", "update", "expect", "run",
                "ls", "set", "seed", "help", "exit", "functions")) {
            assertTrue(!Help.topic(new Word(new Span("t", 1, 1, 0, 0), word)).isBlank(), word);
        }
    }

    @Test
    void anUnknownTopicSuggestsTheClosest() {
        GmException error = org.junit.jupiter.api.Assertions.assertThrows(GmException.class,
                () -> Help.topic(new Word(new Span("t", 1, 6, 5, 9), "clasify")));
        assertEquals("no help on 'clasify'", error.getMessage());
        assertEquals("did you mean 'help classify'?", error.diagnostic().hint().orElseThrow());
    }
}
