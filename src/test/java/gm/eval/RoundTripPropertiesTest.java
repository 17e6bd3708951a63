package gm.eval;

import gm.data.Column;
import gm.data.DelimitedFileReader;
import gm.data.LoadOptions;
import gm.data.NumericColumn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Numbers written the way gm prints them at 17 digits read back exactly: through the language's number literals and
 * through a data file loaded with {@code load}. Random doubles of every magnitude, one seed per case.
 */
class RoundTripPropertiesTest {

    @TempDir
    Path folder;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /** A finite double drawn from all bit patterns, so every exponent and subnormals occur. */
    private static double anyFiniteDouble(Random random) {
        double x;
        do {
            x = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(x));
        return x;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void printedNumbersReadBackExactly(long seed) throws IOException {
        Random random = new Random(seed);
        NumberFormatter formatter = new NumberFormatter(17);
        int rows = 50;
        double[][] values = new double[rows][2];
        StringBuilder file = new StringBuilder("a,b\n");
        StringBuilder literals = new StringBuilder("v = [");
        for (int i = 0; i < rows; i++) {
            values[i][0] = anyFiniteDouble(random);
            values[i][1] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            file.append(formatter.format(values[i][0])).append(',').append(formatter.format(values[i][1])).append('\n');
            literals.append(i == 0 ? "" : ", ").append(formatter.format(values[i][0]));
        }
        Path data = Files.writeString(folder.resolve("numbers.csv"), file);
        Column a = DelimitedFileReader.read(data, LoadOptions.defaults()).dataset().column("a").orElseThrow();
        Column b = DelimitedFileReader.read(data, LoadOptions.defaults()).dataset().column("b").orElseThrow();
        ScriptSession session = new ScriptSession();
        session.run(literals.append("]").toString());
        double[] fromLiterals = session.vector("v");
        for (int i = 0; i < rows; i++) {
            assertEquals(values[i][0], ((NumericColumn) a).get(i), "row " + (i + 1) + " of a: " + formatter.format(values[i][0]));
            assertEquals(values[i][1], ((NumericColumn) b).get(i), "row " + (i + 1) + " of b: " + formatter.format(values[i][1]));
            assertEquals(values[i][0], fromLiterals[i], "literal " + formatter.format(values[i][0]));
        }
    }
}
