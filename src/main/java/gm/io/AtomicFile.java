package gm.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is forced to disk and
 * then renamed over the target in one step. A write that fails part-way (an exception from the content, a full disk,
 * an interrupt) leaves any earlier file whole and no temporary file behind.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** What goes into a file; may fail part-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the content to the target, replacing it only once the content is complete.
     *
     * @throws FileWriteException if the folder is missing, the target is a folder, or writing or renaming fails;
     *     unchecked exceptions from the content pass through unchanged (after the temporary file is removed)
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileWriteException("cannot write '" + target + "': the folder '" + folder + "' does not exist",
                    "create the folder first, or write somewhere else", null);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileWriteException("cannot write '" + target + "': it is a folder", "give a file name", null);
        }
        Path temporary = null;
        try {
            // createFile (not createTempFile, which makes the file private) so the result gets the usual permissions.
            temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (ClosedByInterruptException e) {
            throw new FileWriteException("interrupted while writing '" + target + "'",
                    "any earlier file of that name is unchanged", e);
        } catch (AtomicMoveNotSupportedException e) {
            throw new FileWriteException("cannot write '" + target + "' atomically on this file system",
                    "write to a folder on a local disk", e);
        } catch (IOException e) {
            throw new FileWriteException("cannot write '" + target + "': " + reason(e),
                    "check that the folder is writable and the disk is not full", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The original failure is what the user needs to see; a leftover hidden .tmp file is harmless.
                }
            }
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
