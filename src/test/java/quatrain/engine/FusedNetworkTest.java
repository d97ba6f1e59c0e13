package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;
import quatrain.core.spec.TrainingSpec;
import quatrain.engine.data.BatchBuffers;
import quatrain.testing.TestBatches;

/**
 * A preset's network as the app builds it (embedding lookup or one-hot rows, fused LSTM layers, the row-major
 * softmax output with its bias gradient from the softmax pass) computes the same loss and every parameter's
 * gradient as the same network built from DL4J's own layers, given the same weights.
 */
class FusedNetworkTest {
    private static final int VOCAB = 13;

    @ParameterizedTest
    @ValueSource(strings = {Presets.CHARS_DEEP, Presets.QUATRAINS_GRU})
    void thePresetsNetworkComputesWhatDl4jsLayersCompute(String presetName) {
        Preset preset = Presets.get(presetName);
        boolean words = presetName.equals(Presets.QUATRAINS_GRU);
        // LSTM cells: DL4J's LSTM is the reference (the word preset's GRU has its own test against GruLayer).
        ModelSpec spec = Overrides.apply(preset.model(), words
                ? Map.of("kind", "LSTM", "units", "16", "embeddingSize", "8", "dropout", "0", "l2", "0")
                : Map.of("units", "16", "sequenceLength", "9", "windowStep", "9", "dropout", "0", "l2", "0"));
        TrainingSpec training = preset.training();
        MultiLayerNetwork reference = NetworkFactory.build(spec, training, VOCAB, null,
                NetworkFactory.Implementation.REFERENCE);
        MultiLayerNetwork fused = NetworkFactory.build(spec, training, VOCAB, null, NetworkFactory.Implementation.FUSED);
        assertThat(fused.getnLayers()).isEqualTo(reference.getnLayers());
        assertThat(fused.numParams()).isEqualTo(reference.numParams());
        // Same values by name, each in its own layout (DL4J's are column-major, the fused layers' row-major).
        for (int i = 0; i < reference.getnLayers(); i++) {
            MultiLayerNetwork target = fused;
            int layer = i;
            reference.getLayer(i).paramTable().forEach((key, value) -> target.getLayer(layer).getParam(key).assign(value));
        }
        BatchBuffers buffers = TestBatches.of(spec, VOCAB, 10);
        for (MultiLayerNetwork net : new MultiLayerNetwork[] {reference, fused}) {
            net.setInput(buffers.features());
            net.setLabels(buffers.labels());
            net.computeGradientAndScore();
        }
        assertThat(fused.score()).isCloseTo(reference.score(), org.assertj.core.data.Offset.offset(1e-4));
        for (String key : reference.paramTable().keySet()) {
            INDArray expected = reference.gradient().getGradientFor(key).castTo(DataType.DOUBLE);
            INDArray actual = fused.gradient().getGradientFor(key).castTo(DataType.DOUBLE);
            double scale = expected.amaxNumber().doubleValue();
            assertThat(scale).as("%s has a gradient", key).isGreaterThan(1e-6);
            assertThat(actual.sub(expected.reshape(actual.shape())).amaxNumber().doubleValue())
                    .as("%s gradient (scale %s)", key, scale).isLessThan(1e-4 * scale);
        }
    }

}
