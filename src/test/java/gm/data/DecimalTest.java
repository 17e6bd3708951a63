package gm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalTest {

    private static double delta(String text, String origin) {
        return Decimal.parse(text).minus(Decimal.parse(origin));
    }

    @Test
    void syntax() {
        for (String s : new String[] {"0", "-0", "+1", "1.", ".5", "-.5e-3", "1E+05", "007", " 3 ", "inf", "-Inf",
            "+INFINITY", "1e0000000000000000000001"}) {
            assertNotNull(Decimal.parse(s), s);
        }
        for (String s : new String[] {"", " ", "-", "+", ".", "e1", "1e", "1e+", "0x1p3", "1d", "1f", "NaN", "nan",
            "1,5", "1 5", "--1", "1..2", "infinite", "∞", "١"}) {
            assertNull(Decimal.parse(s), s);
        }
    }

    @Test
    void valuesAreCorrectlyRounded() {
        // expected: Double.parseDouble of the same text (the JDK's correctly rounded conversion)
        for (String s : new String[] {"0.1", "1e-300", "1.5E+3", "-0.25", "123456789012345678901234567890",
            "2.2250738585072011e-308", "4.9e-324", "1.7976931348623157e308", "9007199254740993"}) {
            assertEquals(Double.parseDouble(s), Decimal.parse(s).value, s);
        }
        // beyond 10^±1000: zero or infinite, like Double.parseDouble
        assertEquals(0.0, Decimal.parse("1e-5000").value);
        assertEquals(Double.NEGATIVE_INFINITY, Decimal.parse("-1e5000").value);
        assertEquals(Double.POSITIVE_INFINITY, Decimal.parse("1e99999999999999999999999").value);
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Decimal.parse("-0.000").value));
    }

    @Test
    void exactDeltas() {
        // Expected values from python: float(Decimal(t) - Decimal(o)) with getcontext().prec = 5000
        assertEquals(0.0, delta("1.5E+3", "1.5E+3"));
        assertEquals(-1500.25, delta("-0.25", "1.5E+3"));
        assertEquals(-1500.0, delta("1e-300", "1.5E+3"));
        assertEquals(1.2345678901234568e+29, delta("123456789012345678901234567890", "1.5E+3"));
        assertEquals(-1499.9, delta("0.1", "1.5E+3"));
        assertEquals(-1.2345678901236068e+16, delta("-12345678901234567", "1.5E+3"));
        assertEquals(-1499.9995, delta("+.5e-3", "1.5E+3"));
        assertEquals(-1493.0, delta("7.", "1.5E+3"));
        // 10000000.3 - 10000000.2 is exactly 0.1; in doubles it is 0.10000000149011612
        assertEquals(0.1, delta("10000000.3", "10000000.2"));
        assertEquals(-0.1, delta("10000000.1", "10000000.2"));
        assertEquals(0.10000000149011612, 10000000.3 - 10000000.2);
        // 2^53 + 1 - 0.1 = 9007199254740992.9 rounds to 2^53 (the next double up is 2^53 + 2)
        assertEquals(9007199254740992.0, delta("9007199254740993", "0.1"));
        assertEquals(0.25, delta("123456789012345678901234567890.5", "123456789012345678901234567890.25"));
        assertEquals(1e-320, delta("1e-320", "0"));
        assertEquals(0.0, delta("2.5e-400", "1e-400")); // 1.5e-400 underflows
        assertEquals(0.2, delta("0.30000000000000001", "0.1"));
        assertEquals(1e22, delta("1e22", "1"));
        assertEquals(1e23, delta("1e23", "0"));
        assertEquals(0.023456789, delta("1234567890.123456789", "1234567890.1"));
        // infinities and extreme magnitudes: difference of the doubles
        assertEquals(Double.POSITIVE_INFINITY, delta("inf", "3"));
        assertEquals(-3.0, delta("1e-5000", "3"));
    }

    @Test
    void fastPathAgreesWithBigDecimal() {
        // The long/power-of-ten fast path must give the same double as an exact BigDecimal subtraction of the
        // texts (java.math.BigDecimal parses the text itself here, independently of Decimal.parse).
        Random rnd = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            String a = randomNumber(rnd);
            String b = randomNumber(rnd);
            double expected = new BigDecimal(a).subtract(new BigDecimal(b)).doubleValue();
            Decimal da = Decimal.parse(a);
            Decimal db = Decimal.parse(b);
            assertEquals(expected, da.minus(db), a + " - " + b);
            assertEquals(expected, da.minusExactSlow(db), a + " - " + b);
            assertEquals(Double.parseDouble(a), da.value, a);
        }
    }

    private static String randomNumber(Random rnd) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(3) == 0) {
            sb.append('-');
        }
        int intDigits = rnd.nextInt(12);
        int fracDigits = rnd.nextInt(12);
        if (intDigits + fracDigits == 0) {
            intDigits = 1;
        }
        for (int i = 0; i < intDigits; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        if (fracDigits > 0) {
            sb.append('.');
            for (int i = 0; i < fracDigits; i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
        }
        if (rnd.nextInt(4) == 0) {
            sb.append('e').append(rnd.nextInt(41) - 20);
        }
        return sb.toString();
    }
}
