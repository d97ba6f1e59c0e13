package quatrain.engine.bundle;

import java.util.List;

import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.TrainingState;
import quatrain.core.judge.JudgeInfo;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.training.EpochStats;

/**
 * What a model file says about itself, read without loading the network.
 *
 * @param judge what the file says about its judge (null: none); whether it still judges these weights is known
 *              once they are read ({@code TrainedModel.judgeInfo})
 */
public record BundleInfo(Manifest manifest, ModelSpec model, TrainingSpec training, int vocabularySize,
        List<EpochStats> history, TrainingState state, boolean hasCorpus, long fileBytes, JudgeInfo judge) {
}
