package quatrain.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Token ids in a memory-mapped temporary file, in the fewest bytes the vocabulary allows (1, 2 or 4), so that
 * a large corpus's tokens live in the page cache rather than the Java heap. Written once in order, then
 * read-only and safe to read from several threads. The file is deleted as soon as it is mapped where the
 * system allows it (the mapping keeps the data), else when closed, else when the JVM exits.
 */
final class TokenFile {
    /** Mappings of at most 1 GiB, a multiple of every width. */
    private static final int SEGMENT_BITS = 30;
    private static final long SEGMENT_MASK = (1L << SEGMENT_BITS) - 1;

    private final ByteBuffer[] segments;
    private final int width;
    private final long size;
    private Path path;

    private TokenFile(ByteBuffer[] segments, int width, long size, Path path) {
        this.segments = segments;
        this.width = width;
        this.size = size;
        this.path = path;
    }

    /** Bytes per id for a vocabulary of {@code size} tokens. */
    static int width(int vocabularySize) {
        return vocabularySize <= 1 << 8 ? 1 : vocabularySize <= 1 << 16 ? 2 : 4;
    }

    int get(long position) {
        long at = position * width;
        ByteBuffer segment = segments[(int) (at >>> SEGMENT_BITS)];
        int offset = (int) (at & SEGMENT_MASK);
        return switch (width) {
            case 1 -> segment.get(offset) & 0xFF;
            case 2 -> segment.getChar(offset);
            default -> segment.getInt(offset);
        };
    }

    long size() {
        return size;
    }

    int width() {
        return width;
    }

    /** The file on disk, or null once it is deleted. */
    synchronized Path path() {
        return path;
    }

    /** Deletes the file if it is still there; the mapped ids stay readable until they are collected. */
    synchronized void close() {
        if (path != null && tryDelete(path)) {
            path = null;
        }
    }

    private static boolean tryDelete(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException | SecurityException e) {
            file.toFile().deleteOnExit();
            return false;
        }
    }

    /** Appends ids to a new temporary file, then maps it. */
    static final class Writer {
        private final Path path;
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.nativeOrder());
        private final int width;
        private long size;

        Writer(Path directory, int width) throws IOException {
            Files.createDirectories(directory);
            this.path = Files.createTempFile(directory, "quatrain-tokens-", ".bin");
            this.width = width;
            try {
                this.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                Files.deleteIfExists(path);
                throw e;
            }
        }

        void put(int id) throws IOException {
            if (buffer.remaining() < width) {
                flush();
            }
            switch (width) {
                case 1 -> buffer.put((byte) id);
                case 2 -> buffer.putChar((char) id);
                default -> buffer.putInt(id);
            }
            size++;
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        TokenFile finish() throws IOException {
            flush();
            long bytes = size * width;
            ByteBuffer[] segments = new ByteBuffer[(int) ((bytes + SEGMENT_MASK) >>> SEGMENT_BITS)];
            for (int s = 0; s < segments.length; s++) {
                long from = (long) s << SEGMENT_BITS;
                segments[s] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(1L << SEGMENT_BITS, bytes - from))
                        .order(ByteOrder.nativeOrder());
            }
            channel.close();
            TokenFile file = new TokenFile(segments, width, size, path);
            file.close();
            return file;
        }

        /** Gives up: closes and deletes the file. */
        void abandon() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the file is deleted below all the same
            }
            tryDelete(path);
        }
    }
}
