package quatrain.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import quatrain.core.Json;

class ModelSpecTest {
    private static final ModelSpec GRU = Presets.get(Presets.QUATRAINS_GRU).model();

    @Test
    void buildersNameEverySettingRoundTripAndCheckAsTheConstructorDoes() {
        for (Preset p : Presets.all()) {
            assertThat(p.model().toBuilder().build()).isEqualTo(p.model());
            assertThat(p.training().toBuilder().build()).isEqualTo(p.training());
        }
        ModelSpec gru = Presets.get(Presets.QUATRAINS_GRU).model();
        assertThat(gru.toBuilder().units(64).build().units()).isEqualTo(64);
        assertThat(gru.toBuilder().units(64).build()).isEqualTo(gru.toBuilder().units(64).build());
        assertThatThrownBy(() -> gru.toBuilder().layers(9).build()).isInstanceOf(SpecException.class)
                .hasMessageContaining("layers");
        assertThatThrownBy(() -> TrainingSpec.builder().epochs(3).build()).isInstanceOf(SpecException.class);
    }

    @Test
    void presetsMatchTheSeedModels() {
        assertThat(GRU.kind()).isEqualTo(ModelKind.GRU);
        assertThat(GRU.level()).isEqualTo(TokenLevel.WORD);
        assertThat(GRU.units()).isEqualTo(128);
        assertThat(GRU.sequenceLength()).isEqualTo(4);
        assertThat(GRU.embeddingSize()).isEqualTo(100);
        TrainingSpec gruTraining = Presets.get(Presets.QUATRAINS_GRU).training();
        assertThat(gruTraining.batchSize()).isEqualTo(512);
        assertThat(gruTraining.learningRate()).isEqualTo(0.003);
        assertThat(gruTraining.optimizer()).isEqualTo(Optimizer.RMSPROP);
        Preset chars = Presets.get(Presets.CHARS_LSTM);
        assertThat(chars.model().sequenceLength()).isEqualTo(40);
        assertThat(chars.model().windowStep()).isEqualTo(3);
        assertThat(chars.training().batchSize()).isEqualTo(128);
        assertThat(chars.training().learningRate()).isEqualTo(0.01);
        assertThat(Presets.names()).containsExactly("quatrains-gru", "chars-lstm", "chars-deep", "markov");
    }

    @Test
    void rejectsImpossibleValuesWithTheNameAndTheRange() {
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("layers", "4"))).isInstanceOf(SpecException.class)
                .hasMessage("layers must be between 1 and 3 (got 4)");
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("dropout", "0.95")))
                .hasMessage("dropout must be between 0 and 0.9 (got 0.95)");
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("windowStep", "5")))
                .hasMessage("windowStep must be between 1 and 4 (got 5)");
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("embeddingSize", "0")))
                .hasMessageContaining("only for character-level models");
    }

    @Test
    void refusesGloveForCharacterModels() {
        ModelSpec chars = Presets.get(Presets.CHARS_LSTM).model();
        assertThatThrownBy(() -> Overrides.apply(chars, Map.of("gloveFile", "/tmp/glove.txt")))
                .hasMessageContaining("cannot be used with a character-level model");
    }

    @Test
    void overridesAreCaseAndDashInsensitiveAndTyped() {
        ModelSpec s = Overrides.apply(GRU, Map.of("UNITS", "256", "sequence-length", "6", "kind", "lstm", "lowercase", "false"));
        assertThat(s.units()).isEqualTo(256);
        assertThat(s.sequenceLength()).isEqualTo(6);
        assertThat(s.kind()).isEqualTo(ModelKind.LSTM);
        assertThat(s.lowercase()).isFalse();
    }

    @Test
    void rejectsUnknownSettingsAndListsTheKnownOnes() {
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("unit", "3"))).isInstanceOf(SpecException.class)
                .hasMessageContaining("unknown setting \"unit\"").hasMessageContaining("units");
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("units", "many"))).hasMessage("units must be a whole number (got \"many\")");
        assertThatThrownBy(() -> Overrides.apply(GRU, Map.of("kind", "transformer")))
                .hasMessageContaining("invalid value \"TRANSFORMER\" for kind (one of GRU, LSTM, MARKOV)");
    }

    @Test
    void roundTripsThroughJsonAndRejectsUnknownKeys() throws IOException {
        String json = Json.write(GRU);
        assertThat(Json.read(json, ModelSpec.class)).isEqualTo(GRU);
        String extra = json.replace("{", "{\"colour\":\"red\",");
        assertThatThrownBy(() -> Json.read(extra, ModelSpec.class)).hasMessageContaining("colour");
    }

    @Test
    void samplingSpecValidatesTemperatureAndTopP() {
        assertThatThrownBy(() -> SamplingSpec.defaults().withTemperature(-0.1))
                .hasMessage("temperature must be between 0 and 5 (got -0.1)");
        assertThatThrownBy(() -> new SamplingSpec(1, 0, 0, "", 32, 1, 1)).hasMessageContaining("topP");
        assertThat(SamplingSpec.defaults().withPrompt("  the king ").prompt()).isEqualTo("the king");
    }

    @Test
    void trainingSpecValidatesItsRanges() {
        TrainingSpec t = Presets.get(Presets.QUATRAINS_GRU).training();
        assertThatThrownBy(() -> Overrides.apply(t, Map.of("validationFraction", "0.7")))
                .hasMessage("validationFraction must be between 0 and 0.5 (got 0.7)");
        assertThatThrownBy(() -> Overrides.apply(t, Map.of("learningRate", "0"))).hasMessageContaining("learningRate");
        assertThat(t.withEpochs(3).epochs()).isEqualTo(3);
    }
}
