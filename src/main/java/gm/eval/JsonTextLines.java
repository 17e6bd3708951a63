package gm.eval;

import gm.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** In JSON mode, every line of text output (notes, tables, help) becomes one {"type": "text", "text": ...} object. */
final class JsonTextLines extends OutputStream {

    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    JsonTextLines(PrintStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
        }
    }

    /** A partial line is written out too, so text and values keep their order. */
    @Override
    public void flush() {
        if (line.size() > 0) {
            emit();
        }
        target.flush();
    }

    private void emit() {
        target.println(new JsonObject().put("type", "text").put("text", line.toString(StandardCharsets.UTF_8)));
        line.reset();
    }
}
