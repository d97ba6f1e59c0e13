package quatrain.testing;

import java.util.ArrayList;
import java.util.List;

import quatrain.core.spec.ModelSpec;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.WindowSet;

/** One filled minibatch of token ids, windowed as a spec windows them, from a few made-up documents. */
public final class TestBatches {
    private TestBatches() {
    }

    /**
     * The first {@code windows} windows of four 40-token documents of ids in [1, vocabulary), in the spec's windows
     * (every position for every-step models).
     */
    public static BatchBuffers of(ModelSpec spec, int vocabulary, int windows) {
        List<int[]> documents = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            int[] ids = new int[40];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = 1 + (i * 7 + d * 3 + i * i) % (vocabulary - 1);
            }
            documents.add(ids);
        }
        WindowSet cut = spec.everyStep() ? WindowSet.sequences(documents, spec.sequenceLength(), spec.windowStep())
                : WindowSet.of(documents, spec.sequenceLength(), 1);
        BatchBuffers buffers = new BatchBuffers(cut, vocabulary, spec.embeddingSize() == 0, spec.everyStep());
        int[] order = new int[Math.min(windows, cut.size())];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        buffers.fill(order, 0, order.length);
        return buffers;
    }
}
