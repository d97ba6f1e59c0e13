package quatrain.engine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import quatrain.core.spec.ModelSpec;
import quatrain.core.text.DocumentPreparation;
import quatrain.core.text.TokenStream;
import quatrain.core.text.Vocabulary;
import quatrain.engine.data.WindowSet;

/**
 * One partition's documents as ids (each {@code <s> … </s>}), training and validation apart: what the executors keep
 * in memory for the whole run, and cut into windows every epoch with {@link WindowSet}'s rules.
 */
final class TokenBlock implements Serializable {
    private static final long serialVersionUID = 1L;

    final ArrayList<int[]> train = new ArrayList<>();
    final ArrayList<int[]> validation = new ArrayList<>();

    /**
     * Encodes a partition's documents as local training does ({@link DocumentPreparation}): the documents that take
     * part are numbered from {@code firstIndex} and go to the validation side when {@code held} says so.
     */
    static TokenBlock encode(List<String> documents, long firstIndex, HeldOutDocuments held,
            DocumentPreparation preparation, Vocabulary vocabulary) {
        TokenBlock block = new TokenBlock();
        long k = firstIndex;
        for (String d : documents) {
            if (preparation.kept(d)) {
                (held.held(k++) ? block.validation : block.train).add(preparation.encode(d, vocabulary));
            }
        }
        return block;
    }

    WindowSet trainWindows(ModelSpec spec) {
        return WindowSet.forTraining(spec, TokenStream.of(train));
    }

    WindowSet validationWindows(ModelSpec spec) {
        return WindowSet.forEvaluation(spec, TokenStream.of(validation));
    }

    /** What the driver plans the epochs with. */
    TokenFacts facts(ModelSpec spec, int batchSize) {
        long tokens = 0;
        long unknown = 0;
        for (int[] ids : train) {
            tokens += DocumentPreparation.tokens(ids);
            unknown += DocumentPreparation.unknownTokens(ids);
        }
        int windows = trainWindows(spec).size();
        return new TokenFacts(train.size(), tokens, unknown, windows, (windows + batchSize - 1) / batchSize,
                validation.size());
    }

    /**
     * @param trainDocuments     training documents of the partition
     * @param trainTokens        their tokens, markers excluded
     * @param unknownTrainTokens those that are {@code <unk>}
     * @param trainWindows       training windows
     * @param batches            minibatches they make (the last may be short)
     * @param validationDocuments held-out documents
     */
    record TokenFacts(long trainDocuments, long trainTokens, long unknownTrainTokens, int trainWindows, int batches,
            long validationDocuments) implements Serializable {
    }
}
