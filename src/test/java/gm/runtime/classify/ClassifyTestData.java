package gm.runtime.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import gm.runtime.Moments;

final class ClassifyTestData {
    private ClassifyTestData() {
    }

    /** Columns gender (1 male, 2 female), height, weight of examples/data/heightWeightData.txt. */
    static double[][] heightWeightFile() {
        try {
            return Files.readAllLines(Path.of("examples/data/heightWeightData.txt")).stream()
                    .filter(line -> !line.isBlank()).map(line -> {
                        String[] fields = line.split(",");
                        return new double[] {Double.parseDouble(fields[0].trim()), Double.parseDouble(fields[1].trim()),
                                Double.parseDouble(fields[2].trim())};
                    }).toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[][] heightWeightRows() {
        return java.util.Arrays.stream(heightWeightFile()).map(r -> new double[] {r[1], r[2]}).toArray(double[][]::new);
    }

    /** 0 for male (gender 1), 1 for female (gender 2). */
    static int[] heightWeightLabels() {
        return java.util.Arrays.stream(heightWeightFile()).mapToInt(r -> (int) r[0] - 1).toArray();
    }

    /** Per-class moments of rows - origin (origin null: the rows themselves), over the rows where mask is true. */
    static List<Moments> perClass(double[][] rows, int[] labels, int classCount, double[] origin, boolean[] mask) {
        List<Moments> moments = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            moments.add(new Moments(rows[0].length));
        }
        for (int r = 0; r < rows.length; r++) {
            if (mask != null && !mask[r]) {
                continue;
            }
            double[] delta = rows[r].clone();
            for (int i = 0; origin != null && i < delta.length; i++) {
                delta[i] -= origin[i];
            }
            moments.get(labels[r]).add(delta);
        }
        return moments;
    }

    static List<Moments> perClass(double[][] rows, int[] labels, int classCount) {
        return perClass(rows, labels, classCount, null, null);
    }
}
