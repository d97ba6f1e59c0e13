package quatrain.core.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A text ready for tokenising: its documents (each a quatrain or stanza; lines joined by {@code '\n'}) and
 * where it came from.
 *
 * @param name            a display name (the file name, or "built-in sample")
 * @param sizeBytes       size of the source in bytes
 * @param sha256          hex SHA-256 of the source bytes, for provenance
 * @param encoding        the charset used to read it
 * @param replacedChars   characters affected by an encoding fallback (0 for clean UTF-8)
 * @param format          the document format used (never {@link DocumentFormat#AUTO})
 * @param documents       the documents, in file order; for a large file, a list that reads them from the file
 *                        as they are needed (iterate it rather than index it)
 */
public record Corpus(String name, long sizeBytes, String sha256, String encoding, int replacedChars,
        DocumentFormat format, List<String> documents) {

    public Corpus {
        if (format == DocumentFormat.AUTO) {
            throw new IllegalArgumentException("a corpus has a decided format");
        }
        documents = documents instanceof DocumentFile ? documents : List.copyOf(documents);
    }

    /** Whether the documents are read from the file as they are needed rather than held in memory. */
    public boolean streamed() {
        return documents instanceof DocumentFile;
    }

    /**
     * Equal texts. The documents of a corpus read as needed follow from its bytes (the hash), format and
     * encoding, so they are not read from the file to compare; in-memory documents are compared as before.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Corpus c && name.equals(c.name) && sizeBytes == c.sizeBytes && sha256.equals(c.sha256)
                && encoding.equals(c.encoding) && replacedChars == c.replacedChars && format == c.format
                && (streamed() || c.streamed() ? documents.size() == c.documents.size() : documents.equals(c.documents));
    }

    /** Does not read the documents (see {@link #equals}). */
    @Override
    public int hashCode() {
        return Objects.hash(name, sizeBytes, sha256, encoding, replacedChars, format, documents.size());
    }

    /** Number of characters over all documents (line breaks inside documents included). */
    public long characterCount() {
        if (documents instanceof DocumentFile file) {
            return file.characterCount();
        }
        long n = 0;
        for (String d : documents) {
            n += d.length();
        }
        return n;
    }
}
