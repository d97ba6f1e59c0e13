package quatrain.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the training UI's score chart shows, read by the same script in Chromium and in the app's WebView
 * (score-chart.js): the page title, the chart heading, the score series' label and point count, and how many
 * canvas pixels carry the series colour (proof that the points were drawn, not only loaded).
 */
public record ScoreChart(String title, String heading, String label, int points, int finite, int seriesPixels) {
    /** The script, an expression that evaluates to a JSON string. */
    public static final String SCRIPT = load();

    public static ScoreChart parse(String json) {
        try {
            JsonNode n = new ObjectMapper().readTree(json);
            return new ScoreChart(n.path("title").asText(), n.path("heading").asText(), n.path("label").asText(),
                    n.path("points").asInt(), n.path("finite").asInt(), n.path("seriesPixels").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True once the chart has drawn at least {@code min} points. */
    public boolean hasDrawn(int min) {
        return points >= min && seriesPixels > 0;
    }

    private static String load() {
        try (InputStream in = Objects.requireNonNull(ScoreChart.class.getResourceAsStream("score-chart.js"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
