package gm.data;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The texts that mean "missing": the defaults and the file's extra markers, compared after stripping. */
final class MissingMarkers {
    private final Set<String> texts = new HashSet<>();
    private final byte[][] bytes;
    /** Whether some marker starts with this byte (indexed by the byte's unsigned value). */
    private final boolean[] firstBytes = new boolean[256];
    private final boolean hasNumber;

    MissingMarkers(List<String> extra) {
        texts.addAll(LoadOptions.DEFAULT_MISSING_MARKERS);
        for (String marker : extra) {
            texts.add(marker.strip());
        }
        bytes = texts.stream().filter(t -> !t.isEmpty()).map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        boolean numeric = false;
        for (byte[] marker : bytes) {
            firstBytes[marker[0] & 0xff] = true;
            numeric |= new FieldNumber().parse(marker, 0, marker.length);
        }
        hasNumber = numeric;
    }

    /** Whether some marker is also a number (a field that reads as a number may then be missing). */
    boolean hasNumber() {
        return hasNumber;
    }

    Set<String> texts() {
        return texts;
    }

    /** Whether the trimmed bytes [from, to) are a marker (the empty field is). */
    boolean matches(byte[] b, int from, int to) {
        if (from == to) {
            return true;
        }
        if (!firstBytes[b[from] & 0xff]) {
            return false;
        }
        for (byte[] marker : bytes) {
            if (java.util.Arrays.equals(marker, 0, marker.length, b, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text, once stripped, is a marker. */
    boolean matches(String text) {
        return texts.contains(text.strip());
    }
}
