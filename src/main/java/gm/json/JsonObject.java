package gm.json;

import java.util.List;

/** Writes one JSON object on one line, members in the order they are put. */
public final class JsonObject {

    private final StringBuilder text = new StringBuilder("{");

    /** A member whose value is already JSON text. */
    public JsonObject raw(String name, String json) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append(Json.string(name)).append(':').append(json);
        return this;
    }

    public JsonObject put(String name, String value) {
        return raw(name, value == null ? "null" : Json.string(value));
    }

    public JsonObject put(String name, double value) {
        return raw(name, Json.number(value));
    }

    public JsonObject put(String name, long value) {
        return raw(name, Long.toString(value));
    }

    public JsonObject put(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    public JsonObject put(String name, double[] values) {
        return raw(name, Json.numbers(values));
    }

    public JsonObject put(String name, double[][] rows) {
        return raw(name, Json.matrix(rows));
    }

    public JsonObject put(String name, List<String> values) {
        return raw(name, Json.strings(values));
    }

    public JsonObject put(String name, JsonObject value) {
        return raw(name, value.toString());
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
