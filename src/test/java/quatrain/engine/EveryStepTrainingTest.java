package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.data.BatchBuffers;
import quatrain.engine.data.WindowSet;

/**
 * An every-step model must learn what follows each position, not only how often each token occurs: on a text
 * where every token fixes the next, its loss must fall far below the unigram entropy. Labels laid out in a
 * different row order than the network's outputs leave it stuck at the unigram loss (as it once was).
 */
class EveryStepTrainingTest {
    private static final int VOCAB = 11;
    private static final int CYCLE = 8;

    @ParameterizedTest
    @EnumSource(NetworkFactory.Implementation.class)
    void learnsTheNextTokenAtEveryPositionOfABatch(NetworkFactory.Implementation impl) {
        Preset chars = Presets.get(Presets.CHARS_LSTM);
        ModelSpec spec = Overrides.apply(chars.model(), Map.of("units", "24", "sequenceLength", "12", "windowStep", "5",
                "everyStep", "true"));
        TrainingSpec training = Overrides.apply(chars.training(), Map.of("optimizer", "ADAM", "learningRate", "0.02"));
        List<int[]> documents = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            int[] ids = new int[60];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = 3 + (i + d) % CYCLE; // 3, 4, ..., 10, 3, 4, ...: each token fixes the next
            }
            documents.add(ids);
        }
        WindowSet windows = WindowSet.sequences(documents, spec.sequenceLength(), spec.windowStep());
        MultiLayerNetwork net = NetworkFactory.build(spec, training, VOCAB, null, impl);
        BatchBuffers buffers = new BatchBuffers(windows, VOCAB, true, true);
        int[] order = new int[Math.min(16, windows.size())];
        for (int i = 0; i < order.length; i++) {
            order[i] = i * 3 % windows.size();
        }
        buffers.fill(order, 0, order.length);
        for (int i = 0; i < 150; i++) {
            net.fit(buffers.features(), buffers.labels());
        }
        double unigram = Math.log(CYCLE);
        assertThat(net.score()).as("nats per position; the token frequencies alone give %.2f", unigram)
                .isLessThan(0.3);
    }
}
