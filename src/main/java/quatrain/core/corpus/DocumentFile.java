package quatrain.core.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The documents of a large file as an immutable list that reads each one from the file when asked, so that
 * only the index ({@link DocumentIndex}: 12 bytes a document) stays in memory. Iterating reads the file in
 * order through a buffer; {@link #get} reads one document. Both decode and strip exactly as
 * {@link CorpusLoader#split} does. Thread-safe (positional reads). The channel stays open while the list is
 * reachable; the JDK closes it when the list is collected.
 */
final class DocumentFile extends AbstractList<String> {
    private static final int BUFFER = 1 << 20;

    private final String name;
    private final FileChannel channel;
    private final long fileSize;
    private final Charset charset;
    private final DocumentIndex index;

    private DocumentFile(String name, FileChannel channel, long fileSize, Charset charset, DocumentIndex index) {
        this.name = name;
        this.channel = channel;
        this.fileSize = fileSize;
        this.charset = charset;
        this.index = index;
    }

    static DocumentFile open(String name, Path path, long fileSize, Charset charset, DocumentIndex index)
            throws IOException {
        return new DocumentFile(name, FileChannel.open(path, StandardOpenOption.READ), fileSize, charset, index.trim());
    }

    DocumentFormat format() {
        return index.format();
    }

    /** Characters over all documents, counted when the file was indexed. */
    long characterCount() {
        return index.characters();
    }

    @Override
    public int size() {
        return index.count();
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        checkUnchanged();
        byte[] bytes = new byte[index.length(i)];
        read(bytes, bytes.length, index.start(i));
        return text(bytes, 0, bytes.length);
    }

    @Override
    public Iterator<String> iterator() {
        checkUnchanged();
        return new Reader();
    }

    /** Short, unlike the list's contents: a record's {@code toString} must not read the whole file. */
    @Override
    public String toString() {
        return "[" + size() + " documents read from \"" + name + "\" as needed]";
    }

    /** The document in {@code bytes[offset .. offset+length)}: lines stripped, joined by {@code '\n'}. */
    private String text(byte[] bytes, int offset, int length) {
        String raw = new String(bytes, offset, length, charset);
        if (index.format() == DocumentFormat.LINES) {
            return raw.strip();
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.strip());
        }
        return out.toString();
    }

    private void checkUnchanged() {
        try {
            if (channel.size() != fileSize) {
                throw changed();
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + name + "\" any more: " + e.getMessage(), e);
        }
    }

    private CorpusException changed() {
        return new CorpusException("\"" + name + "\" changed on disk after it was loaded. Load it again.");
    }

    private void read(byte[] into, int length, long position) {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw changed();
                }
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + name + "\" any more: " + e.getMessage(), e);
        }
    }

    /** Reads the documents in file order through one buffer, refilled from the next document's start. */
    private final class Reader implements Iterator<String> {
        private byte[] buffer = new byte[BUFFER];
        private long bufferStart;
        private int buffered;
        private int next;

        @Override
        public boolean hasNext() {
            return next < size();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long start = index.start(next);
            int length = index.length(next);
            next++;
            if (start < bufferStart || start + length > bufferStart + buffered) {
                fill(start, length);
            }
            return text(buffer, (int) (start - bufferStart), length);
        }

        private void fill(long start, int length) {
            if (length > buffer.length) {
                buffer = new byte[length];
            }
            buffered = (int) Math.min(buffer.length, fileSize - start);
            bufferStart = start;
            read(buffer, buffered, start);
        }
    }
}
