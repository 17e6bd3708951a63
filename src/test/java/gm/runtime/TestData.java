package gm.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

public final class TestData {
    private TestData() {
    }

    /** (height, weight) rows of examples/data/heightWeightData.txt (columns gender, height, weight). */
    static double[][] heightWeight() {
        try {
            List<String> lines = Files.readAllLines(Path.of("examples/data/heightWeightData.txt"));
            return lines.stream().filter(line -> !line.isBlank()).map(line -> {
                String[] fields = line.split(",");
                return new double[] {Double.parseDouble(fields[1].trim()), Double.parseDouble(fields[2].trim())};
            }).toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[][] firstRows(double[][] rows, int count) {
        double[][] first = new double[count][];
        System.arraycopy(rows, 0, first, 0, count);
        return first;
    }

    static Moments moments(double[][] rows) {
        Moments moments = new Moments(rows[0].length);
        for (double[] row : rows) {
            moments.add(row);
        }
        return moments;
    }

    /** 10×10 positive-definite AAᵀ + I with A_ij = ((7i + 3j) mod 11 - 5)/5; mirrored in the Python comments. */
    static double[][] cov10() {
        int d = 10;
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                a[i][j] = ((7 * i + 3 * j) % 11 - 5) / 5.0;
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    cov[i][j] += a[i][k] * a[j][k];
                }
            }
            cov[i][i] += 1;
        }
        return cov;
    }

    public static void assertClose(double expected, double actual, double relative) {
        assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)));
    }

    public static void assertClose(double[] expected, double[] actual, double relative) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], relative);
        }
    }

    public static void assertClose(double[][] expected, double[][] actual, double relative) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], relative);
        }
    }
}
