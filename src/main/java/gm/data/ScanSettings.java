package gm.data;

/**
 * How files are read in chunks.
 *
 * @param threads    threads reading chunks at once (1 reads on the calling thread)
 * @param chunkBytes the size of the byte range one thread reads at a time, or 0 for {@link #chunkBytesFor}'s choice
 */
public record ScanSettings(int threads, long chunkBytes) {
    static final long MIN_CHUNK_BYTES = 1L << 20;
    static final long MAX_CHUNK_BYTES = 8L << 20;
    /** Chunks per file, when they are neither smaller nor larger than the limits above. */
    static final int CHUNKS_PER_FILE = 64;

    public ScanSettings {
        if (threads < 1) {
            throw new DataException("the number of threads must be at least 1, not " + threads);
        }
        if (chunkBytes < 0) {
            throw new DataException("the chunk size must be 0 (sized by the file) or more bytes, not " + chunkBytes);
        }
    }

    /**
     * Every processor, and chunks sized by the file; the system properties {@code gm.threads} and
     * {@code gm.chunkBytes} override them.
     */
    public static ScanSettings defaults() {
        int threads = Integer.getInteger("gm.threads", Runtime.getRuntime().availableProcessors());
        long chunk = Long.getLong("gm.chunkBytes", 0);
        return new ScanSettings(Math.max(1, threads), Math.max(0, chunk));
    }

    /**
     * The chunk size for a file of this size: the one set, else a 64th of the file between 1 and 8 MiB. Many chunks
     * keep the threads busy to the end of a file of tens of megabytes (the last chunk is read alone); above that, larger
     * chunks cost less to start and merge.
     */
    long chunkBytesFor(long fileSize) {
        if (chunkBytes > 0) {
            return chunkBytes;
        }
        return Math.max(MIN_CHUNK_BYTES, Math.min(MAX_CHUNK_BYTES, fileSize / CHUNKS_PER_FILE));
    }
}
