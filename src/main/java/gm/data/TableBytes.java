package gm.data;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Where the bytes of a table file are read from: the file itself, or a copy of it held in memory. */
interface TableBytes extends Closeable {
    /**
     * Reads bytes from {@code position} into {@code into} (as {@link FileChannel#read(ByteBuffer, long)} does).
     *
     * @return the number of bytes read, or -1 at the end
     */
    int read(ByteBuffer into, long position) throws IOException;

    static TableBytes of(FileChannel channel) {
        return new TableBytes() {
            public int read(ByteBuffer into, long position) throws IOException {
                return channel.read(into, position);
            }

            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /** The bytes of a file read into memory once; closing it keeps them. */
    static TableBytes held(byte[] bytes) {
        return new TableBytes() {
            public int read(ByteBuffer into, long position) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(into.remaining(), bytes.length - position);
                into.put(bytes, (int) position, n);
                return n;
            }

            public void close() {
            }
        };
    }
}
