package quatrain.core.corpus;

import java.util.List;

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
 * @param documents       the documents, in file order
 */
public record Corpus(String name, long sizeBytes, String sha256, String encoding, int replacedChars,
        DocumentFormat format, List<String> documents) {

    public Corpus {
        if (format == DocumentFormat.AUTO) {
            throw new IllegalArgumentException("a corpus has a decided format");
        }
        documents = List.copyOf(documents);
    }

    /** Number of characters over all documents (line breaks inside documents included). */
    public long characterCount() {
        long n = 0;
        for (String d : documents) {
            n += d.length();
        }
        return n;
    }

    /** The documents as one text, separated as they would be in a file of this format. */
    public String joinedText() {
        return String.join(format == DocumentFormat.STANZAS ? "\n\n" : "\n", documents);
    }
}
