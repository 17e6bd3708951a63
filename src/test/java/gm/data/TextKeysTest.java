package gm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Texts of byte ranges are made once per distinct text, also after the table has been full. */
class TextKeysTest {

    private static String lookUp(TextKeys keys, String text) {
        byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.ISO_8859_1);
        return keys.ascii(bytes, 1, bytes.length - 1);
    }

    @Test
    void sameBytesGiveTheSameString() {
        TextKeys keys = new TextKeys();
        String first = lookUp(keys, "label");
        assertEquals("label", first);
        assertSame(first, lookUp(keys, "label"));
        assertEquals("", lookUp(keys, ""));
    }

    @Test
    void startsOverWhenFull() {
        TextKeys keys = new TextKeys();
        for (int i = 0; i < TextKeys.CAPACITY + 10; i++) {
            assertEquals("id" + i, lookUp(keys, "id" + i));
        }
        String late = lookUp(keys, "late");
        assertSame(late, lookUp(keys, "late"), "a text met after the table was full is still made once");
        assertEquals("id3", lookUp(keys, "id3"));
    }
}
