package quatrain.core.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import quatrain.core.Json;
import quatrain.core.QuatrainException;

/**
 * Training events as one JSON object per line, {@code {"event":"epoch_end","stats":{...},"best":true}}: what
 * {@code quatrain train --json} (and {@code spark-train --json}) print, and what the desktop app reads back from a
 * training that runs in another process. One mapping for both directions, so the two cannot drift apart. The event
 * name is the record's name in snake case; the other fields are the record's components. Non-finite numbers are
 * written as the strings {@code "NaN"} and {@code "Infinity"} (JSON has no such numbers) and read back as numbers.
 * Lines are pure ASCII (other characters as {@code \u00ef} escapes), so they survive a pipe between two processes
 * whatever either one's default charset is.
 *
 * <p>Reading is lenient where a newer writer may differ (an event it does not know is skipped, a field it does not
 * know is ignored) and strict where this reader depends on it (a known event without one of its fields is refused).
 */
public final class TrainingEventJson {
    /** The field that names the event. */
    public static final String EVENT = "event";

    private static final Map<String, Class<? extends TrainingEvent>> TYPES = types();
    private static final ObjectWriter WRITER = Json.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    /**
     * The project's JSON configuration, with unknown fields allowed (a newer writer) and paths read as the
     * platform's own (Jackson's reads a string with a colon as a URI).
     */
    private static final ObjectMapper READER = Json.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().addDeserializer(Path.class, new JsonDeserializer<Path>() {
                @Override
                public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return Path.of(p.getValueAsString());
                }
            }));

    private TrainingEventJson() {
    }

    /** The event as one line of JSON (no line break inside: text fields escape theirs). */
    public static String write(TrainingEvent event) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put(EVENT, name(event.getClass()));
        node.setAll((ObjectNode) Json.tree(event));
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * The event a line holds; empty when it is an event this version does not know (a newer writer's).
     *
     * @throws QuatrainException when the line is not a JSON object with an event name, or a known event's fields
     *                           are missing or malformed
     */
    public static Optional<TrainingEvent> read(String line) {
        JsonNode node;
        try {
            node = READER.readTree(line);
        } catch (IOException e) {
            throw new QuatrainException("not a training event (not JSON): " + abbreviate(line), e);
        }
        if (node == null || !node.isObject() || !node.path(EVENT).isTextual()) {
            throw new QuatrainException("not a training event (no \"" + EVENT + "\" name): " + abbreviate(line));
        }
        Class<? extends TrainingEvent> type = TYPES.get(node.get(EVENT).asText());
        if (type == null) {
            return Optional.empty();
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        fields.remove(EVENT);
        try {
            return Optional.of(READER.treeToValue(fields, type));
        } catch (IOException | IllegalArgumentException e) {
            throw new QuatrainException("malformed \"" + node.get(EVENT).asText() + "\" event: " + e.getMessage(), e);
        }
    }

    /** {@code EpochEnd} → {@code epoch_end}. */
    static String name(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Every kind of event, by its name: the sealed interface's records, so a new one is named here by itself. */
    private static Map<String, Class<? extends TrainingEvent>> types() {
        Map<String, Class<? extends TrainingEvent>> types = new LinkedHashMap<>();
        for (Class<?> c : TrainingEvent.class.getPermittedSubclasses()) {
            types.put(name(c), c.asSubclass(TrainingEvent.class));
        }
        return Map.copyOf(types);
    }

    private static String abbreviate(String line) {
        return line.length() <= 120 ? line : line.substring(0, 120) + "…";
    }
}
