package gm.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of byte ranges, made once per distinct text: labels repeat on every row, and looking their bytes up
 * costs less than making a string each time. One per thread, kept from chunk to chunk: a chunk that started with no
 * texts would take the path of a new text on its first rows, and a path taken only at chunk starts makes the compiler
 * throw its code away. Holds at most {@value #CAPACITY} texts, and starts over when a new one finds it full, so that
 * the texts of a file read long ago (by a thread that lives as long as the session) do not keep those of the next
 * file out.
 */
final class TextKeys {
    static final int CAPACITY = 4096;

    private static final ThreadLocal<TextKeys> PER_THREAD = ThreadLocal.withInitial(TextKeys::new);

    static TextKeys ofThisThread() {
        return PER_THREAD.get();
    }

    private byte[][] keys = new byte[64][];
    private String[] texts = new String[64];
    private int size;

    /** The text of ASCII bytes [from, to). */
    String ascii(byte[] b, int from, int to) {
        int slot = slot(keys, b, from, to);
        if (keys[slot] != null) {
            return texts[slot];
        }
        String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        if (size >= CAPACITY) {
            keys = new byte[64][];
            texts = new String[64];
            size = 0;
            slot = slot(keys, b, from, to);
        }
        keys[slot] = Arrays.copyOfRange(b, from, to);
        texts[slot] = text;
        if (++size * 2 > keys.length) {
            grow();
        }
        return text;
    }

    /** The slot holding these bytes, or the empty slot where they would go. */
    private static int slot(byte[][] table, byte[] b, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + b[i];
        }
        hash ^= hash >>> 16;
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != null && !Arrays.equals(table[slot], 0, table[slot].length, b, from, to)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        byte[][] grownKeys = new byte[keys.length * 2][];
        String[] grownTexts = new String[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                int slot = slot(grownKeys, keys[i], 0, keys[i].length);
                grownKeys[slot] = keys[i];
                grownTexts[slot] = texts[i];
            }
        }
        keys = grownKeys;
        texts = grownTexts;
    }
}
