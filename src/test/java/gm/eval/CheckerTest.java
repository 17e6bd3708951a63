package gm.eval;

import gm.lang.DiagnosticRenderer;
import gm.lang.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** gm check: every problem it can find without running, and none in scripts that run cleanly. */
class CheckerTest {

    @TempDir
    Path folder;

    private String check(String program) {
        Source source = new Source("s.gm", program, folder);
        return Checker.check(source).stream().map(p -> DiagnosticRenderer.render(p.diagnostic(), p.source()))
                .collect(Collectors.joining());
    }

    @TestFactory
    Stream<DynamicTest> theExamplesHaveNoProblems() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            scripts = files.filter(p -> p.toString().endsWith(".gm")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.toString(), () -> {
            Source source = new Source(script.toString(), Files.readString(script), script.toAbsolutePath().getParent());
            assertEquals(List.of(), Checker.check(source));
        }));
    }

    @Test
    void everyProblemIsReportedWithoutRunning() throws IOException {
        Files.copy(Path.of("examples/data/heightWeightData.txt"), folder.resolve("hw.txt"));
        Files.writeString(folder.resolve("part.gm"), "z = 1\nprint zz\n");
        String problems = check("""
                hw = load "hw.txt" columns (gender, height, weight)
                t = table(a = [1, 2], b = [3, 4])
                raw = load "hw.txt"
                print hw[hieght], t.c, raw.V4
                g = fit gaussian hw[height, weight] by gendr
                men = hw where gnder == 1
                print frobnicate(2), nothing, marginal(g, [weight])
                set digitz 3
                x = load "absent.csv"
                run "part.gm"
                print z
                help fitt
                expect error print undefined
                save t to "t.csv"
                u = load "t.csv"
                """);
        assertEquals("""
                s.gm:4:10: error: unknown column 'hieght'
                    print hw[hieght], t.c, raw.V4
                             ^^^^^^
                  hint: did you mean 'height'?
                s.gm:4:21: error: unknown column 'c'
                    print hw[hieght], t.c, raw.V4
                                        ^
                  hint: columns: a, b
                s.gm:4:28: error: unknown column 'V4'
                    print hw[hieght], t.c, raw.V4
                                               ^^
                  hint: did you mean 'V1'?
                s.gm:5:40: error: unknown column 'gendr'
                    g = fit gaussian hw[height, weight] by gendr
                                                           ^^^^^
                  hint: did you mean 'gender'?
                s.gm:6:16: error: unknown column or variable 'gnder'
                    men = hw where gnder == 1
                                   ^^^^^
                  hint: did you mean 'gender'?
                s.gm:7:7: error: unknown function 'frobnicate'
                    print frobnicate(2), nothing, marginal(g, [weight])
                          ^^^^^^^^^^
                  hint: see 'help' for the functions
                s.gm:7:22: error: unknown variable 'nothing'
                    print frobnicate(2), nothing, marginal(g, [weight])
                                         ^^^^^^^
                s.gm:8:5: error: unknown setting 'digitz'
                    set digitz 3
                        ^^^^^^
                  hint: settings: digits
                s.gm:9:10: error: file not found: %s
                    x = load "absent.csv"
                             ^^^^^^^^^^^^
                part.gm:2:7: error: unknown variable 'zz'
                    print zz
                          ^^
                s.gm:12:6: error: no help on 'fitt'
                    help fitt
                         ^^^^
                  hint: did you mean 'help fit'?
                """.formatted(folder.resolve("absent.csv")), problems);
    }

    /**
     * A file over 1 MiB names its columns from its head, as load does, and check reads no more of it: a row of the
     * wrong width at its end is left for the run to report (check would otherwise read a large file whole).
     */
    @Test
    void aLargeFileIsCheckedFromItsHead() throws IOException {
        StringBuilder text = new StringBuilder("label,x1,x2\n");
        while (text.length() <= (1 << 20) + 100) {
            text.append("a,1.25,-3.5\nb,2.5,4.75\n");
        }
        text.append("a,1,2,3\n");
        Files.writeString(folder.resolve("large.csv"), text);
        String program = "ds = load \"large.csv\"\ng = fit gaussian ds[x1, x3] by lable\n";
        assertEquals("""
                s.gm:2:25: error: unknown column 'x3'
                    g = fit gaussian ds[x1, x3] by lable
                                            ^^
                  hint: did you mean 'x1'?
                s.gm:2:32: error: unknown column 'lable'
                    g = fit gaussian ds[x1, x3] by lable
                                                   ^^^^^
                  hint: did you mean 'label'?
                """, check(program));
    }

    /**
     * The columns of a sample, of a file that cannot be read, and of other results of unknown columns may be any: names
     * selected from them are not reported; an index of a vector, of a property or of Gaussians by group is a variable.
     */
    @Test
    void namesSelectedFromDatasetsOfUnknownColumnsAreNotReported() {
        String problems = check("""
                g = gaussian([0, 0], [[1, 0], [0, 1]])
                s = sample(g, 10)
                print s[x1], s[x2] where x1 > 0
                x = load "absent.csv"
                print x[a, b]
                v = [1, 2, 3]
                print v[k]
                t = table(a = [1, 2, 3, 4], b = [1, 2, 1, 2])
                gs = fit gaussian t[a] by b
                print gs[j], g.mean[m]
                """);
        assertEquals("""
                s.gm:4:10: error: file not found: %s
                    x = load "absent.csv"
                             ^^^^^^^^^^^^
                s.gm:7:9: error: unknown variable 'k'
                    print v[k]
                            ^
                s.gm:10:10: error: unknown variable 'j'
                    print gs[j], g.mean[m]
                             ^
                s.gm:10:21: error: unknown variable 'm'
                    print gs[j], g.mean[m]
                                        ^
                """.formatted(folder.resolve("absent.csv")), problems);
    }

    @Test
    void optionValuesAreCheckedAsTheScriptIsParsed() {
        String problems = check("t = table(a = [1, 2, 4])\ng = fit gaussian t estimator mel covariance ful\n");
        assertEquals("""
                s.gm:2:30: error: unknown estimator 'mel'
                    g = fit gaussian t estimator mel covariance ful
                                                 ^^^
                  hint: did you mean 'mle'?
                s.gm:2:45: error: unknown covariance 'ful'
                    g = fit gaussian t estimator mel covariance ful
                                                                ^^^
                  hint: did you mean 'full'?
                """, problems);
    }

    @Test
    void aModelFileMustExistUnlessTheScriptSavesItFirst() {
        String problems = check("g = gaussian(0, 1)\nsave g to \"g.json\"\nh = load model \"g.json\"\nk = load model \"k.json\"\n");
        assertEquals("""
                s.gm:4:16: error: no such file: k.json
                    k = load model "k.json"
                                   ^^^^^^^^
                  hint: relative paths start at %s
                """.formatted(folder), problems);
    }

    @Test
    void syntaxErrorsAreAllReported() {
        String problems = check("x = (1\nprint 2 +\n");
        assertEquals("s.gm:1:5: error: '(' is never closed\n    x = (1\n        ^\n  hint: add a matching ')'\n", problems);
    }
}
