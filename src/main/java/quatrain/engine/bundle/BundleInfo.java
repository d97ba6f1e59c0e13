package quatrain.engine.bundle;

import java.util.List;

import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.TrainingState;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;

/** What a model file says about itself, read without loading the network. */
public record BundleInfo(Manifest manifest, ModelSpec model, TrainingSpec training, int vocabularySize,
        List<EpochStats> history, TrainingState state, boolean hasCorpus, long fileBytes) {
}
