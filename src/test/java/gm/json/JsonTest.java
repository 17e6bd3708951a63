package gm.json;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    private static void assertRoundTrip(double value) {
        String text = Json.number(value);
        Object read = JsonReader.parse(text);
        double back = read instanceof String s ? switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            default -> Double.NEGATIVE_INFINITY;
        } : (Double) read;
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(back), value + " written as " + text);
    }

    @Test
    void doublesReadBackBitIdentical() {
        Random random = new Random(20240801);
        for (int i = 0; i < 50_000; i++) {
            double any = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(any)) {
                assertRoundTrip(any);
            }
            assertRoundTrip(Double.longBitsToDouble(random.nextLong() & 0x000F_FFFF_FFFF_FFFFL));   // subnormal
            assertRoundTrip(random.nextGaussian() * 1000);
        }
        for (double special : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, 2e23, 1e23, 0.1, 1.0 / 3, 5e-324,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertRoundTrip(special);
        }
    }

    @Test
    void numbersAreValidJsonAndShort() {
        assertEquals("70", Json.number(70.0));
        assertEquals("0.1", Json.number(0.1));
        assertEquals("1E-5", Json.number(1e-5));
        assertEquals("-0", Json.number(-0.0));
        assertEquals("4.9E-324", Json.number(Double.MIN_VALUE));
        assertEquals("\"NaN\"", Json.number(Double.NaN));
    }

    @Test
    void stringsAndStructuresRoundTrip() {
        String tricky = "a \"quoted\" \\ back\nslash\ttab \u0001 ≈ é";
        String text = new JsonObject().put("s", tricky).put("v", new double[] {1, 2.5}).put("m", new double[][] {{1}, {2}})
                .put("names", List.of("x", "y")).put("flag", true).raw("none", "null").toString();
        Map<?, ?> read = (Map<?, ?>) JsonReader.parse(text);
        assertEquals(tricky, read.get("s"));
        assertEquals(List.of(1.0, 2.5), read.get("v"));
        assertEquals(List.of(List.of(1.0), List.of(2.0)), read.get("m"));
        assertEquals(List.of("x", "y"), read.get("names"));
        assertEquals(Boolean.TRUE, read.get("flag"));
        assertTrue(read.containsKey("none") && read.get("none") == null);
    }

    @Test
    void theReaderIsStrict() {
        for (String bad : List.of("{\"a\": 1,}", "[1, 2,]", "{\"a\": 1, \"a\": 2}", "01", "1.", ".5", "NaN", "[1] x",
                "{'a': 1}", "\"unterminated", "{\"a\" 1}", "[1 2]", "\"tab\there\"", "// comment\n1", "+1", "tru")) {
            assertThrows(JsonException.class, () -> JsonReader.parse(bad), bad);
        }
        JsonException error = assertThrows(JsonException.class, () -> JsonReader.parse("{\n  \"a\": [1, 2,]\n}"));
        assertEquals("line 2, column 14: unexpected character ']'", error.getMessage());
    }
}
