package gm.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Reading a delimited file in chunks: byte ranges that start at a record, each read on its own into a result, the
 * results handed back in file order. Handing them back in order (not in the order threads finish) makes every
 * combined result independent of the number of threads.
 */
final class FileChunks {
    /** Bytes read from the file at a time; grown when one record is longer. */
    static final int BUFFER_BYTES = 1 << 20;
    /** Bytes kept ahead of the splitter: no ordinary record is longer. */
    static final int MARGIN = 16 << 10;

    /**
     * Each thread's buffer, kept from chunk to chunk: a new megabyte per chunk would outlive young collections and fill
     * the old generation with dead buffers.
     */
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[0]);

    private FileChunks() {
    }

    /** A byte range of the file whose records (those starting in [start, end)) are read together. */
    record Chunk(long start, long end, long firstRow, long firstLine) {
    }

    /** What a chunk's reading saw: where its last record ended, how many records and lines it read. */
    record Outcome(long end, long records, long lines, ChunkProblem problem) {
    }

    /** Receives each record of a chunk; {@code recordInChunk} and {@code lineInChunk} count from 0. */
    interface RecordConsumer {
        void accept(byte[] bytes, RecordSplitter fields, long recordInChunk, long lineInChunk);
    }

    /** A record that cannot be used; the message is made once the file line of the record is known. */
    static final class RecordError extends RuntimeException {
        final transient LongFunction<DataException> message;

        RecordError(LongFunction<DataException> message) {
            super(null, null, false, false);
            this.message = message;
        }
    }

    /** The first problem of a chunk, at a line counted from the chunk's first line. */
    record ChunkProblem(long lineInChunk, LongFunction<DataException> message) {
        DataException at(long firstLine) {
            return message.apply(firstLine + lineInChunk);
        }
    }

    /**
     * Reads the records that start in [start, end) (reading on past end to finish the last one). A problem stops the
     * chunk and is returned rather than thrown, so that a chunk whose start turns out not to be a record start can be
     * discarded without reporting it.
     */
    static Outcome read(TableBytes source, long fileSize, long start, long end, RecordSplitter splitter,
                        RecordConsumer consumer) {
        int wanted = (int) Math.min(BUFFER_BYTES, Math.max(16, end - start + 4096));
        byte[] buffer = BUFFERS.get();
        if (buffer.length < wanted) {
            buffer = new byte[wanted];
        }
        long bufferStart = start;
        int limit = 0;
        int pos = 0;
        long records = 0;
        long lines = 0;
        limit = fill(source, buffer, bufferStart, limit, fileSize);
        int moveAt = moveAt(buffer, bufferStart, limit, end, fileSize);
        while (bufferStart + pos < end) {
            // The records near the end of the buffer move to its start before they are split, so that the splitter
            // only meets the end of the data at the end of the file or of a record longer than the margin: seen once
            // a megabyte, the end of the buffer would otherwise make the compiled splitter take a path that its
            // profile never saw, and be thrown away.
            int next = -1;
            if (pos <= moveAt) {
                try {
                    next = splitter.nextPlain(buffer, pos, limit);
                    if (next < 0) {
                        next = splitter.next(buffer, pos, limit, bufferStart + limit >= fileSize);
                    }
                } catch (RecordSplitter.RecordProblem problem) {
                    return new Outcome(bufferStart + pos, records, lines, new ChunkProblem(lines, problem::at));
                }
            }
            if (next < 0) { // the record runs past the bytes read, or the unread ones move forward first
                if (pos == 0 && limit == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                } else {
                    System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                    bufferStart += pos;
                    limit -= pos;
                    pos = 0;
                }
                limit = fill(source, buffer, bufferStart, limit, fileSize);
                moveAt = moveAt(buffer, bufferStart, limit, end, fileSize);
                continue;
            }
            if (!splitter.blank) {
                try {
                    consumer.accept(buffer, splitter, records, lines);
                } catch (RecordSplitter.RecordProblem problem) {
                    return new Outcome(bufferStart + pos, records, lines, new ChunkProblem(lines, problem::at));
                } catch (RecordError error) {
                    return new Outcome(bufferStart + pos, records, lines, new ChunkProblem(lines, error.message));
                }
                records++;
            }
            lines += splitter.lines;
            pos = next;
        }
        BUFFERS.set(buffer);
        return new Outcome(bufferStart + pos, records, lines, null);
    }

    /**
     * The position past which the unread bytes move to the start of the buffer: fewer than {@link #MARGIN} bytes are
     * then left and more can be read (never, when the buffer already holds the margin past the chunk's end or the
     * file's end, or is too small to gain from the move).
     */
    private static int moveAt(byte[] buffer, long bufferStart, int limit, long end, long fileSize) {
        if (bufferStart + limit >= Math.min(fileSize, end + MARGIN) || buffer.length < 4 * MARGIN) {
            return Integer.MAX_VALUE;
        }
        return limit - MARGIN;
    }

    private static int fill(TableBytes source, byte[] buffer, long bufferStart, int limit, long fileSize) {
        try {
            while (limit < buffer.length && bufferStart + limit < fileSize) {
                int n = source.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit), bufferStart + limit);
                if (n < 0) {
                    break;
                }
                limit += n;
            }
            return limit;
        } catch (IOException e) {
            throw new DataException("cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Applies {@code work} to every input on up to {@code threads} threads and hands the results to {@code inOrder}
     * on the calling thread, in input order. At most a few results per thread wait to be handed over, so memory does
     * not grow with the number of inputs.
     */
    static <T, R> void inOrder(List<T> inputs, int threads, Function<T, R> work, Consumer<R> inOrder) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (T input : inputs) {
                inOrder.accept(work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gm-reader");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<R>> pending = new ArrayDeque<>();
        int window = 2 * threads;
        int next = 0;
        try {
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < window) {
                    T input = inputs.get(next++);
                    pending.add(pool.submit(() -> work.apply(input)));
                }
                inOrder.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("reading the file was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
