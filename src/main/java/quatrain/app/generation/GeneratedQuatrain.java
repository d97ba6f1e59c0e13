package quatrain.app.generation;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import quatrain.core.export.ExportEntry;
import quatrain.core.export.ModelSource;
import quatrain.core.generate.Quatrain;
import quatrain.core.spec.SamplingSpec;

/**
 * A quatrain on screen: what was written, how, by which model, the judge's score when there was a judge, and
 * whether it is pinned or selected.
 */
public final class GeneratedQuatrain {
    private final Quatrain quatrain;
    private final SamplingSpec settings;
    private final ModelSource model;
    private final double score;
    private final List<QuatrainLine> lines;
    private final BooleanProperty pinned = new SimpleBooleanProperty(this, "pinned");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    /** @param score the judge's score, or NaN when the model had no judge */
    GeneratedQuatrain(Quatrain quatrain, SamplingSpec settings, ModelSource model, double score) {
        this.quatrain = quatrain;
        this.settings = settings;
        this.model = model;
        this.score = score;
        this.lines = QuatrainLine.of(quatrain);
    }

    public Quatrain quatrain() {
        return quatrain;
    }

    /** The settings it was drawn with; its temperature is this quatrain's own (a sweep varies it). */
    public SamplingSpec settings() {
        return settings;
    }

    public ModelSource model() {
        return model;
    }

    /** The judge's probability that it reads like the corpus; NaN when it was not judged. */
    public double score() {
        return score;
    }

    public boolean hasScore() {
        return !Double.isNaN(score);
    }

    public List<QuatrainLine> lines() {
        return lines;
    }

    /** Pinned quatrains stay at the top and are kept when new ones are generated. */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isPinned() {
        return pinned.get();
    }

    public boolean isSelected() {
        return selected.get();
    }

    ExportEntry toEntry() {
        return new ExportEntry(quatrain, settings, model);
    }
}
