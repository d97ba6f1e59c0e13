package quatrain.core.export;

import java.util.Objects;

import quatrain.core.generate.Quatrain;
import quatrain.core.spec.SamplingSpec;

/**
 * One quatrain to export with how it was made.
 *
 * @param quatrain  the text, its index in the batch and its novelty report (may be null)
 * @param settings  the sampling settings it was drawn with (its temperature is the quatrain's own)
 * @param model     the model that wrote it
 */
public record ExportEntry(Quatrain quatrain, SamplingSpec settings, ModelSource model) {

    public ExportEntry {
        Objects.requireNonNull(quatrain, "quatrain");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(model, "model");
    }
}
