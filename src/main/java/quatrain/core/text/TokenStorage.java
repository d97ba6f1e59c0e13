package quatrain.core.text;

import java.nio.file.Path;
import java.util.Objects;

import quatrain.core.corpus.Corpus;

/**
 * Where encoded tokens are kept: in a heap array up to {@code maxHeapTokens}, beyond that in a memory-mapped
 * temporary file in {@code directory}. A corpus too large to hold in memory keeps its tokens in a file from
 * the start.
 *
 * @param maxHeapTokens tokens a stream may hold on the heap (0: always a file)
 * @param directory     where the temporary files go
 */
public record TokenStorage(long maxHeapTokens, Path directory) {
    /** 16 M tokens: 64 MB of ids on the heap at most. */
    public static final long DEFAULT_MAX_HEAP_TOKENS = 16L << 20;

    public TokenStorage {
        if (maxHeapTokens < 0) {
            throw new IllegalArgumentException("maxHeapTokens must not be negative");
        }
        Objects.requireNonNull(directory, "directory");
    }

    /** Tokens on the heap up to the default limit, in the system's temporary folder beyond it. */
    public static TokenStorage defaults() {
        return new TokenStorage(DEFAULT_MAX_HEAP_TOKENS, temporaryFolder());
    }

    /** Tokens always in files in {@code directory}. */
    public static TokenStorage inFiles(Path directory) {
        return new TokenStorage(0, directory);
    }

    /** Files for a corpus that is read from its file as needed, the defaults otherwise. */
    public static TokenStorage forCorpus(Corpus corpus) {
        return corpus.streamed() ? inFiles(temporaryFolder()) : defaults();
    }

    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
