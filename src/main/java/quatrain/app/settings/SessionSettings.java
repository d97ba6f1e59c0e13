package quatrain.app.settings;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import quatrain.core.Json;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;

/**
 * What was open when the app last ran, brought back at the next start. The model and training settings are kept as
 * JSON trees and read strictly only when restored: a spec another version wrote that this one refuses costs that
 * spec alone (the preset's values are used), never the rest of the settings file.
 *
 * @param corpusFile   the corpus's file; null for the built-in sample
 * @param modelFile    the model generation used; null when none was loaded
 * @param pane         the title of the pane in front
 * @param modelSpec    the Model pane's model settings ({@link ModelSpec} as JSON)
 * @param trainingSpec the Model pane's training settings ({@link TrainingSpec} as JSON)
 */
public record SessionSettings(String corpusFile, String modelFile, String pane, JsonNode modelSpec,
        JsonNode trainingSpec) {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSettings.class);
    public static final SessionSettings NONE = new SessionSettings(null, null, null, null, null);

    public SessionSettings withCorpusFile(String file) {
        return new SessionSettings(file, modelFile, pane, modelSpec, trainingSpec);
    }

    public SessionSettings withModelFile(String file) {
        return new SessionSettings(corpusFile, file, pane, modelSpec, trainingSpec);
    }

    public SessionSettings withPane(String title) {
        return new SessionSettings(corpusFile, modelFile, title, modelSpec, trainingSpec);
    }

    public SessionSettings withSpecs(ModelSpec model, TrainingSpec training) {
        return new SessionSettings(corpusFile, modelFile, pane, Json.mapper().valueToTree(model),
                Json.mapper().valueToTree(training));
    }

    /** The remembered model settings, if there are any this version accepts. */
    public Optional<ModelSpec> restoredModelSpec() {
        return restored(modelSpec, ModelSpec.class);
    }

    /** The remembered training settings, if there are any this version accepts. */
    public Optional<TrainingSpec> restoredTrainingSpec() {
        return restored(trainingSpec, TrainingSpec.class);
    }

    private static <T> Optional<T> restored(JsonNode node, Class<T> type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Json.mapper().treeToValue(node, type));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.info("The remembered {} is not used ({})", type.getSimpleName(), e.getMessage());
            return Optional.empty();
        }
    }
}
