package quatrain.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import quatrain.core.AtomicFiles;
import quatrain.core.spec.SamplingSpec;

/**
 * Formats quatrains as plain text, Markdown or JSON and writes them to a file. Output uses {@code \n} line
 * ends on every platform, so exported files are byte-for-byte the same everywhere.
 */
public final class QuatrainExporter {

    /** The export formats, each with its file extension. */
    public enum Format {
        TXT("txt", "Plain text"),
        MARKDOWN("md", "Markdown"),
        JSON("json", "JSON");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }

        /** Without the dot. */
        public String extension() {
            return extension;
        }

        public String label() {
            return label;
        }

        /** The format a file name's extension asks for, if any. */
        public static Optional<Format> forFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith("." + f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private QuatrainExporter() {
    }

    public static String format(List<ExportEntry> entries, Format format) {
        return switch (format) {
            case TXT -> TextExport.format(entries);
            case MARKDOWN -> MarkdownExport.format(entries);
            case JSON -> JsonExport.format(entries);
        };
    }

    /**
     * Writes the entries to {@code file} in UTF-8 through a temporary file beside it, so an existing file is
     * never left half-written.
     */
    public static void write(List<ExportEntry> entries, Format format, Path file) throws IOException {
        AtomicFiles.write(file, format(entries, format).getBytes(StandardCharsets.UTF_8));
    }

    /** What reproduces the quatrain, in the order a person would set it: "seed 42 · quatrain 3 · …". */
    static String settingsLine(ExportEntry e) {
        SamplingSpec s = e.settings();
        return String.format(Locale.ROOT, "seed %d · quatrain %d · temperature %.2f · top-k %s · top-p %.2f"
                + " · max tokens %d · %s", e.quatrain().seed(), e.quatrain().index(), e.quatrain().temperature(),
                s.topK() == 0 ? "off" : Integer.toString(s.topK()), s.topP(), s.maxTokens(),
                s.prompt().isEmpty() ? "no prompt" : "prompt \"" + s.prompt() + "\"");
    }

    /** The first 12 hex digits: enough to tell texts apart at a glance; JSON keeps the whole hash. */
    static String shortHash(String sha256) {
        return sha256 == null || sha256.length() <= 12 ? String.valueOf(sha256) : sha256.substring(0, 12);
    }
}
