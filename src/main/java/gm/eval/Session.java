package gm.eval;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The named values and settings of one REPL session or script run. */
public final class Session {

    public static final int DEFAULT_DIGITS = 6;

    private final Map<String, Value> variables = new LinkedHashMap<>();
    private int digits = DEFAULT_DIGITS;
    /** The one source of random draws; seeded from the clock until a {@code seed} statement. */
    private RandomGenerator random = new Well19937c();

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

    RandomGenerator random() {
        return random;
    }

    void seed(long seed) {
        random = new Well19937c(seed);
    }
}
