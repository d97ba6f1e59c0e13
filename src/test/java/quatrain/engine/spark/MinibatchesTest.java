package quatrain.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Presets;
import quatrain.core.text.TokenStream;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.WindowOrder;
import quatrain.engine.data.WindowSet;

class MinibatchesTest {
    private static final int VOCABULARY = 12;

    /** Every-step sequences of one-hot characters: the layout a merge of DataSets would break. */
    private static ModelSpec everyStep() {
        return Overrides.apply(Presets.get(Presets.CHARS_DEEP).model(), Map.of("sequenceLength", "5",
                "windowStep", "5", "maxVocabulary", "12"));
    }

    private static TokenBlock block(int documents, int length, int salt) {
        TokenBlock b = new TokenBlock();
        for (int d = 0; d < documents; d++) {
            int[] ids = new int[length + 2];
            ids[0] = 1;
            for (int i = 1; i <= length; i++) {
                ids[i] = 3 + (d * 7 + i * 3 + salt) % (VOCABULARY - 3);
            }
            ids[length + 1] = 2;
            b.train.add(ids);
        }
        return b;
    }

    @Test
    void shortMinibatchesOfSeveralPartitionsArePackedInIdsIntoFullOnesBuiltAsTheTrainerBuildsThem() {
        ModelSpec spec = everyStep();
        TokenBlock a = block(7, 9, 0);
        TokenBlock b = block(5, 13, 1);
        int batch = 4;
        int[] batches = {(a.trainWindows(spec).size() + batch - 1) / batch, (b.trainWindows(spec).size() + batch - 1) / batch};
        RoundPlan plan = new RoundPlan(batches, 1, 100);
        Minibatches minibatches = new Minibatches(spec, VOCABULARY, batch, plan, false);
        List<WindowBatch> sent = new ArrayList<>();
        minibatches.forRound("test-run", a, 0, 9, 1, 0).forEach(s -> sent.add(s.batch()));
        minibatches.forRound("test-run", b, 1, 9, 1, 0).forEach(s -> sent.add(s.batch()));
        assertThat(sent.stream().filter(w -> w.count() < batch)).hasSizeGreaterThan(0);
        List<DataSet> out = new ArrayList<>();
        minibatches.dataSets(sent.iterator()).forEachRemaining(out::add);
        int windows = sent.stream().mapToInt(WindowBatch::count).sum();
        assertThat(out).hasSize((windows + batch - 1) / batch);
        for (int i = 0; i < out.size() - 1; i++) {
            assertThat(out.get(i).getFeatures().size(0)).isEqualTo(batch);
        }
        // the first DataSet is the trainer's own minibatch of the same windows (labels t·batch + b included)
        int[] contexts = new int[batch * 5];
        int[] targets = new int[batch];
        int filled = 0;
        for (WindowBatch w : sent) {
            for (int i = 0; i < w.count() && filled < batch; i++, filled++) {
                System.arraycopy(w.contexts(), i * 5, contexts, filled * 5, 5);
                targets[filled] = w.targets()[i];
            }
        }
        BatchBuffers local = BatchBuffers.forCopies(5, VOCABULARY, true, true);
        local.fill(contexts, targets, batch);
        assertThat(out.get(0).getFeatures()).isEqualTo(local.features());
        assertThat(out.get(0).getLabels()).isEqualTo(local.labels());
    }

    @Test
    void copiedWindowsFillTheSameBuffersAsTheWindowsThemselves() {
        ModelSpec spec = Presets.get(Presets.QUATRAINS_GRU).model();
        WindowSet windows = WindowSet.forTraining(spec, TokenStream.of(block(6, 8, 2).train));
        WindowOrder order = WindowOrder.of(new int[] {5, 0, 9, 3});
        BatchBuffers direct = new BatchBuffers(windows, VOCABULARY, false, false);
        direct.fill(order, 0, 4);
        WindowBatch copy = WindowBatch.of(windows, order, 0, 4);
        BatchBuffers fromIds = BatchBuffers.forCopies(windows.length(), VOCABULARY, false, false);
        fromIds.fill(copy.contexts(), copy.targets(), copy.count());
        assertThat(fromIds.features()).isEqualTo(direct.features());
        assertThat(fromIds.labels()).isEqualTo(direct.labels());
    }

    @Test
    void anEpochsOrderIsKeptBetweenRoundsAndNewForTheNextEpoch() {
        ModelSpec spec = Presets.get(Presets.QUATRAINS_GRU).model();
        TokenBlock b = block(30, 8, 3);
        Minibatches m = new Minibatches(spec, VOCABULARY, 4, new RoundPlan(new int[] {60}, 1, 5), false);
        var first = EpochOrders.of("orders-test", 0, 1, b, m, 9);
        assertThat(EpochOrders.of("orders-test", 0, 1, b, m, 9)).isSameAs(first);
        var next = EpochOrders.of("orders-test", 0, 2, b, m, 9);
        assertThat(next).isNotSameAs(first);
        assertThat(next.order().window(0) != first.order().window(0) || next.order().window(1) != first.order().window(1))
                .isTrue();
        EpochOrders.forget("orders-test");
    }
}
