package quatrain.app.config;

import java.util.List;

import quatrain.core.spec.ModelKind;
import quatrain.core.spec.TokenLevel;

/**
 * One editable setting of the model pane: the record component it sets, how it is shown and what it means.
 *
 * @param key     the component of {@code ModelSpec} or {@code TrainingSpec} (as used by {@code Overrides})
 * @param label   the name a person reads
 * @param group   which record it belongs to
 * @param input   the kind of control that edits it
 * @param choices allowed values of a choice, in display order (empty otherwise)
 * @param help    the tooltip: what it does and when to change it
 */
public record SpecField(String key, String label, Group group, Input input, List<String> choices, String help) {

    public SpecField {
        choices = List.copyOf(choices);
    }

    public enum Group {
        MODEL,
        TRAINING
    }

    public enum Input {
        INTEGER,
        DECIMAL,
        CHOICE,
        CHECK,
        FILE
    }

    /** Whether the setting has any effect for a model of this kind and level (others are shown disabled). */
    public boolean appliesTo(ModelKind kind, TokenLevel level) {
        return switch (key) {
            case "kind", "level", "lowercase", "minCount", "maxVocabulary", "validationFraction", "seed" -> true;
            case "markovOrder" -> kind == ModelKind.MARKOV;
            case "gloveFile" -> kind.isNeural() && level == TokenLevel.WORD;
            default -> kind.isNeural();
        };
    }
}
