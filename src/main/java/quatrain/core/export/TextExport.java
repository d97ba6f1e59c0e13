package quatrain.core.export;

import java.util.List;

/**
 * Plain text: each quatrain's lines, then two lines with its settings and model, then a blank line. Meant to
 * be read or pasted as is; the settings lines start with an em dash so the poem stays uncluttered.
 */
final class TextExport {
    private TextExport() {
    }

    static String format(List<ExportEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (ExportEntry e : entries) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            for (String line : e.quatrain().lines()) {
                out.append(line).append('\n');
            }
            ModelSource m = e.model();
            out.append("— ").append(QuatrainExporter.settingsLine(e)).append('\n');
            out.append("— model ").append(m.file()).append(" · preset ").append(m.preset()).append(" · corpus ")
                    .append(m.corpusName()).append(" (sha256 ").append(QuatrainExporter.shortHash(m.corpusSha256()))
                    .append(")\n");
        }
        return out.toString();
    }
}
