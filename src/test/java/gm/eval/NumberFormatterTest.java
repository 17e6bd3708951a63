package gm.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected texts are the values rounded by hand to the stated significant digits; exponents are written as R writes them (1e+15). */
class NumberFormatterTest {

    @Test
    void sixSignificantDigitsByDefault() {
        NumberFormatter f = new NumberFormatter(6);
        assertEquals("67.3619", f.format(67.36190476190476));
        assertEquals("0.717004", f.format(0.71700402));
        assertEquals("1565.39", f.format(1565.3939112896464));
        assertEquals("-1565.39", f.format(-1565.3939112896464));
        assertEquals("210", f.format(210));
        assertEquals("1e+15", f.format(1e15));
        assertEquals("1.23457e-07", f.format(1.23456789e-7));
        assertEquals("0.0001", f.format(1e-4));
        assertEquals("NaN", f.format(Double.NaN));
        assertEquals("-Inf", f.format(Double.NEGATIVE_INFINITY));
        assertEquals("0", f.format(-0.0));
    }

    @Test
    void seventeenDigitsShowTheDoubleExactly() {
        NumberFormatter f = new NumberFormatter(17);
        assertEquals("0.10000000000000001", f.format(0.1));
        assertEquals("1.4142135623730951", f.format(Math.sqrt(2)));
        assertEquals(0.1, Double.parseDouble(f.format(0.1)));
    }
}
