package gm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private final NumericColumn height = NumericColumn.of("Height", new double[] {60, 70, 65});
    private final NumericColumn weight = NumericColumn.of("Weight", new double[] {110, 180, 140});
    private final CategoricalColumn sex = CategoricalColumn.of("Sex", new String[] {"f", "m", "f"});
    private final Dataset d = Dataset.of(List.of(sex, height, weight));

    @Test
    void basics() {
        assertEquals(List.of("Sex", "Height", "Weight"), d.names());
        assertEquals(3, d.rowCount());
        assertEquals(3, d.columnCount());
        assertSame(height, d.column("Height").orElseThrow());
        assertTrue(d.column("height").isEmpty()); // case-sensitive
        assertEquals(0, Dataset.of(List.of()).rowCount());
    }

    @Test
    void ofCopiesTheList() {
        List<Column> cols = new ArrayList<>(List.of(height));
        Dataset x = Dataset.of(cols);
        cols.add(weight);
        assertEquals(1, x.columnCount());
        assertThrows(UnsupportedOperationException.class, () -> x.columns().add(weight));
    }

    @Test
    void ofValidates() {
        DataException sizes = assertThrows(DataException.class,
                () -> Dataset.of(List.of(height, NumericColumn.of("z", new double[] {1}))));
        assertEquals("column 'z' has 1 row but column 'Height' has 3", sizes.getMessage());
        DataException dup = assertThrows(DataException.class,
                () -> Dataset.of(List.of(height, weight, height.rename("Weight"))));
        assertEquals("duplicate column name 'Weight' (columns 2 and 3)", dup.getMessage());
    }

    @Test
    void select() {
        Dataset s = d.select(List.of("Weight", "Sex"));
        assertEquals(List.of("Weight", "Sex"), s.names());
        DataException e = assertThrows(DataException.class, () -> d.select(List.of("Hieght")));
        assertEquals("no column named 'Hieght'", e.getMessage());
        assertEquals("did you mean 'Height'?", e.hint());
        DataException f = assertThrows(DataException.class, () -> d.select(List.of("weight")));
        assertEquals("did you mean 'Weight'?", f.hint());
        DataException g = assertThrows(DataException.class, () -> d.select(List.of("GPA")));
        assertEquals("the columns are Sex, Height, Weight", g.hint());
        assertThrows(DataException.class, () -> d.select(List.of("Sex", "Sex")));
    }

    @Test
    void filter() {
        Dataset f = d.filter(new boolean[] {true, false, true});
        assertEquals(2, f.rowCount());
        assertEquals(65.0, ((NumericColumn) f.require("Height")).get(1));
        assertEquals("f", ((CategoricalColumn) f.require("Sex")).get(1));
        DataException e = assertThrows(DataException.class, () -> d.filter(new boolean[] {true}));
        assertEquals("the row filter has 1 entries but there are 3 rows", e.getMessage());
    }

    @Test
    void withColumn() {
        NumericColumn bmi = NumericColumn.of("BMI", new double[] {21, 25, 23});
        Dataset a = d.withColumn(bmi);
        assertEquals(List.of("Sex", "Height", "Weight", "BMI"), a.names());
        Dataset r = d.withColumn(NumericColumn.of("Height", new double[] {1, 2, 3}));
        assertEquals(List.of("Sex", "Height", "Weight"), r.names());
        assertEquals(2.0, ((NumericColumn) r.require("Height")).get(1));
        assertEquals(60.0, ((NumericColumn) d.require("Height")).get(0)); // original unchanged
        DataException e = assertThrows(DataException.class,
                () -> d.withColumn(NumericColumn.of("z", new double[] {1})));
        assertEquals("column 'z' has 1 row but the data has 3", e.getMessage());
        assertEquals(1, Dataset.of(List.of()).withColumn(NumericColumn.of("z", new double[] {1})).rowCount());
    }
}
