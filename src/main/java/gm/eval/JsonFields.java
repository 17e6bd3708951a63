package gm.eval;

import gm.json.JsonException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The members of a JSON object read from a model file, with messages that name the member that is wrong. */
final class JsonFields {

    private final Map<?, ?> members;
    private final String where;

    private JsonFields(Map<?, ?> members, String where) {
        this.members = members;
        this.where = where;
    }

    static JsonFields of(Object value, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new JsonException(where + " must be a JSON object");
        }
        return new JsonFields(map, where);
    }

    boolean has(String name) {
        return members.get(name) != null;
    }

    private Object get(String name) {
        if (!members.containsKey(name)) {
            throw new JsonException(where + " has no member '" + name + "'");
        }
        return members.get(name);
    }

    private JsonException wrong(String name, String expected) {
        return new JsonException("'" + name + "' of " + where + " must be " + expected);
    }

    String string(String name) {
        if (get(name) instanceof String s) {
            return s;
        }
        throw wrong(name, "a string");
    }

    boolean bool(String name) {
        if (get(name) instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true or false");
    }

    double number(String name) {
        return number(get(name)).orElseThrow(() -> wrong(name, "a number"));
    }

    /** A whole number of at least 0 (a count of rows). */
    long count(String name) {
        double value = number(name);
        if (!(value >= 0 && value <= 1e15 && value == Math.rint(value))) {
            throw wrong(name, "a whole number of at least 0");
        }
        return (long) value;
    }

    double[] numbers(String name) {
        return numbers(get(name)).orElseThrow(() -> wrong(name, "an array of numbers"));
    }

    double[][] matrix(String name) {
        if (get(name) instanceof List<?> rows) {
            double[][] matrix = new double[rows.size()][];
            for (int i = 0; i < matrix.length; i++) {
                matrix[i] = numbers(rows.get(i)).orElseThrow(() -> wrong(name, "an array of rows of numbers"));
            }
            return matrix;
        }
        throw wrong(name, "an array of rows of numbers");
    }

    List<String> strings(String name) {
        if (get(name) instanceof List<?> items && items.stream().allMatch(item -> item instanceof String)) {
            return items.stream().map(String.class::cast).toList();
        }
        throw wrong(name, "an array of strings");
    }

    JsonFields object(String name) {
        return of(get(name), "'" + name + "' of " + where);
    }

    List<JsonFields> objects(String name) {
        if (get(name) instanceof List<?> items) {
            List<JsonFields> objects = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                objects.add(of(items.get(i), "element " + (i + 1) + " of '" + name + "' of " + where));
            }
            return objects;
        }
        throw wrong(name, "an array of objects");
    }

    /** A JSON number, or one of the strings gm writes for the values JSON lacks. */
    private static Optional<Double> number(Object value) {
        if (value instanceof Double d) {
            return Optional.of(d);
        }
        if (value instanceof String s) {
            return switch (s) {
                case "NaN" -> Optional.of(Double.NaN);
                case "Infinity" -> Optional.of(Double.POSITIVE_INFINITY);
                case "-Infinity" -> Optional.of(Double.NEGATIVE_INFINITY);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static Optional<double[]> numbers(Object value) {
        if (!(value instanceof List<?> items)) {
            return Optional.empty();
        }
        double[] numbers = new double[items.size()];
        for (int i = 0; i < numbers.length; i++) {
            Optional<Double> number = number(items.get(i));
            if (number.isEmpty()) {
                return Optional.empty();
            }
            numbers[i] = number.get();
        }
        return Optional.of(numbers);
    }
}
