package quatrain.core.export;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;

import quatrain.core.Json;
import quatrain.core.generate.NoveltyReport;
import quatrain.core.spec.SamplingSpec;

/**
 * JSON for programs: every quatrain with its lines, full settings, model (whole corpus hash) and novelty
 * report (null when not checked). Indented with {@code \n} whatever the platform's line separator.
 */
final class JsonExport {
    static final String FORMAT = "quatrain-export";
    static final int VERSION = 1;

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = Json.mapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));

    /** The file's top level. */
    record Document(String format, int version, List<Item> quatrains) {
    }

    /** One quatrain; {@code index} and {@code seed} with {@code settings} reproduce it. */
    record Item(int index, long seed, double temperature, String text, List<String> lines, SamplingSpec settings,
            ModelSource model, NoveltyReport novelty) {
    }

    private JsonExport() {
    }

    static String format(List<ExportEntry> entries) {
        List<Item> items = new ArrayList<>(entries.size());
        for (ExportEntry e : entries) {
            var q = e.quatrain();
            items.add(new Item(q.index(), q.seed(), q.temperature(), q.text(), q.lines(), e.settings(), e.model(),
                    q.novelty()));
        }
        try {
            return WRITER.writeValueAsString(new Document(FORMAT, VERSION, items)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write quatrains as JSON", e);
        }
    }
}
