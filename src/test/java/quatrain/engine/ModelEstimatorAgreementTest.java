package quatrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import quatrain.core.spec.ModelEstimator;
import quatrain.core.spec.ModelSpec;
import quatrain.core.spec.Overrides;
import quatrain.core.spec.Preset;
import quatrain.core.spec.Presets;

/** The model pane's parameter count is the number of parameters the engine's network really has. */
class ModelEstimatorAgreementTest {

    @ParameterizedTest(name = "{0} {1}: {2} layers × {3} units, embedding {4}, dropout {5}, vocabulary {6}")
    @CsvSource({
        "quatrains-gru, GRU,  1, 16, 8, 0.2, 31",
        "quatrains-gru, GRU,  2, 12, 6, 0.0, 17",
        "quatrains-gru, LSTM, 1, 16, 8, 0.2, 31",
        "quatrains-gru, LSTM, 3, 10, 4, 0.1, 19",
        "chars-lstm,    LSTM, 1, 12, 0, 0.0, 23",
        "chars-lstm,    LSTM, 2, 9,  0, 0.3, 27",
        "chars-lstm,    GRU,  2, 8,  0, 0.0, 21",
    })
    void estimateEqualsTheBuiltNetworksParameterCount(String preset, String kind, int layers, int units,
            int embedding, double dropout, int vocabulary) {
        Preset p = Presets.get(preset.strip());
        ModelSpec spec = Overrides.apply(p.model(), Map.of("kind", kind.strip(), "layers", Integer.toString(layers),
                "units", Integer.toString(units), "embeddingSize", Integer.toString(embedding), "dropout",
                Double.toString(dropout), "sequenceLength", "5", "windowStep", "1"));
        MultiLayerNetwork net = NetworkFactory.build(spec, p.training(), vocabulary, null);
        assertThat(ModelEstimator.parameters(spec, vocabulary)).isEqualTo(net.numParams());
    }
}
