package gm.data;

import java.util.Arrays;

/**
 * Puts chosen order statistics of an array in place, as sorting it would (in {@link Arrays#sort(double[])}'s order,
 * -0.0 before 0.0), in linear expected time: describe needs five to eight of them, not the whole order. Each selection
 * partitions around a median of three; one that keeps taking too many rounds sorts its part instead, so the time is
 * never worse than a sort's.
 */
final class OrderStatistics {
    private OrderStatistics() {
    }

    /**
     * Reorders {@code a} so that {@code a[k]} is what a sorted copy holds at k, for every k in {@code ranks} (which
     * must be ascending).
     */
    static void select(double[] a, int[] ranks) {
        select(a, ranks, 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 4);
    }

    /** {@link #select(double[], int[])} sorting the part left after {@code rounds} partitions of each selection. */
    static void select(double[] a, int[] ranks, int rounds) {
        int from = 0;
        for (int k : ranks) {
            if (k >= from) {
                selectIn(a, from, a.length, k, rounds);
                from = k + 1;
            }
        }
    }

    /** a[k] becomes the k-th smallest of a[from, to), with no larger value before it and no smaller one after it. */
    private static void selectIn(double[] a, int from, int to, int k, int rounds) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            if (rounds-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (Double.compare(a[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(a[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] (if any) equal the pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double x, double y, double z) {
        if (Double.compare(x, y) > 0) {
            double t = x;
            x = y;
            y = t;
        }
        if (Double.compare(y, z) > 0) {
            y = z;
        }
        return Double.compare(x, y) > 0 ? x : y;
    }
}
