package quatrain.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a text is cut into documents, in one place: for {@link DocumentFormat#LINES} every line that holds more than
 * white space is a document (stripped); for {@link DocumentFormat#STANZAS} a document is a block of such lines
 * (each stripped, joined by {@code '\n'}) and lines of white space end a block. Fed line by line, it serves a text
 * in memory ({@link #split}) and one read in pieces (a Spark executor's records, each a line or a block between
 * two line breaks in a row) alike, so both give the same documents.
 */
public final class DocumentSplitter {
    private final DocumentFormat format;
    private final Consumer<String> sink;
    private final StringBuilder block = new StringBuilder();

    /** @param sink receives each document as soon as it is complete */
    public DocumentSplitter(DocumentFormat format, Consumer<String> sink) {
        if (format == null || format == DocumentFormat.AUTO) {
            throw new IllegalArgumentException("a splitter needs a decided format");
        }
        this.format = format;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** One line, without its line break. */
    public void line(String line) {
        String t = line.strip();
        if (format == DocumentFormat.LINES) {
            if (!t.isEmpty()) {
                sink.accept(t);
            }
        } else if (t.isEmpty()) {
            end();
        } else {
            if (!block.isEmpty()) {
                block.append('\n');
            }
            block.append(t);
        }
    }

    /**
     * A piece of text whose line breaks may be {@code \n}, {@code \r\n} or a lone {@code \r}, as the in-memory reader
     * normalises them; its last line continues in the next piece unless {@link #end} comes first.
     */
    public void text(String piece) {
        for (String line : piece.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            line(line);
        }
    }

    /** The text ends here, or a line break follows (a blank line): the block under way, if any, is a document. */
    public void end() {
        if (!block.isEmpty()) {
            sink.accept(block.toString());
            block.setLength(0);
        }
    }

    /** The documents of a whole text whose lines end in {@code '\n'}. */
    public static List<String> split(String text, DocumentFormat format) {
        List<String> docs = new ArrayList<>();
        DocumentSplitter splitter = new DocumentSplitter(format, docs::add);
        for (String line : text.split("\n", -1)) {
            splitter.line(line);
        }
        splitter.end();
        return docs;
    }

    /**
     * Stanzas when blank lines separate blocks and most blocks have more than one line; otherwise one document
     * per line. Given a whole text in memory, or the start of a text read elsewhere (a sample).
     */
    public static DocumentFormat detect(String text) {
        List<String> blocks = split(text, DocumentFormat.STANZAS);
        if (blocks.size() < 2) {
            return DocumentFormat.LINES;
        }
        int multiLine = 0;
        for (String b : blocks) {
            if (b.indexOf('\n') >= 0) {
                multiLine++;
            }
        }
        return multiLine * 2 > blocks.size() ? DocumentFormat.STANZAS : DocumentFormat.LINES;
    }
}
