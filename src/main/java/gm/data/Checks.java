package gm.data;

import java.util.List;
import java.util.Locale;

/** Argument checks and message helpers shared by the package. */
final class Checks {
    private Checks() {
    }

    /** Checks a filter mask against a row count and returns the number of rows it keeps. */
    static int mask(boolean[] keep, int size) {
        if (keep == null) {
            throw new DataException("the row filter is missing");
        }
        if (keep.length != size) {
            throw new DataException("the row filter has " + keep.length + " entries but there are " + size + " rows");
        }
        int n = 0;
        for (boolean k : keep) {
            if (k) {
                n++;
            }
        }
        return n;
    }

    /** Checks that a column name is usable (not null, not blank). */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new DataException("a column name must not be empty");
        }
        return name;
    }

    /**
     * The candidate most like {@code wanted}, or null: a case-insensitive match first, else the closest
     * by edit distance if it is within a third of the length (at least 1, at most 3 edits).
     */
    static String closest(String wanted, List<String> candidates) {
        for (String c : candidates) {
            if (c.equalsIgnoreCase(wanted)) {
                return c;
            }
        }
        String best = null;
        int bestDistance = Math.min(3, Math.max(1, wanted.length() / 3)) + 1;
        String w = wanted.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = editDistance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** "1 field" / "3 fields". */
    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
