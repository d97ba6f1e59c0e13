package quatrain.engine.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import quatrain.core.corpus.CorpusException;
import quatrain.core.corpus.CorpusRefusals;
import quatrain.core.corpus.DocumentFormat;
import quatrain.core.corpus.DocumentSplitter;
import quatrain.core.corpus.TextDecoder;

/**
 * What the driver learns about a corpus URI before anything runs on the cluster, through Hadoop's file system (the
 * same one the executors read with): whether it exists, which files it holds, and from a sample of the first one's
 * start whether it is text (no NUL bytes, not UTF-16), its encoding and, when not given, its format. Missing, empty
 * and binary corpora are refused in the words local training uses ({@link CorpusRefusals}); a NUL byte or a blank
 * text beyond the sample is found by the executors' pass over everything.
 */
final class CorpusInspection {
    /** Bytes the sample holds: enough for the format vote over a few hundred lines. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private CorpusInspection() {
    }

    static CorpusSource inspect(String uri, DocumentFormat requested, Configuration hadoop) {
        Path given = new Path(uri);
        String name = given.getName().isEmpty() ? uri : given.getName();
        try {
            FileSystem fs = given.getFileSystem(hadoop);
            Path path = fs.makeQualified(given);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                throw CorpusRefusals.missing(uri);
            }
            List<FileStatus> files = status.isDirectory() ? textFiles(fs, path) : List.of(status);
            long size = files.stream().mapToLong(FileStatus::getLen).sum();
            if (size == 0) {
                throw CorpusRefusals.empty(name);
            }
            FileStatus first = files.stream().filter(f -> f.getLen() > 0).findFirst().orElseThrow();
            byte[] sample = new byte[(int) Math.min(SAMPLE_BYTES, first.getLen())];
            try (InputStream in = fs.open(first.getPath())) {
                int n = in.readNBytes(sample, 0, sample.length);
                sample = n == sample.length ? sample : java.util.Arrays.copyOf(sample, n);
            }
            String shown = status.isDirectory() ? first.getPath().getName() : name;
            return decide(uri, path.toString(), name, shown, files, size, sample, sample.length == first.getLen(),
                    requested);
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + uri + "\": " + oneLine(e), e);
        }
    }

    /** The decisions a sample allows; {@code shown} names the file the sample came from in a refusal. */
    static CorpusSource decide(String uri, String root, String name, String shown, List<FileStatus> files, long size, byte[] sample,
            boolean whole, DocumentFormat requested) {
        Optional<String> utf16 = TextDecoder.utf16Label(sample, sample.length);
        if (utf16.isPresent()) {
            throw new CorpusException(String.format(Locale.ROOT, "\"%s\" is %s text; Spark reads a corpus line by line,"
                    + " which needs UTF-8. Save it as UTF-8 (or: iconv -f UTF-16 -t UTF-8).", shown, utf16.get()));
        }
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                throw CorpusRefusals.binary(shown, i);
            }
        }
        Charset charset = TextDecoder.startCharset(sample, sample.length, whole);
        boolean bom = charset.equals(StandardCharsets.UTF_8) && TextDecoder.hasUtf8Bom(sample, sample.length);
        String text = new String(sample, charset).replace("\r\n", "\n").replace('\r', '\n');
        if (!whole && text.lastIndexOf('\n') > 0) { // a line cut by the sample's end would be a line of its own
            text = text.substring(0, text.lastIndexOf('\n'));
        }
        DocumentFormat format = requested == DocumentFormat.AUTO ? DocumentSplitter.detect(text) : requested;
        List<String> paths = files.stream().map(f -> f.getPath().toString()).toList();
        return new CorpusSource(uri, root, name, paths, size, charset.name(), bom, format,
                format == DocumentFormat.STANZAS ? blankLine(sample) : null);
    }

    /** Two line breaks in the style the sample uses: a blank line, which always ends a stanza. */
    static String blankLine(byte[] sample) {
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == '\r') {
                return i + 1 < sample.length && sample[i + 1] == '\n' ? "\r\n\r\n" : "\r\r";
            }
            if (sample[i] == '\n') {
                return "\n\n";
            }
        }
        return "\n\n";
    }

    /** A folder's files, every level down, sorted by path; hidden ones ("_SUCCESS", ".crc") left out as Hadoop does. */
    private static List<FileStatus> textFiles(FileSystem fs, Path folder) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && !hidden(folder, f.getPath())) {
                files.add(f);
            }
        }
        files.sort(Comparator.comparing(f -> f.getPath().toString()));
        return files;
    }

    private static boolean hidden(Path folder, Path file) {
        for (Path p = file; p != null && !p.equals(folder); p = p.getParent()) {
            if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
