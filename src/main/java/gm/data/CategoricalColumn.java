package gm.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A column of strings; null marks a missing entry. */
public final class CategoricalColumn implements Column {
    private final String name;
    private final String[] values;
    private final List<String> levels;
    private final int[] counts;
    private final int missing;

    private CategoricalColumn(String name, String[] values) {
        this.name = Checks.name(name);
        this.values = values;
        Map<String, Integer> count = new HashMap<>();
        int m = 0;
        for (String v : values) {
            if (v == null) {
                m++;
            } else {
                count.merge(v, 1, Integer::sum);
            }
        }
        this.missing = m;
        List<String> sorted = new ArrayList<>(count.keySet());
        sorted.sort(levelOrder(sorted));
        this.levels = Collections.unmodifiableList(sorted);
        this.counts = new int[sorted.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count.get(sorted.get(i));
        }
    }

    /**
     * Level order: numerically if every level is a number (ties, such as "1" and "1.0", by the text),
     * else lexicographically by {@link String#compareTo}.
     */
    static Comparator<String> levelOrder(List<String> levels) {
        Map<String, Double> numbers = new HashMap<>();
        for (String l : levels) {
            Decimal d = Decimal.parse(l);
            if (d == null) {
                return Comparator.naturalOrder();
            }
            numbers.put(l, d.value);
        }
        return Comparator.<String>comparingDouble(numbers::get).thenComparing(Comparator.naturalOrder());
    }

    /** A column of the given strings (copied); null = missing. */
    public static CategoricalColumn of(String name, String[] values) {
        Objects.requireNonNull(values, "values");
        return new CategoricalColumn(name, values.clone());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return values[row] == null;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    /** The value in a row, null if missing. */
    public String get(int row) {
        return values[row];
    }

    /** Distinct non-missing values, sorted (numerically if all look numeric, else lexicographically). */
    public List<String> levels() {
        return levels;
    }

    /** How often each level occurs, in the order of {@link #levels()} (a copy). */
    public int[] counts() {
        return counts.clone();
    }

    /** A copy of the values (null = missing). */
    public String[] values() {
        return values.clone();
    }

    @Override
    public CategoricalColumn rename(String newName) {
        return new CategoricalColumn(newName, values);
    }

    @Override
    public CategoricalColumn filter(boolean[] keep) {
        int n = Checks.mask(keep, values.length);
        String[] v = new String[n];
        int j = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                v[j++] = values[i];
            }
        }
        return new CategoricalColumn(name, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalColumn c && name.equals(c.name) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", " + values.length + " rows, " + levels.size() + " levels, "
                + missing + " missing]";
    }
}
