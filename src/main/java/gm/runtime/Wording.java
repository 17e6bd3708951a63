package gm.runtime;

import java.util.List;
import java.util.StringJoiner;

/** How messages name variables: "(a, b, c)" and "'a', 'b' and 'c'". */
public final class Wording {

    private Wording() {
    }

    /** "(a, b, c)" */
    public static String tuple(List<String> names) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        names.forEach(joiner::add);
        return joiner.toString();
    }

    /**
     * A number in a form the language reads back exactly: whole numbers without ".0" ("0", "-3"), others in Java's
     * shortest exact form with a plain exponent ("0.25", "1e308", "1.5e-9"), infinities as "Inf" and "-Inf".
     */
    public static String number(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf((long) x);
        }
        return String.valueOf(x).replace(".0E", "E").replace('E', 'e');
    }

    /** "'a'", "'a' and 'b'", "'a', 'b' and 'c'" */
    public static String quotedList(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                text.append(i == names.size() - 1 ? " and " : ", ");
            }
            text.append('\'').append(names.get(i)).append('\'');
        }
        return text.toString();
    }
}
