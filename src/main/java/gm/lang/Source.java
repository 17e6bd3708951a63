package gm.lang;

import java.nio.file.Path;

/**
 * A text to run, with the name shown in messages and the folder that relative file paths in it are resolved against
 * (the script's folder, or the working folder for the REPL and {@code -e}).
 */
public record Source(String name, String text, Path folder) {

    /** The text of the 1-based line, without its line terminator; empty past the end. */
    public String line(int number) {
        String[] lines = text.split("\r?\n", -1);
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }
}
