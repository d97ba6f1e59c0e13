package quatrain.engine.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import quatrain.core.corpus.DocumentFormat;
import quatrain.core.corpus.DocumentSplitter;

/**
 * An executor's reading of one input split: Hadoop's records (each a line, or for stanzas the text between two line
 * breaks in a row) decoded and cut into documents by core's {@link DocumentSplitter}, so the documents are the ones
 * local training cuts from the same text. A record that is not UTF-8 in a UTF-8 corpus is read as windows-1252 (local
 * training decides that for a whole file; here no reader sees the whole file) and its characters are counted as
 * replaced. A record holding a NUL byte marks the corpus as binary.
 */
final class DocumentReader {
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    /** One record: where it starts in its file and its bytes ({@code length} of them; Hadoop reuses the array). */
    record Record(long offset, byte[] bytes, int length) {
    }

    private DocumentReader() {
    }

    static DocumentBlock read(CorpusSource source, String file, Iterator<Record> records) {
        DocumentBlock block = new DocumentBlock();
        DocumentSplitter splitter = new DocumentSplitter(source.format(), block.documents::add);
        Charset charset = source.decoding();
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (records.hasNext()) {
            Record r = records.next();
            int nul = indexOfNul(r.bytes(), r.length());
            if (nul >= 0) {
                block.nul(file, r.offset() + nul);
                continue;
            }
            String text = decode(r, strict, utf8, block);
            if (utf8 && r.offset() == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1); // the byte-order mark, which UTF-8 reading drops
            }
            if (source.format() == DocumentFormat.LINES) {
                splitter.line(text);
            } else {
                splitter.text(text);
                splitter.end(); // a blank line followed the record (or the file ended)
            }
        }
        splitter.end();
        return block;
    }

    private static String decode(Record r, CharsetDecoder strict, boolean utf8, DocumentBlock block) {
        if (utf8) {
            try {
                return strict.decode(ByteBuffer.wrap(r.bytes(), 0, r.length())).toString();
            } catch (CharacterCodingException notUtf8) {
                // below: as windows-1252, as local training reads a file that is not UTF-8
            }
        }
        block.replaced += highBytes(r.bytes(), r.length());
        return new String(r.bytes(), 0, r.length(), FALLBACK);
    }

    private static int indexOfNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long highBytes(byte[] bytes, int length) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            n += bytes[i] < 0 ? 1 : 0;
        }
        return n;
    }
}
