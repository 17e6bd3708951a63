package gm.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The named values and settings of one REPL session or script run. */
public final class Session {

    public static final int DEFAULT_DIGITS = 6;

    private final Map<String, Value> variables = new LinkedHashMap<>();
    private int digits = DEFAULT_DIGITS;

    public Optional<Value> get(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public void set(String name, Value value) {
        variables.put(name, value);
    }

    public Map<String, Value> variables() {
        return Collections.unmodifiableMap(variables);
    }

    public int digits() {
        return digits;
    }

    void digits(int digits) {
        this.digits = digits;
    }
}
