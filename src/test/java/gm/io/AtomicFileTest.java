package gm.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFileTest {

    @TempDir
    Path folder;

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFailedWriteNeverTruncatesTheExistingFile() throws IOException {
        Path target = folder.resolve("model.json");
        Files.writeString(target, "the earlier model");
        FileWriteException failure = assertThrows(FileWriteException.class, () -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write '" + target + "': No space left on device", failure.getMessage());
        assertEquals("check that the folder is writable and the disk is not full", failure.hint());
        assertEquals("the earlier model", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void anInterruptedWriteKeepsTheExistingFile() throws IOException {
        Path target = folder.resolve("figure.svg");
        Files.writeString(target, "earlier");
        FileWriteException failure = assertThrows(FileWriteException.class, () -> AtomicFile.write(target, out -> {
            Thread.currentThread().interrupt();
            out.write(new byte[1 << 16]);
        }));
        assertEquals("interrupted while writing '" + target + "'", failure.getMessage());
        assertEquals("any earlier file of that name is unchanged", failure.hint());
        assertEquals(true, Thread.interrupted());
        assertEquals("earlier", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = folder.resolve("data.csv");
        Files.writeString(target, "a much longer earlier content");
        AtomicFile.write(target, out -> out.write("x\n1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x\n1\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aFolderIsNotOverwritten() throws IOException {
        Path target = Files.createDirectory(folder.resolve("plots"));
        FileWriteException failure = assertThrows(FileWriteException.class,
                () -> AtomicFile.write(target, out -> out.write(1)));
        assertEquals("cannot write '" + target + "': it is a folder", failure.getMessage());
        assertEquals(List.of(target), filesIn(folder));
    }
}
