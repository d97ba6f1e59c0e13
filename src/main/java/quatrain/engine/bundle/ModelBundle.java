package quatrain.engine.bundle;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.core.bundle.Manifest;
import quatrain.core.bundle.TrainingState;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.TrainingSpec;
import quatrain.core.text.Vocabulary;
import quatrain.core.training.EpochStats;

/**
 * Everything in a model file, in memory.
 *
 * @param network      the latest network with its updater state (null for a Markov chain)
 * @param bestParams   parameters of the epoch with the best validation loss (null: use the network's)
 * @param markov       serialised Markov chain (null for a network)
 * @param documents    the training corpus's documents, for novelty checks (empty when too large to keep)
 * @param judge        a judge of this model's writing (null: none); training drops it, as the model changes
 */
public record ModelBundle(Manifest manifest, ModelSpec model, TrainingSpec training, Vocabulary vocabulary,
        List<EpochStats> history, TrainingState state, List<String> documents, MultiLayerNetwork network,
        INDArray bestParams, byte[] markov, JudgeEntry judge) {

    public ModelBundle {
        history = List.copyOf(history);
        documents = List.copyOf(documents);
    }

    /** A bundle without a judge, as training writes it. */
    public ModelBundle(Manifest manifest, ModelSpec model, TrainingSpec training, Vocabulary vocabulary,
            List<EpochStats> history, TrainingState state, List<String> documents, MultiLayerNetwork network,
            INDArray bestParams, byte[] markov) {
        this(manifest, model, training, vocabulary, history, state, documents, network, bestParams, markov, null);
    }

    /** The same bundle with {@code entry} as its judge, under {@code newManifest}. */
    public ModelBundle withJudge(Manifest newManifest, JudgeEntry entry) {
        return new ModelBundle(newManifest, model, training, vocabulary, history, state, documents, network, bestParams,
                markov, entry);
    }
}
