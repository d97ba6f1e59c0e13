package quatrain.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.engine.NetworkFactory;
import quatrain.engine.data.BatchBuffers;
import quatrain.testing.TestBatches;

/**
 * The fused layers keep their forward values for the backward pass and recognise their input by identity
 * ({@link RecurrentWork#matches}): a training step must run each layer's forward pass once, not twice.
 */
class FusedForwardReuseTest {
    private static final int VOCAB = 20;

    @ParameterizedTest
    @ValueSource(strings = {Presets.QUATRAINS_GRU, Presets.CHARS_LSTM})
    void aTrainingStepRunsEachFusedLayersForwardPassOnce(String presetName) {
        Preset preset = Presets.get(presetName);
        ModelSpec spec = Overrides.apply(preset.model(), presetName.equals(Presets.QUATRAINS_GRU)
                ? Map.of("units", "8", "embeddingSize", "4", "layers", "2")
                : Map.of("units", "8", "sequenceLength", "6", "windowStep", "6", "layers", "2"));
        MultiLayerNetwork net = NetworkFactory.build(spec, preset.training(), VOCAB, null);
        BatchBuffers batch = TestBatches.of(spec, VOCAB, 12);

        for (int step = 1; step <= 3; step++) {
            net.fit(batch.features(), batch.labels());
            for (Layer layer : net.getLayers()) {
                if (layer instanceof FusedRecurrentLayer fused) {
                    assertThat(fused.forwardsRun()).as("forward passes of %s after %d training steps: DL4J"
                            + " 1.0.0-M2.1 gives backpropGradient the input array activate got; this DL4J does not,"
                            + " and every step runs the forward pass twice (RecurrentWork.matches)",
                            layer.conf().getLayer().getLayerName(), step).isEqualTo(step);
                }
            }
        }
    }

}
