package quatrain.app.context;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import quatrain.app.spark.SparkTarget;
import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.TrainedModel;

/**
 * What the panes share: the corpus in use (and its file), the model and training settings chosen in the model pane,
 * where training runs (here, or a Spark cluster), and the trained model that generation uses (just trained, or
 * opened from a file). Touched on the UI thread only.
 */
public final class Session {
    private final ObjectProperty<Corpus> corpus = new SimpleObjectProperty<>(this, "corpus");
    private final ObjectProperty<Path> corpusFile = new SimpleObjectProperty<>(this, "corpusFile");
    private final ObjectProperty<ModelSpec> modelSpec = new SimpleObjectProperty<>(this, "modelSpec",
            Presets.get(Presets.QUATRAINS_GRU).model());
    private final ObjectProperty<TrainingSpec> trainingSpec = new SimpleObjectProperty<>(this, "trainingSpec",
            Presets.get(Presets.QUATRAINS_GRU).training());
    private final ObjectProperty<SparkTarget> sparkTarget = new SimpleObjectProperty<>(this, "sparkTarget");
    private final ObjectProperty<TrainedModel> model = new SimpleObjectProperty<>(this, "model");

    public ObjectProperty<Corpus> corpusProperty() {
        return corpus;
    }

    /** The file the corpus was read from; null for one that has none (the built-in sample). */
    public ObjectProperty<Path> corpusFileProperty() {
        return corpusFile;
    }

    public ObjectProperty<ModelSpec> modelSpecProperty() {
        return modelSpec;
    }

    public ObjectProperty<TrainingSpec> trainingSpecProperty() {
        return trainingSpec;
    }

    /** The Spark cluster Train sends runs to; null to train in this process. */
    public ObjectProperty<SparkTarget> sparkTargetProperty() {
        return sparkTarget;
    }

    /** The model to generate with; null until one is trained or opened. */
    public ObjectProperty<TrainedModel> modelProperty() {
        return model;
    }
}
