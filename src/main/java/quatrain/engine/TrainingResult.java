package quatrain.engine;

import java.nio.file.Path;
import java.util.List;

import quatrain.core.bundle.TrainingState;
import quatrain.core.training.EpochStats;
import quatrain.core.training.StopReason;

/** How a training run ended and where its model is. */
public record TrainingResult(Path output, StopReason reason, List<EpochStats> history, TrainingState state) {

    public TrainingResult {
        history = List.copyOf(history);
    }
}
