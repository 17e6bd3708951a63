package gm.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {
    private static final double NAN = Double.NaN;

    @Test
    void numericOfCopiesAndHasZeroOrigin() {
        double[] in = {1, NAN, 3};
        NumericColumn c = NumericColumn.of("x", in);
        in[0] = 100;
        assertEquals(1.0, c.get(0));
        assertEquals(0.0, c.origin());
        assertArrayEquals(new double[] {1, NAN, 3}, c.deltas());
        c.values()[2] = 100;
        c.deltas()[2] = 100;
        assertEquals(3.0, c.get(2));
        assertEquals(3.0, c.delta(2));
        assertEquals(3, c.size());
        assertEquals(1, c.missingCount());
        assertTrue(c.isMissing(1));
    }

    @Test
    void ofShiftedValidates() {
        NumericColumn c = NumericColumn.ofShifted("x", new double[] {10.5, NAN}, 10, new double[] {0.5, NAN});
        assertEquals(10.0, c.origin());
        assertEquals(0.5, c.delta(0));
        DataException e = assertThrows(DataException.class,
                () -> NumericColumn.ofShifted("x", new double[] {1, 2}, 0, new double[] {1}));
        assertEquals("column 'x' has 2 values but 1 deltas", e.getMessage());
        DataException f = assertThrows(DataException.class,
                () -> NumericColumn.ofShifted("x", new double[] {1, NAN}, 0, new double[] {1, 2}));
        assertEquals("column 'x' row 2 is missing in only one of values and deltas", f.getMessage());
    }

    @Test
    void ofTextUsesFirstFiniteFieldAsOrigin() {
        NumericColumn c = NumericColumn.ofText("x", new String[] {null, "-inf", "2.5", "3"});
        assertEquals(2.5, c.origin());
        assertEquals(0.5, c.delta(3));
        assertEquals(Double.NEGATIVE_INFINITY, c.delta(1));
        assertTrue(c.isMissing(0));
        DataException e = assertThrows(DataException.class, () -> NumericColumn.ofText("x", new String[] {"a"}));
        assertEquals("'a' in column 'x' is not a number", e.getMessage());
    }

    @Test
    void renameAndFilter() {
        NumericColumn c = NumericColumn.ofText("x", new String[] {"10000000.2", "10000000.1", null, "10000000.3"});
        NumericColumn r = c.rename("y");
        assertEquals("y", r.name());
        assertEquals("x", c.name());
        NumericColumn f = c.filter(new boolean[] {false, true, true, true});
        assertEquals(3, f.size());
        assertEquals(1, f.missingCount());
        assertEquals(10000000.2, f.origin()); // deltas stay relative to the original origin
        assertArrayEquals(new double[] {-0.1, NAN, 0.1}, f.deltas());
        DataException e = assertThrows(DataException.class, () -> c.filter(new boolean[] {true}));
        assertEquals("the row filter has 1 entries but there are 4 rows", e.getMessage());
        assertThrows(DataException.class, () -> c.rename(" "));
    }

    @Test
    void categoricalBasics() {
        String[] in = {"a", null, "b", "a"};
        CategoricalColumn c = CategoricalColumn.of("g", in);
        in[0] = "zzz";
        assertEquals("a", c.get(0));
        assertNull(c.get(1));
        assertEquals(1, c.missingCount());
        assertEquals(List.of("a", "b"), c.levels());
        assertArrayEquals(new int[] {2, 1}, c.counts());
        CategoricalColumn f = c.filter(new boolean[] {false, true, true, false});
        assertEquals(List.of("b"), f.levels());
        assertEquals(1, f.missingCount());
        assertEquals("h", c.rename("h").name());
        assertThrows(UnsupportedOperationException.class, () -> c.levels().add("c"));
    }

    @Test
    void equality() {
        assertEquals(NumericColumn.of("x", new double[] {1, NAN}), NumericColumn.of("x", new double[] {1, NAN}));
        assertNotEquals(NumericColumn.of("x", new double[] {1}), NumericColumn.of("y", new double[] {1}));
        assertEquals(CategoricalColumn.of("x", new String[] {"a", null}),
                CategoricalColumn.of("x", new String[] {"a", null}));
    }
}
