package quatrain.app.config;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import quatrain.app.config.SpecField.Group;
import quatrain.core.Json;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.SpecException;
import quatrain.core.spec.TrainingSpec;

/**
 * Turns the pane's text values into spec records and back. Building goes through {@link Overrides}, so the
 * pane accepts and refuses exactly what the command line does, with the same messages; each message is then
 * tied to the field it is about and worded with that field's label.
 */
public final class SpecForm {
    private SpecForm() {
    }

    /** The outcome of one build: each record, or the field and message that stopped it. */
    public record Result(ModelSpec model, TrainingSpec training, Map<String, String> errors) {
        public Result {
            errors = Map.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Text values of both records, keyed like {@link SpecFields#ALL}. */
    public static Map<String, String> values(ModelSpec model, TrainingSpec training) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode m = Json.tree(model);
        JsonNode t = Json.tree(training);
        for (SpecField f : SpecFields.ALL) {
            JsonNode node = (f.group() == Group.MODEL ? m : t).get(f.key());
            out.put(f.key(), text(node));
        }
        return out;
    }

    /** A setting's value as text, as people (and {@code Overrides}) read it: {@code 0.00001}, not {@code 1.0E-5}. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isFloatingPointNumber()) {
            BigDecimal d = BigDecimal.valueOf(node.doubleValue()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        return node.asText();
    }

    /** Builds both records on top of {@code baseModel}/{@code baseTraining} (which keep the preset's name). */
    public static Result build(ModelSpec baseModel, TrainingSpec baseTraining, Map<String, String> values,
            String lastEdited) {
        Map<String, String> errors = new LinkedHashMap<>();
        ModelSpec model = null;
        TrainingSpec training = null;
        try {
            model = Overrides.apply(baseModel, subset(values, Group.MODEL));
        } catch (SpecException e) {
            errors.put(fieldOf(e.getMessage(), Group.MODEL, lastEdited), worded(e.getMessage()));
        }
        try {
            training = Overrides.apply(baseTraining, subset(values, Group.TRAINING));
        } catch (SpecException e) {
            errors.put(fieldOf(e.getMessage(), Group.TRAINING, lastEdited), worded(e.getMessage()));
        }
        return new Result(model, training, errors);
    }

    private static Map<String, String> subset(Map<String, String> values, Group group) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SpecField f : SpecFields.of(group)) {
            String v = values.get(f.key());
            if (v != null) {
                out.put(f.key(), v);
            }
        }
        return out;
    }

    /** The field a message is about: the one it starts with or names, else the one just edited. */
    static String fieldOf(String message, Group group, String lastEdited) {
        for (SpecField f : SpecFields.of(group)) {
            if (message.startsWith(f.key() + " ") || message.contains(" for " + f.key())) {
                return f.key();
            }
        }
        if (group == Group.MODEL && (message.contains("GloVe") || message.contains("embeddings to initialise"))) {
            return "gloveFile";
        }
        boolean lastInGroup = SpecFields.byKey(lastEdited).map(f -> f.group() == group).orElse(false);
        return lastInGroup ? lastEdited : SpecFields.of(group).get(0).key();
    }

    /** "windowStep must be …" → "Window step must be …": people read labels, not record components. */
    static String worded(String message) {
        for (SpecField f : SpecFields.ALL) {
            if (message.startsWith(f.key() + " ")) {
                return f.label() + message.substring(f.key().length());
            }
            message = message.replace(" for " + f.key(), " for " + f.label().toLowerCase(Locale.ROOT));
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
