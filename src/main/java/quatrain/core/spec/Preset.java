package quatrain.core.spec;

/** A named starting point: a model, how to train it, and how to spread that training over a Spark cluster. */
public record Preset(String name, String description, ModelSpec model, TrainingSpec training, SparkSpec spark) {

    /** A preset with the default Spark settings. */
    public Preset(String name, String description, ModelSpec model, TrainingSpec training) {
        this(name, description, model, training, SparkSpec.defaults());
    }
}
