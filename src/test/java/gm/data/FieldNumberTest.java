package gm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level number reader against the JDK and exact decimal arithmetic: every value must be the double that
 * {@link Double#parseDouble} gives (the JDK's correctly rounded conversion), and every delta the difference computed
 * exactly by {@link java.math.BigDecimal} and rounded once ({@link Decimal#minusExactSlow}).
 */
class FieldNumberTest {

    private static boolean parse(FieldNumber number, String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return number.parse(b, 0, b.length);
    }

    private static void agrees(String text, Decimal origin) {
        FieldNumber number = new FieldNumber();
        assertTrue(parse(number, text), text);
        double expected = Double.parseDouble(text.replaceAll("(?i)inf(inity)?", "Infinity"));
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(number.value()), text);
        Decimal exact = Decimal.parse(text);
        long difference = Double.doubleToLongBits(exact.minusExactSlow(origin));
        assertEquals(difference, Double.doubleToLongBits(number.minus(origin)), text + " - " + origin.value);
        assertEquals(difference, Double.doubleToLongBits(number.minus(new Origin(origin))),
                text + " - " + origin.value + " (scaled origin)");
        // scanned where it stands in a record, near its end or not (words of 8 bytes are read where 17 are left): the
        // same number when the plain form takes it, else left to parse
        for (String rest : new String[] {",7\n", ",x,12345678901234567890\n", "\t2.5e-3\r\n1,2,3,4,5,6,7,8,9"}) {
            byte[] record = (text + rest).getBytes(StandardCharsets.ISO_8859_1);
            FieldNumber scanned = new FieldNumber();
            int end = scanned.scan(record, 0, record.length);
            if (end >= 0) {
                assertEquals(text.length(), end, text);
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(scanned.value()), text);
                assertEquals(difference, Double.doubleToLongBits(scanned.minus(new Origin(origin))), text);
            }
        }
    }

    @Test
    void trickyNumbers() {
        String[] tricky = {
            "0", "-0", "+0.000", "1", "-1", "0.1", "0.3", "1.", ".5", "-.5e-3", "1E+05", "007", "1e22", "1e23", "1e-22",
            "9007199254740992", "9007199254740993", "9007199254740995", "-9007199254740993", "900719925474099.3",
            "123456789012345678", "1234567890123456789", "12345678901234567890123", "0.30000000000000004",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "5e-324", "1e-400", "1.7976931348623157e308", "1.7976931348623158e308",
            "1.7976931348623159e308", "1e309", "-1e400", "inf", "-Infinity", "+INF",
            // halfway between two doubles, to be rounded to even
            "9007199254740993.0", "4503599627370496.5", "4503599627370497.5", "1.00000000000000011102230246251565",
            "0.000000000000000000001234", "1.5e-7", "123.456e-2", "-8.98846567431158e307", "1e0000000000000000000001",
            "10000000.3", "10000000.1", "-0.0123456", "12.3456",
        };
        Decimal[] origins = {Decimal.parse("0"), Decimal.parse("10000000.2"), Decimal.parse("-1.10144"),
            Decimal.parse("1e-300"), Decimal.parse("123456789012345678901234567890.25"), Decimal.ZERO};
        for (String text : tricky) {
            for (Decimal origin : origins) {
                agrees(text, origin);
            }
        }
    }

    /** Texts that start like a number but are not one, or not only one, in the short and the long reading. */
    @Test
    void notPlainNumbers() {
        String[] texts = {"-", "+", ".", "-.", "1.2.3", "1e", "1e+", "--1", "1-2", "abc", "", ".e5", "1.5x"};
        for (String text : texts) {
            for (String rest : new String[] {"", ",0123456789012345678"}) {
                byte[] record = (text + rest).getBytes(StandardCharsets.ISO_8859_1);
                FieldNumber number = new FieldNumber();
                int end = number.scan(record, 0, record.length);
                boolean whole = end == text.length() && number.parse(record, 0, text.length());
                assertEquals(Decimal.parse(text) != null, whole, "'" + text + "' followed by '" + rest + "'");
            }
        }
    }

    @Test
    void randomNumbers() {
        Random random = new Random(6);
        Decimal[] origins = {Decimal.parse("1.23456"), Decimal.parse("-987654.321"), Decimal.parse("5e-20")};
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                text.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + random.nextInt(i % 3 == 0 ? 25 : 17);
            int point = random.nextInt(digits + 1);
            for (int k = 0; k < digits; k++) {
                if (k == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) == 0) {
                text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(700) - 350);
            }
            agrees(text.toString(), origins[i % origins.length]);
        }
    }

    @Test
    void sameSyntaxAsDecimal() {
        FieldNumber number = new FieldNumber();
        for (String s : new String[] {"", "-", "+", ".", "e1", "1e", "1e+", "0x1p3", "1d", "1f", "NaN", "nan", "1,5",
            "--1", "1..2", "infinite", "1e5.5", "1.2.3", "in", "+-1", "1e--1", "abc"}) {
            assertFalse(parse(number, s), s);
            assertEquals(null, Decimal.parse(s), s);
        }
    }
}
