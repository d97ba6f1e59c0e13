package quatrain.core.spec;

/** A named starting point: a model and how to train it. */
public record Preset(String name, String description, ModelSpec model, TrainingSpec training) {
}
