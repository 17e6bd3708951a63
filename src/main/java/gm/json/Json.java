package gm.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * The text of JSON values, as gm writes them in model files and {@code --format json} output. A number is written so
 * that {@link Double#parseDouble} reads back the same double, bit for bit; NaN and the infinities, which JSON lacks,
 * are written as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
 */
public final class Json {

    private Json() {
    }

    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        String text = Double.toString(value);
        // Java 17's Double.toString is not always the shortest text; it reads back exactly, but check rather than trust.
        if (Double.doubleToRawLongBits(Double.parseDouble(text)) != Double.doubleToRawLongBits(value)) {
            text = new BigDecimal(value).toString();
        }
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.replace(".0E", "E");
    }

    public static String string(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    public static String numbers(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(number(values[i]));
        }
        return text.append(']').toString();
    }

    public static String matrix(double[][] rows) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            text.append(i == 0 ? "" : ",").append(numbers(rows[i]));
        }
        return text.append(']').toString();
    }

    public static String strings(List<String> values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ",").append(values.get(i) == null ? "null" : string(values.get(i)));
        }
        return text.append(']').toString();
    }

    /** An array of JSON texts. */
    public static String array(List<String> jsonValues) {
        return "[" + String.join(",", jsonValues) + "]";
    }
}
