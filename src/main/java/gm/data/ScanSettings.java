package gm.data;

/**
 * How files are read in chunks.
 *
 * @param threads    threads reading chunks at once (1 reads on the calling thread)
 * @param chunkBytes the size of the byte range one thread reads at a time
 */
public record ScanSettings(int threads, long chunkBytes) {
    /** Chunk size unless the {@code gm.chunkBytes} system property gives another. */
    public static final long DEFAULT_CHUNK_BYTES = 8L << 20;

    public ScanSettings {
        if (threads < 1) {
            throw new DataException("the number of threads must be at least 1, not " + threads);
        }
        if (chunkBytes < 1) {
            throw new DataException("the chunk size must be at least 1 byte, not " + chunkBytes);
        }
    }

    /**
     * Every processor, and {@value #DEFAULT_CHUNK_BYTES}-byte chunks; the system properties {@code gm.threads} and
     * {@code gm.chunkBytes} override them.
     */
    public static ScanSettings defaults() {
        int threads = Integer.getInteger("gm.threads", Runtime.getRuntime().availableProcessors());
        long chunk = Long.getLong("gm.chunkBytes", DEFAULT_CHUNK_BYTES);
        return new ScanSettings(Math.max(1, threads), Math.max(1, chunk));
    }
}
