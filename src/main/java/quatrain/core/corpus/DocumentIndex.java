package quatrain.core.corpus;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where each document of a file lies, found line by line: the byte offset and length of every document and
 * the characters they hold once stripped, as {@link CorpusLoader#split} would cut the decoded text. Also
 * votes on the format as {@link CorpusLoader#detect} does, counting the stanzas of several lines.
 */
final class DocumentIndex implements LineScanner.Sink {
    private final DocumentFormat format;
    private final Charset charset;
    private long[] starts = new long[1024];
    private int[] lengths = new int[1024];
    private int count;
    private long characters;
    private long blockStart = -1;
    private long blockEnd;
    private int blockLines;
    private long blockCharacters;
    private int multiLineBlocks;

    private DocumentIndex(DocumentFormat format, Charset charset) {
        this.format = format;
        this.charset = charset;
    }

    /**
     * Indexes the documents of {@code path} read with {@code charset} from byte {@code from}; {@code AUTO}
     * costs a second pass over the file only when the vote goes to one document per line.
     */
    static DocumentIndex of(Path path, Charset charset, long from, DocumentFormat format) throws IOException {
        if (format != DocumentFormat.LINES) {
            DocumentIndex stanzas = scan(path, charset, from, DocumentFormat.STANZAS);
            if (format == DocumentFormat.STANZAS || stanzas.votesForStanzas()) {
                return stanzas;
            }
        }
        return scan(path, charset, from, DocumentFormat.LINES);
    }

    private static DocumentIndex scan(Path path, Charset charset, long from, DocumentFormat format) throws IOException {
        DocumentIndex index = new DocumentIndex(format, charset);
        LineScanner.scan(path, from, index);
        index.endBlock();
        return index;
    }

    @Override
    public void line(long start, byte[] bytes, int length) {
        int stripped = LineScanner.strippedLength(bytes, length, charset);
        if (format == DocumentFormat.LINES) {
            if (stripped > 0) {
                add(start, start + length, stripped);
            }
            return;
        }
        if (stripped == 0) {
            endBlock();
            return;
        }
        if (blockStart < 0) {
            blockStart = start;
        }
        blockEnd = start + length;
        blockLines++;
        blockCharacters += stripped;
    }

    private void endBlock() {
        if (blockLines > 0) {
            add(blockStart, blockEnd, blockCharacters + blockLines - 1);
            multiLineBlocks += blockLines > 1 ? 1 : 0;
        }
        blockStart = -1;
        blockLines = 0;
        blockCharacters = 0;
    }

    private void add(long start, long end, long chars) {
        if (end - start > Integer.MAX_VALUE - 8) {
            throw new CorpusException("One document of the text is longer than 2 GB; split it into smaller ones.");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        starts[count] = start;
        lengths[count] = (int) (end - start);
        count++;
        characters += chars;
    }

    /** Stanzas when there are two blocks or more and most have more than one line. */
    private boolean votesForStanzas() {
        return count >= 2 && multiLineBlocks * 2 > count;
    }

    DocumentFormat format() {
        return format;
    }

    int count() {
        return count;
    }

    long characters() {
        return characters;
    }

    long start(int document) {
        return starts[document];
    }

    int length(int document) {
        return lengths[document];
    }

    /** Drops the spare room of the growing arrays. */
    DocumentIndex trim() {
        starts = Arrays.copyOf(starts, count);
        lengths = Arrays.copyOf(lengths, count);
        return this;
    }
}
