package quatrain.core.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: a heading per quatrain, the lines as a block quote with hard line breaks, then a short list with
 * how to reproduce it, its model and its novelty. Text from the model or the corpus name is escaped, so a
 * stray {@code *} or {@code #} in a generated line cannot turn into formatting.
 */
final class MarkdownExport {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]<>#|~])");
    private static final Pattern LIST_START = Pattern.compile("^(\\s*)([-+]|\\d+[.)])(\\s|$)");

    private MarkdownExport() {
    }

    static String format(List<ExportEntry> entries) {
        StringBuilder out = new StringBuilder("# Quatrains\n");
        int n = 1;
        for (ExportEntry e : entries) {
            out.append("\n## ").append(n++).append('\n').append('\n');
            List<String> lines = e.quatrain().lines();
            for (int i = 0; i < lines.size(); i++) {
                // Two trailing spaces are Markdown's hard line break; the last line needs none.
                out.append("> ").append(escapeLine(lines.get(i))).append(i + 1 < lines.size() ? "  \n" : "\n");
            }
            ModelSource m = e.model();
            out.append('\n');
            out.append("- Settings: ").append(escape(QuatrainExporter.settingsLine(e))).append('\n');
            out.append("- Model: `").append(m.file().replace("`", "'")).append("` · preset ")
                    .append(escape(m.preset())).append(" · corpus ").append(escape(m.corpusName()))
                    .append(" (sha256 `").append(QuatrainExporter.shortHash(m.corpusSha256())).append("`)\n");
            out.append("- Novelty: ").append(escape(NoveltySummary.describe(e.quatrain().novelty()))).append('\n');
        }
        return out.toString();
    }

    static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    /** Also keeps a line that starts like a list item ("- ", "3. ") from becoming one. */
    static String escapeLine(String line) {
        String escaped = escape(line);
        Matcher m = LIST_START.matcher(escaped);
        if (!m.find()) {
            return escaped;
        }
        int marker = m.end(2) - 1;
        return escaped.substring(0, marker) + "\\" + escaped.substring(marker);
    }
}
