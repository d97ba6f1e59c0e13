package quatrain.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Reads a text file into a {@link Corpus}, refusing what cannot be a corpus with a clear message. */
public final class CorpusLoader {
    /** Default cap on the file size: larger texts need the streaming trainer. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final DocumentFormat format;
    private final long maxBytes;

    public CorpusLoader(DocumentFormat format, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.format = format;
        this.maxBytes = maxBytes;
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
            throw new CorpusException("No file at \"" + path + "\".");
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CorpusException("No file at \"" + path + "\".", e);
        } catch (AccessDeniedException e) {
            throw new CorpusException("Not allowed to read \"" + path + "\" (permissions).", e);
        } catch (IOException e) {
            throw new CorpusException("Cannot read \"" + path + "\": " + e.getMessage(), e);
        }
        return fromBytes(shown, bytes);
    }

    /** Builds a corpus from bytes already in memory (a resource, a test, a dropped buffer). */
    public Corpus fromBytes(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new CorpusException(String.format(Locale.ROOT, "\"%s\" is %s, more than the %s limit.",
                    name, humanBytes(bytes.length), humanBytes(maxBytes)));
        }
        if (bytes.length == 0) {
            throw new CorpusException("\"" + name + "\" is empty. A corpus needs text: a few thousand words at least.");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new CorpusException("\"" + name + "\" looks like a binary file (it contains NUL bytes, the first at byte "
                    + nul + "). Choose a plain text file.");
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new CorpusException("\"" + name + "\" holds only white space. A corpus needs text.");
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

    /**
     * Stanzas when blank lines separate blocks and most blocks have more than one line; otherwise
     * one document per line.
     */
    static DocumentFormat detect(String text) {
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

    static List<String> split(String text, DocumentFormat format) {
        List<String> docs = new ArrayList<>();
        if (format == DocumentFormat.LINES) {
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    docs.add(t);
                }
            }
            return docs;
        }
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(block, docs);
            } else {
                if (!block.isEmpty()) {
                    block.append('\n');
                }
                block.append(t);
            }
        }
        flush(block, docs);
        return docs;
    }

    private static void flush(StringBuilder block, List<String> docs) {
        if (!block.isEmpty()) {
            docs.add(block.toString());
            block.setLength(0);
        }
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
