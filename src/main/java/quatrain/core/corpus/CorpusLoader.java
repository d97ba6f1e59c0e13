package quatrain.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a text file into a {@link Corpus}, refusing what cannot be a corpus with a clear message. Files up to
 * {@code streamingBytes} are read into memory; larger ones are scanned (hash, encoding, document index) and
 * their documents read from the file when they are needed, so that the heap does not grow with the file.
 */
public final class CorpusLoader {
    /** Default cap on the file size. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;
    /** Files larger than this are not held in memory but read as needed. */
    public static final long DEFAULT_STREAMING_BYTES = 32L << 20;

    private final DocumentFormat format;
    private final long maxBytes;
    private final long streamingBytes;

    /**
     * @param maxBytes       larger files are refused
     * @param streamingBytes larger files are read as needed rather than into memory (0: always)
     */
    public CorpusLoader(DocumentFormat format, long maxBytes, long streamingBytes) {
        if (maxBytes <= 0 || streamingBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and streamingBytes not negative");
        }
        this.format = format;
        this.maxBytes = maxBytes;
        this.streamingBytes = streamingBytes;
    }

    public CorpusLoader(DocumentFormat format, long maxBytes) {
        this(format, maxBytes, DEFAULT_STREAMING_BYTES);
    }

    public CorpusLoader() {
        this(DocumentFormat.AUTO, DEFAULT_MAX_BYTES);
    }

    public Corpus load(Path path) {
        String shown = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new CorpusException("\"" + path + "\" is a folder. Choose a plain text file (.txt).");
        }
        if (!Files.exists(path)) {
            throw CorpusRefusals.missing(path.toString());
        }
        if (!Files.isRegularFile(path)) {
            // A pipe, socket or device: reading it may never end, and its size means nothing.
            throw new CorpusException("\"" + path + "\" is not a regular file (a pipe, socket or device). Choose a plain"
                    + " text file (.txt).");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + path + "\": " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new CorpusException(String.format(Locale.ROOT,
                    "\"%s\" is %s, more than the %s limit. Use a smaller file or raise the limit.",
                    shown, humanBytes(size), humanBytes(maxBytes)));
        }
        if (size > 0 && size > streamingBytes) {
            return readAsNeeded(path, shown);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw readFailure(path, e);
        }
        return fromBytes(shown, bytes);
    }

    /** The large-file path: two or three passes over the file, then documents read from it on demand. */
    private Corpus readAsNeeded(Path path, String name) {
        try {
            refuseLargeUtf16(path, name);
            FileFacts facts = FileFacts.scan(path);
            if (facts.firstNul() >= 0) {
                throw binary(name, facts.firstNul());
            }
            Charset charset = facts.utf8() ? StandardCharsets.UTF_8 : Charset.forName(TextDecoder.FALLBACK);
            DocumentIndex index = DocumentIndex.of(path, charset, facts.textStart(), format);
            if (index.count() == 0) {
                throw blank(name);
            }
            DocumentFile documents = DocumentFile.open(name, path, facts.size(), charset, index);
            return new Corpus(name, facts.size(), facts.sha256(), facts.encoding(), facts.replacedChars(),
                    documents.format(), documents);
        } catch (IOException e) {
            throw readFailure(path, e);
        }
    }

    /** Large files are indexed by byte: lines must end in a single {@code \n} byte, which UTF-16 does not have. */
    private void refuseLargeUtf16(Path path, String name) throws IOException {
        byte[] start = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(start, 0, start.length);
        }
        Optional<TextDecoder.Utf16> utf16 = TextDecoder.utf16(start, n);
        if (utf16.isPresent()) {
            throw new CorpusException(String.format(Locale.ROOT, "\"%s\" is %s text of %s; texts over %s are read as"
                    + " they are needed, which needs UTF-8. Save it as UTF-8 (or: iconv -f UTF-16 -t UTF-8).", name,
                    utf16.get().label(), humanBytes(Files.size(path)), humanBytes(streamingBytes)));
        }
    }

    private static CorpusException readFailure(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            CorpusException missing = CorpusRefusals.missing(path.toString());
            missing.initCause(e);
            return missing;
        }
        if (e instanceof AccessDeniedException) {
            return new CorpusException("Not allowed to read \"" + path + "\" (permissions).", e);
        }
        return new CorpusException("Cannot read \"" + path + "\": " + e.getMessage(), e);
    }

    private static CorpusException binary(String name, long nul) {
        return CorpusRefusals.binary(name, nul);
    }

    private static CorpusException blank(String name) {
        return CorpusRefusals.blank(name);
    }

    /** Builds a corpus from bytes already in memory (a resource, a test, a dropped buffer). */
    public Corpus fromBytes(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new CorpusException(String.format(Locale.ROOT, "\"%s\" is %s, more than the %s limit.",
                    name, humanBytes(bytes.length), humanBytes(maxBytes)));
        }
        if (bytes.length == 0) {
            throw CorpusRefusals.empty(name);
        }
        int nul = TextDecoder.utf16(bytes, bytes.length).isPresent() ? -1 : indexOfNul(bytes);
        if (nul >= 0) {
            throw binary(name, nul);
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.text().indexOf('\0') >= 0) {
            throw binary(name, decoded.text().indexOf('\0'));
        }
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw blank(name);
        }
        DocumentFormat used = format == DocumentFormat.AUTO ? detect(text) : format;
        List<String> documents = split(text, used);
        return new Corpus(name, bytes.length, sha256(bytes), decoded.encoding(), decoded.affectedCharacters(), used,
                documents);
    }

    /** Builds a corpus from a string (UTF-8 is assumed for size and hash). */
    public Corpus fromText(String name, String text) {
        return fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static DocumentFormat detect(String text) {
        return DocumentSplitter.detect(text);
    }

    static List<String> split(String text, DocumentFormat format) {
        return DocumentSplitter.split(text, format);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    public static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        do {
            v /= 1024;
            u++;
        } while (v >= 1024 && u < units.length - 1);
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
