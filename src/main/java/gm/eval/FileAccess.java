package gm.eval;

import gm.lang.GmException;
import gm.lang.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place that turns a file name written in a script into a path to read or write. Relative names start at the
 * script's folder (the working folder for the REPL and {@code -e}). In a sandboxed session every path must lie inside
 * the sandbox folder once links are followed; anything else is refused before the file is touched. Statements that
 * read or write files ({@code load}, {@code plot ... to}, saving) get their paths here, and write them through
 * {@link gm.io.AtomicFile}.
 */
final class FileAccess {

    private final Path folder;
    /** The sandbox folder with its links resolved, or null when the session is not sandboxed. */
    private final Path sandbox;

    FileAccess(Path folder, Optional<Path> sandbox) {
        this.folder = folder.toAbsolutePath();
        this.sandbox = sandbox.orElse(null);
    }

    /** The file to read for a name written at the span. */
    Path forReading(String written, Span span) {
        Path path = resolve(written, span);
        return sandbox == null ? path : confined(path, written, span);
    }

    /** The file to write for a name written at the span; missing folders on the way are created. */
    Path forWriting(String written, Span span) {
        Path path = resolve(written, span);
        Path target = sandbox == null ? path : confined(path, written, span);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new GmException(span, "cannot create the folder " + parent + ": " + e.getMessage(),
                        "check that the folder above it exists and is writable");
            }
        }
        return target;
    }

    /** The path relative to the working folder when it lies inside it, so messages show what the user wrote. */
    static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(here) && !normal.equals(here) ? here.relativize(normal) : normal;
    }

    private Path resolve(String written, Span span) {
        if (written.codePoints().anyMatch(Character::isISOControl)) {
            throw new GmException(span, "the file name '" + printable(written) + "' contains a control character",
                    "file names in scripts are plain text; retype the name without it");
        }
        return folder.resolve(written);
    }

    /**
     * The path with every link resolved, refused unless it lies inside the sandbox. The part that exists is resolved
     * by the file system (so "link/.." means what the operating system makes of it); the rest cannot contain links.
     */
    private Path confined(Path path, String written, Span span) {
        Path existing = path.toAbsolutePath();
        Path rest = existing.getFileSystem().getPath("");
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            throw new GmException(span, "'" + written + "' is a link to a file that does not exist", hint());
        }
        if (!real.startsWith(sandbox)) {
            boolean throughLink = path.toAbsolutePath().normalize().startsWith(sandbox);
            throw new GmException(span, "'" + written + "' " + (throughLink ? "leads" : "is")
                    + " outside the sandbox folder " + sandbox + (throughLink ? " through a link" : ""), hint());
        }
        return real;
    }

    private String hint() {
        return "this script runs with --sandbox " + sandbox + ": it may only read and write files inside that folder";
    }

    /** The name as written, with control characters shown as escapes so a message stays on one line. */
    private static String printable(String written) {
        StringBuilder text = new StringBuilder();
        written.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
