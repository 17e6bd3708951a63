package gm.json;

/** Text that is not the JSON expected: the message says what is wrong and where. */
public final class JsonException extends RuntimeException {

    public JsonException(String message) {
        super(message);
    }
}
