package gm.eval;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.io.IOException;
import java.nio.file.Path;
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
    /** The folder every file read or written must lie in (links resolved), or null for no sandbox. */
    private final Path sandbox;

    public Session() {
        this.sandbox = null;
    }

    private Session(Path sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * A session whose scripts may read and write files only inside the folder.
     *
     * @throws IOException if the folder does not exist
     */
    public static Session sandboxedIn(Path folder) throws IOException {
        return new Session(folder.toRealPath());
    }

    public Optional<Path> sandbox() {
        return Optional.ofNullable(sandbox);
    }

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
