package gm.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable table: named columns of equal length. */
public final class Dataset {
    private final List<Column> columns;
    private final List<String> names;
    private final Map<String, Column> byName;
    private final int rowCount;

    private Dataset(List<Column> columns) {
        this.columns = List.copyOf(columns);
        List<String> n = new ArrayList<>();
        Map<String, Column> m = new HashMap<>();
        int rows = -1;
        for (int i = 0; i < this.columns.size(); i++) {
            Column c = this.columns.get(i);
            if (rows < 0) {
                rows = c.size();
            } else if (c.size() != rows) {
                throw new DataException("column '" + c.name() + "' has " + Checks.plural(c.size(), "row")
                        + " but column '" + this.columns.get(0).name() + "' has " + rows);
            }
            if (m.containsKey(c.name())) {
                throw new DataException("duplicate column name '" + c.name() + "' (columns "
                        + (n.indexOf(c.name()) + 1) + " and " + (i + 1) + ")");
            }
            m.put(c.name(), c);
            n.add(c.name());
        }
        this.names = List.copyOf(n);
        this.byName = m;
        this.rowCount = Math.max(rows, 0);
    }

    /**
     * A dataset of the given columns, in order.
     *
     * @throws DataException if the columns differ in size or two share a name
     */
    public static Dataset of(List<Column> columns) {
        Objects.requireNonNull(columns, "columns");
        for (Column c : columns) {
            Objects.requireNonNull(c, "column");
        }
        return new Dataset(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> names() {
        return names;
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    /** The column of that name (case-sensitive). */
    public Optional<Column> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The column of that name (case-sensitive).
     *
     * @throws DataException if there is none, with a "did you mean" hint when a name is close
     */
    public Column require(String name) {
        Column c = byName.get(name);
        if (c == null) {
            throw unknown(name);
        }
        return c;
    }

    /** The exception for an unknown column name, with a hint naming the closest column or all columns. */
    public DataException unknown(String name) {
        String close = name == null ? null : Checks.closest(name, names);
        String hint;
        if (close != null) {
            hint = "did you mean '" + close + "'?";
        } else if (names.isEmpty()) {
            hint = "the data has no columns";
        } else {
            hint = "the columns are " + String.join(", ", names);
        }
        return new DataException("no column named '" + name + "'", hint);
    }

    /**
     * The named columns, in the order given.
     *
     * @throws DataException for an unknown name or a name given twice
     */
    public Dataset select(List<String> names) {
        Objects.requireNonNull(names, "names");
        List<Column> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(require(n));
        }
        return new Dataset(out);
    }

    /** The rows whose entry in {@code keep} is true (keep.length must equal rowCount()). */
    public Dataset filter(boolean[] keep) {
        Checks.mask(keep, rowCount);
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.filter(keep));
        }
        return new Dataset(out);
    }

    /**
     * This dataset with the column replacing the one of the same name, or appended if there is none.
     *
     * @throws DataException if its size differs from rowCount() (unless the dataset has no columns)
     */
    public Dataset withColumn(Column c) {
        Objects.requireNonNull(c, "column");
        List<Column> out = new ArrayList<>(columns);
        int i = names.indexOf(c.name());
        if (i >= 0) {
            out.set(i, c);
        } else {
            out.add(c);
        }
        if (!columns.isEmpty() && c.size() != rowCount) {
            throw new DataException("column '" + c.name() + "' has " + Checks.plural(c.size(), "row")
                    + " but the data has " + rowCount);
        }
        return new Dataset(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && columns.equals(d.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "Dataset[" + rowCount + " rows, columns " + names + "]";
    }
}
