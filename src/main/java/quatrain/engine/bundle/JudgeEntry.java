package quatrain.engine.bundle;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import quatrain.core.judge.JudgeInfo;

/**
 * A judge as a model file holds it (format version 3 on): {@code judge.json} (its provenance and alphabet) and
 * {@code judge-network.zip} (its network, read as strictly as the model's own).
 *
 * @param info     what it is and what it judged
 * @param alphabet the characters it reads, from id 2 on
 * @param network  the classifier
 */
public record JudgeEntry(JudgeInfo info, List<String> alphabet, MultiLayerNetwork network) {
    public JudgeEntry {
        alphabet = List.copyOf(alphabet);
    }

    /** The JSON part. */
    record File(JudgeInfo info, List<String> alphabet) {
    }
}
