package gm.eval;

import gm.eval.Value.MatrixValue;
import gm.eval.Value.VectorValue;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Vectors and matrices too large to read show their first and last elements, so printing one cannot flood the terminal. */
class LargeValuesPrintTest {

    private final ValueFormatter formatter = new ValueFormatter(6);

    @Test
    void aVectorOfUpToTenThousandValuesPrintsInFull() {
        double[] values = IntStream.rangeClosed(1, 10_000).asDoubleStream().toArray();
        String text = formatter.format(new VectorValue(values));
        assertEquals(10_000, text.split(", ").length);
    }

    @Test
    void aLongerVectorShowsItsEnds() {
        double[] values = IntStream.rangeClosed(1, 1_000_000).asDoubleStream().toArray();
        assertEquals("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …, 999991, 999992, 999993, 999994, 999995, 999996, 999997, 999998,"
                + " 999999, 1000000]\n(1000000 values; the first and last 10 are shown)\n", formatter.format(new VectorValue(values)));
    }

    @Test
    void aLargeMatrixShowsItsCorners() {
        double[][] rows = new double[200][60];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = 100 * i + j;
            }
        }
        assertEquals("""
                [[    0,     1,     2,     3,     4, …,    55,    56,    57,    58,    59],
                 [  100,   101,   102,   103,   104, …,   155,   156,   157,   158,   159],
                 [  200,   201,   202,   203,   204, …,   255,   256,   257,   258,   259],
                 [  300,   301,   302,   303,   304, …,   355,   356,   357,   358,   359],
                 [  400,   401,   402,   403,   404, …,   455,   456,   457,   458,   459],
                 [    ⋮,     ⋮,     ⋮,     ⋮,     ⋮, ⋮,     ⋮,     ⋮,     ⋮,     ⋮,     ⋮],
                 [19500, 19501, 19502, 19503, 19504, …, 19555, 19556, 19557, 19558, 19559],
                 [19600, 19601, 19602, 19603, 19604, …, 19655, 19656, 19657, 19658, 19659],
                 [19700, 19701, 19702, 19703, 19704, …, 19755, 19756, 19757, 19758, 19759],
                 [19800, 19801, 19802, 19803, 19804, …, 19855, 19856, 19857, 19858, 19859],
                 [19900, 19901, 19902, 19903, 19904, …, 19955, 19956, 19957, 19958, 19959]]
                (200 × 60 matrix; the first and last rows and columns are shown)
                """, formatter.format(new MatrixValue(rows)));
    }
}
