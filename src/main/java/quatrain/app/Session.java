package quatrain.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import quatrain.core.corpus.Corpus;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.TrainedModel;

/**
 * What the panes share: the corpus in use, the model and training settings chosen in the model pane, and the
 * trained model that generation uses (just trained, or opened from a file). Touched on the UI thread only.
 */
public final class Session {
    private final ObjectProperty<Corpus> corpus = new SimpleObjectProperty<>(this, "corpus");
    private final ObjectProperty<ModelSpec> modelSpec = new SimpleObjectProperty<>(this, "modelSpec",
            Presets.get(Presets.QUATRAINS_GRU).model());
    private final ObjectProperty<TrainingSpec> trainingSpec = new SimpleObjectProperty<>(this, "trainingSpec",
            Presets.get(Presets.QUATRAINS_GRU).training());
    private final ObjectProperty<TrainedModel> model = new SimpleObjectProperty<>(this, "model");

    public ObjectProperty<Corpus> corpusProperty() {
        return corpus;
    }

    public ObjectProperty<ModelSpec> modelSpecProperty() {
        return modelSpec;
    }

    public ObjectProperty<TrainingSpec> trainingSpecProperty() {
        return trainingSpec;
    }

    /** The model to generate with; null until one is trained or opened. */
    public ObjectProperty<TrainedModel> modelProperty() {
        return model;
    }
}
