package quatrain.core.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import quatrain.core.QuatrainException;

/**
 * Encoded documents laid end to end ({@code <s> … </s> <s> … </s>}) in one store, with where each starts:
 * an int array on the heap, or for a large corpus a memory-mapped temporary file ({@link TokenStorage}).
 * Immutable once written and safe to read from several threads. {@link #close} removes the temporary file.
 */
public final class TokenStream implements AutoCloseable {
    private final int[] heap;
    private final TokenFile file;
    private final long[] bounds;

    private TokenStream(int[] heap, TokenFile file, long[] bounds) {
        this.heap = heap;
        this.file = file;
        this.bounds = bounds;
    }

    /** A heap stream of {@code documents}, in order. */
    public static TokenStream of(List<int[]> documents) {
        Writer w = new Writer(Integer.MAX_VALUE, new TokenStorage(Integer.MAX_VALUE - 8L, TokenStorage.defaults().directory()));
        documents.forEach(w::add);
        return w.finish();
    }

    public int documents() {
        return bounds.length - 1;
    }

    /** Tokens over all documents, markers included. */
    public long size() {
        return bounds[bounds.length - 1];
    }

    /** Position of document {@code d}'s first token. */
    public long start(int d) {
        return bounds[d];
    }

    /** Tokens of document {@code d}, markers included. */
    public int length(int d) {
        return (int) (bounds[d + 1] - bounds[d]);
    }

    public int get(long position) {
        return heap != null ? heap[(int) position] : file.get(position);
    }

    /** A copy of document {@code d}. */
    public int[] document(int d) {
        long from = bounds[d];
        int[] out = new int[length(d)];
        if (heap != null) {
            System.arraycopy(heap, (int) from, out, 0, out.length);
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = file.get(from + i);
            }
        }
        return out;
    }

    /** The documents as a list that copies each one out when it is read. */
    public List<int[]> asDocuments() {
        return new Documents();
    }

    /** Whether the tokens are in a memory-mapped file rather than on the heap. */
    public boolean inFile() {
        return file != null;
    }

    /** Removes the temporary file, if any; reading afterwards is still safe. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    /** The mapped file while it is on disk, else null (for tests). */
    Path filePath() {
        return file == null ? null : file.path();
    }

    private final class Documents extends AbstractList<int[]> implements RandomAccess {
        @Override
        public int[] get(int index) {
            return document(index);
        }

        @Override
        public int size() {
            return documents();
        }
    }

    /** Writes documents in order: on the heap while they fit {@link TokenStorage#maxHeapTokens}, then to a file. */
    static final class Writer {
        private final int vocabularySize;
        private final TokenStorage storage;
        private int[] heap = new int[1024];
        private TokenFile.Writer file;
        private long[] bounds = new long[1025];
        private int documents;
        private long size;

        /** @param vocabularySize ids are below it; it decides the width of a file's ids */
        Writer(int vocabularySize, TokenStorage storage) {
            this.vocabularySize = vocabularySize;
            this.storage = storage;
        }

        void add(int[] document) {
            try {
                if (file == null && size + document.length > storage.maxHeapTokens()) {
                    spill();
                }
                if (file != null) {
                    for (int id : document) {
                        file.put(id);
                    }
                } else {
                    if (size + document.length > heap.length) {
                        heap = Arrays.copyOf(heap, (int) Math.min(Integer.MAX_VALUE - 8L,
                                Math.max(size + document.length, heap.length * 2L)));
                    }
                    System.arraycopy(document, 0, heap, (int) size, document.length);
                }
            } catch (IOException e) {
                abandon();
                throw failure(e);
            }
            size += document.length;
            if (++documents == bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[documents] = size;
        }

        private void spill() throws IOException {
            file = new TokenFile.Writer(storage.directory(), TokenFile.width(vocabularySize));
            for (int i = 0; i < size; i++) {
                file.put(heap[i]);
            }
            heap = null;
        }

        TokenStream finish() {
            long[] ends = Arrays.copyOf(bounds, documents + 1);
            if (file == null) {
                return new TokenStream(Arrays.copyOf(heap, (int) size), null, ends);
            }
            try {
                return new TokenStream(null, file.finish(), ends);
            } catch (IOException e) {
                abandon();
                throw failure(e);
            }
        }

        /** Deletes a partly written file after a failure. */
        void abandon() {
            if (file != null) {
                file.abandon();
            }
        }

        private QuatrainException failure(IOException e) {
            return new QuatrainException("Could not store the tokenised corpus in a temporary file in \""
                    + storage.directory() + "\": " + e.getMessage(), e);
        }
    }
}
