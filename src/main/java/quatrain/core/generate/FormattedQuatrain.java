package quatrain.core.generate;

import java.util.List;

/** A quatrain ready to show: its lines (four unless the text was too short), without trailing spaces. */
public record FormattedQuatrain(List<String> lines) {

    public FormattedQuatrain {
        lines = List.copyOf(lines);
    }

    /** The lines joined by {@code "\n"}. */
    public String text() {
        return String.join("\n", lines);
    }
}
