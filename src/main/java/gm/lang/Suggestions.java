package gm.lang;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean ...?" hints: the closest known name by edit distance, if it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> isPlausibleTypo(word, candidate))
                .min(Comparator.comparingInt((String candidate) -> distance(word.toLowerCase(), candidate.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A hint naming the closest candidate, or else listing the candidates when there are few. */
    public static String hint(String word, Collection<String> candidates, String kind) {
        Optional<String> closest = closest(word, candidates);
        if (closest.isPresent()) {
            return "did you mean '" + closest.get() + "'?";
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> sorted = candidates.stream().sorted().toList();
        return sorted.size() <= 12 ? kind + ": " + String.join(", ", sorted) : null;
    }

    private static boolean isPlausibleTypo(String word, String candidate) {
        int shorter = Math.min(word.length(), candidate.length());
        int allowed = shorter <= 3 ? 1 : Math.max(2, shorter / 3);
        int distance = distance(word.toLowerCase(), candidate.toLowerCase());
        return distance <= allowed && distance < shorter;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
