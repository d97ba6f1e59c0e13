package quatrain.app.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A training run's chart data as saved in the runs folder ({@code <id>.json}).
 *
 * @param version        layout version of the file
 * @param id             the run's id, also the stem of its model file
 * @param corpusName     the corpus's display name
 * @param corpusSha256   which text it trained on: runs are compared only on the same text
 * @param preset         the model preset
 * @param startedAt      ISO-8601 instant the run started
 * @param series         points per {@link Metric#key()}
 */
public record RunRecord(int version, String id, String corpusName, String corpusSha256, String preset,
        String startedAt, Map<String, List<RunPoint>> series) {

    public static final int VERSION = 1;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    public RunRecord {
        Map<String, List<RunPoint>> copy = new LinkedHashMap<>();
        series.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        series = Collections.unmodifiableMap(copy);
    }

    public List<RunPoint> points(Metric metric) {
        return series.getOrDefault(metric.key(), List.of());
    }

    /** "12 Mar 14:03 · quatrains-gru", in the local time zone. */
    public String label(ZoneId zone) {
        return LABEL.format(Instant.parse(startedAt).atZone(zone)) + " · " + preset;
    }
}
