package gm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The selected order statistics are those of a sorted copy, to the bit (so -0.0 comes before 0.0). */
class OrderStatisticsTest {

    private static void check(double[] values, int[] ranks, String what) {
        check(values, ranks, -1, what);
    }

    /** rounds -1: the default budget of partitions. */
    private static void check(double[] values, int[] ranks, int rounds, String what) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] selected = values.clone();
        if (rounds < 0) {
            OrderStatistics.select(selected, ranks);
        } else {
            OrderStatistics.select(selected, ranks, rounds);
        }
        for (int k : ranks) {
            assertEquals(Double.doubleToRawLongBits(sorted[k]), Double.doubleToRawLongBits(selected[k]),
                    what + ", rank " + k + " of " + values.length + ": " + sorted[k] + " vs " + selected[k]);
        }
        double[] again = selected.clone();
        Arrays.sort(again);
        assertEquals(Arrays.toString(sorted), Arrays.toString(again), what + ": the same values, reordered");
    }

    private static int[] randomRanks(Random random, int n) {
        TreeSet<Integer> ranks = new TreeSet<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            ranks.add(random.nextInt(n));
        }
        return ranks.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void randomArraysWithTiesZerosAndInfinities() {
        Random random = new Random(17);
        double[] specials = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0};
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + random.nextInt(trial < 2000 ? 40 : 5000);
            double[] values = new double[n];
            int kinds = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                values[i] = switch (kinds) {
                    case 0 -> random.nextGaussian();
                    case 1 -> random.nextInt(3);                       // many ties
                    case 2 -> specials[random.nextInt(specials.length)];
                    default -> random.nextBoolean() ? random.nextGaussian() * 1e300 : -0.0;
                };
            }
            int[] ranks = randomRanks(random, n);
            check(values, ranks, "trial " + trial);
            // a selection that runs out of partitions sorts what is left; after none, one or two of them
            check(values, ranks, trial % 3, "trial " + trial + ", sorting after " + trial % 3 + " partitions");
        }
    }

    @Test
    void orderedAndConstantArrays() {
        int n = 100_000;
        double[] ascending = new double[n];
        double[] descending = new double[n];
        double[] organPipe = new double[n];
        double[] constant = new double[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            descending[i] = n - i;
            organPipe[i] = Math.min(i, n - i);
            constant[i] = 7;
        }
        int[] quartiles = {0, 24_999, 25_000, 49_999, 50_000, 74_999, 75_000, n - 1};
        check(ascending, quartiles, "ascending");
        check(descending, quartiles, "descending");
        check(organPipe, quartiles, "organ pipe");
        check(constant, quartiles, "constant");
    }
}
