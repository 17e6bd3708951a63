package gm.eval;

import gm.lang.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** det and inv judge singularity relative to the matrix's own scale, not against a fixed 1e-11. */
class SmallScaleMatricesTest {

    @Test
    void smallButRegularMatricesHaveTheirDeterminantAndInverse() {
        ScriptSession session = new ScriptSession();
        session.run("d = det([[1e-12]])\ni = inv([[1e-12]])\ne = det([[2e-7, 1e-7], [1e-7, 2e-7]])");
        assertEquals(1e-12, session.number("d"));
        assertArrayEquals(new double[][] {{1e12}}, session.matrix("i"));
        assertEquals(3e-14, session.number("e"), 1e-28);
    }

    @Test
    void aSingularMatrixIsRefusedWhateverItsScale() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new Interpreter(new Session(), both, both, false).run(new Source("t.gm", "print inv([[1e20, 2e20], [2e20, 4e20]])", Path.of("")));
        assertEquals("""
                t.gm:1:11: error: the matrix is singular, or too close to singular to invert in double precision
                    print inv([[1e20, 2e20], [2e20, 4e20]])
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  hint: a row (or column) is a multiple or combination of the others; det() shows how close to 0 the determinant is
                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
