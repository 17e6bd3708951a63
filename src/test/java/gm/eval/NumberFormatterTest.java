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

    /**
     * A number with more integer digits than the significant digits shown keeps them all, rounded to an integer, as R
     * prints 12345678 and 12345678.9 (as 12345679 at its 7 digits): rounding them away (12345700) would look exact.
     */
    @Test
    void integerDigitsAreNeverRoundedAway() {
        NumberFormatter f = new NumberFormatter(6);
        assertEquals("12345678", f.format(12345678));
        assertEquals("12345679", f.format(12345678.9));
        assertEquals("-1234567", f.format(-1234567.4));
        assertEquals("123457", f.format(123456.7));
        assertEquals("1000000", f.format(999999.5));
        assertEquals("123456789012345", f.format(123456789012345.0));
    }

    @Test
    void seventeenDigitsShowTheDoubleExactly() {
        NumberFormatter f = new NumberFormatter(17);
        assertEquals("0.10000000000000001", f.format(0.1));
        assertEquals("1.4142135623730951", f.format(Math.sqrt(2)));
        assertEquals(0.1, Double.parseDouble(f.format(0.1)));
    }
}
