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

    /** A number as the language prints it when whole ("0", "-3"), else Java's shortest exact form ("0.25", "1.0E-9"). */
    public static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
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
