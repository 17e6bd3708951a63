package gm.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Summary of a categorical column: sorted levels and their counts. */
public record CategoricalSummary(String name, int n, int missing, List<String> levels, int[] counts) {
    public CategoricalSummary {
        levels = List.copyOf(levels);
        counts = counts.clone();
        if (levels.size() != counts.length) {
            throw new IllegalArgumentException(levels.size() + " levels but " + counts.length + " counts");
        }
    }

    /** A copy of the counts, in the order of {@link #levels()}. */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalSummary s && name.equals(s.name) && n == s.n && missing == s.missing
                && levels.equals(s.levels) && Arrays.equals(counts, s.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, n, missing, levels, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "CategoricalSummary[name=" + name + ", n=" + n + ", missing=" + missing + ", levels=" + levels
                + ", counts=" + Arrays.toString(counts) + "]";
    }
}
