package quatrain.engine.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;

import quatrain.core.corpus.DocumentFormat;

/**
 * A corpus as the driver found it from a sample of its start, for the executors that read it: which files, how they
 * are decoded and cut into documents.
 *
 * @param uri        what the person gave ({@code /texts/poems.txt}, {@code hdfs://nn/texts/}, ...)
 * @param root       the same, as Hadoop qualifies it ({@code file:/texts/poems.txt})
 * @param name       the file's or folder's name, as local training names a corpus
 * @param files      the files to read, in order (a folder's, sorted by path; hidden ones, "_" and ".", left out)
 * @param sizeBytes  bytes over all files
 * @param charset    UTF-8, or windows-1252 when the sample is not UTF-8
 * @param bom        whether the first file starts with UTF-8's byte-order mark
 * @param format     LINES or STANZAS
 * @param delimiter  for stanzas, two line breaks in the sample's style (Hadoop then keeps each stanza in one record
 *                   across input splits); null for lines (any line break ends a record)
 */
record CorpusSource(String uri, String root, String name, List<String> files, long sizeBytes, String charset, boolean bom,
        DocumentFormat format, String delimiter) implements Serializable {

    CorpusSource {
        files = List.copyOf(files);
    }

    Charset decoding() {
        return Charset.forName(charset);
    }
}
